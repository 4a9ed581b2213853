package org.petitionsuite.intake.privacy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.petitionsuite.intake.config.IntakeConfig;
import org.petitionsuite.intake.config.IntakeConfig.PseudonymAlgorithm;
import org.petitionsuite.intake.domain.PersonalDataMasking;

/**
 * Keyed pseudonyms of resident ID numbers (HMAC-SM3 by default, HMAC-SHA256 selectable: {@link IntakeConfig}):
 * consumers can tell that two petitions come from the same person (repeat petitions, Art 19 ¶3 and Art 36 ¶3) without
 * learning who it is. Without the key the ID number cannot be recovered by trying all of them, which a plain hash
 * would allow.
 */
@Singleton
public class Pseudonymizer {
    private final PseudonymAlgorithm algorithm;
    private final SecretKeySpec key;

    @Inject
    Pseudonymizer(IntakeConfig config) {
        this(config.pseudonymAlgorithm(), config.pseudonymKey());
    }

    public Pseudonymizer(PseudonymAlgorithm algorithm, String secret) {
        this.algorithm = algorithm;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm.jceName);
    }

    /** The pseudonym, 64 hex digits, or null when there is no ID number (or it was erased). */
    public String of(String idNumber) {
        if (idNumber == null || PersonalDataMasking.ERASED.equals(idNumber)) {
            return null; // erased: a replay must not make every erased petitioner one person
        }
        try {
            Mac mac = algorithm == PseudonymAlgorithm.HMAC_SM3 ? Mac.getInstance(algorithm.jceName, PersonalDataCipher.BOUNCY_CASTLE) : Mac.getInstance(algorithm.jceName);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
