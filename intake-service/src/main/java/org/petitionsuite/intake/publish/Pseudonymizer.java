package org.petitionsuite.intake.publish;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.petitionsuite.intake.config.IntakeConfig;

/**
 * Keyed pseudonyms of resident ID numbers (HMAC-SHA256): consumers can tell that two petitions come from the same
 * person (repeat petitions, Art 19 ¶3 and Art 36 ¶3) without learning who it is. Without the key the ID number cannot
 * be recovered by trying all of them, which a plain hash would allow.
 */
@Singleton
public class Pseudonymizer {
    private final SecretKeySpec key;

    Pseudonymizer(IntakeConfig config) {
        this.key = new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The pseudonym, or null when there is no ID number. */
    public String of(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
