package org.petitionsuite.supervision.letters;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.petitionsuite.documents.PdfDocuments;

/** The letters' settings ({@code supervision.documents.*}). */
@ConfigMapping(prefix = "supervision.documents")
public interface LetterSettings {

    /** TrueType fonts, first choice first; default: Debian's AR PL UMing CN and HanaMin A/B (documents/DocumentFonts). */
    Optional<List<String>> fonts();

    /** 发文机关代字 per region code of the issuing petition department (上城信); [U]: each department sets its own. */
    Map<String, String> abbreviations();

    @Singleton
    final class Producers {
        /** Opened once at start-up; missing fonts are logged and letter PDFs answered 503. */
        @Produces
        @Singleton
        PdfDocuments pdfDocuments(LetterSettings settings) {
            return PdfDocuments.open(settings.fonts());
        }
    }
}
