package org.petitionsuite.reporting.annual;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.petitionsuite.documents.PdfDocuments;

/** The annual report's settings ({@code reporting.documents.*}) [U]: each department sets its own names. */
@ConfigMapping(prefix = "reporting.documents")
public interface ReportSettings {

    /** TrueType fonts, first choice first; default: Debian's AR PL UMing CN and HanaMin A/B (documents/DocumentFonts). */
    Optional<List<String>> fonts();

    /** The petition department of a region (6-digit code → 上城区信访局), who signs the region's report. */
    Map<String, String> departments();

    /** Whom a region's department reports to (Art 41 ¶1: its party committee and government, the department above). */
    Map<String, String> addressees();

    @Singleton
    final class Producers {
        /** Opened once at start-up; missing fonts are logged and report PDFs answered 503. */
        @Produces
        @Singleton
        PdfDocuments pdfDocuments(ReportSettings settings) {
            return PdfDocuments.open(settings.fonts());
        }
    }
}
