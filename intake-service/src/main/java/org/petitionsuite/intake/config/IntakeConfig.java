package org.petitionsuite.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.petitionsuite.documents.PdfDocuments;
import org.petitionsuite.intake.command.RegistrationPolicy;

/** intake's own settings ({@code petition.*} in application.properties, or PETITION_* environment variables). */
@ConfigMapping(prefix = "petition")
public interface IntakeConfig {

    /** Key of the HMAC that turns a resident ID number into the pseudonym published on Kafka. Keep it secret. */
    String pseudonymKey();

    /**
     * The HMAC of the pseudonyms: HMAC-SM3 (GB/T 32905, the commercial cryptography government systems are assessed
     * against) by default; HMAC-SHA256 for a deployment whose published pseudonyms must stay as they were. A change
     * makes every person look new to repeat detection (Art 19 ¶3, Art 36 ¶3): choose once.
     */
    @WithDefault("HMAC_SM3")
    PseudonymAlgorithm pseudonymAlgorithm();

    enum PseudonymAlgorithm {
        HMAC_SM3("HMACSM3"),
        HMAC_SHA256("HmacSHA256");

        public final String jceName;

        PseudonymAlgorithm(String jceName) {
            this.jceName = jceName;
        }
    }

    Registration registration();

    Documents documents();

    Repeats repeats();

    /** Proposing repeats (重复件) to a clerk on registration (query/RepeatProposals). [U]: design values, not law. */
    interface Repeats {
        /** The score from which an earlier petition is proposed (RepeatSimilarity: 0–1). */
        @WithDefault("0.55")
        double threshold();

        /** How far back, from the new petition's receipt, earlier petitions are compared (P1095D: three years). */
        @WithDefault("P1095D")
        Duration lookBack();

        /** At most this many earlier petitions of the same county are compared, newest first. */
        @WithDefault("300")
        int poolSize();

        /** At most this many matters are proposed. */
        @WithDefault("5")
        int maxProposals();
    }

    interface Documents {
        /**
         * The TrueType fonts documents are set in, first choice first ({@code path} or {@code path#Face} in a
         * collection); default: Debian's AR PL UMing CN and HanaMin A/B (DocumentFonts.DEBIAN).
         */
        java.util.Optional<java.util.List<String>> fonts();

        /**
         * 发文机关代字 per organ code, the start of a document number (上城信处〔2026〕17号). An organ without one is
         * named in full. [U]: each organ's 代字 is its own to set.
         */
        java.util.Map<String, String> abbreviations();
    }

    interface Registration {
        /** 条例 Art 20 ¶3: at most 5 representatives; a province may set fewer. */
        @WithDefault("5")
        int maxRepresentatives();

        @WithDefault("PT5M")
        Duration allowedClockSkew();
    }

    @Singleton
    final class Policies {
        @Produces
        @Singleton
        RegistrationPolicy registrationPolicy(IntakeConfig config) {
            return new RegistrationPolicy(config.registration().maxRepresentatives(), config.registration().allowedClockSkew());
        }

        /** The documents' fonts, opened once at start-up; missing fonts are logged and PDF requests answered 503. */
        @Produces
        @Singleton
        PdfDocuments pdfDocuments(IntakeConfig config) {
            return PdfDocuments.open(config.documents().fonts());
        }
    }
}
