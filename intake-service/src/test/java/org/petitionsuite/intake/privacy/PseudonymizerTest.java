package org.petitionsuite.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.petitionsuite.intake.config.IntakeConfig.PseudonymAlgorithm;

/** Pseudonyms: stable per person and key, different per key and algorithm, none for an erased or missing number. */
class PseudonymizerTest {
    private static final String ID = "33010219750312451X";

    @Test
    void hmacSm3ByDefaultAndHmacSha256OnRequest() {
        Pseudonymizer sm3 = new Pseudonymizer(PseudonymAlgorithm.HMAC_SM3, "k1");
        Pseudonymizer sha = new Pseudonymizer(PseudonymAlgorithm.HMAC_SHA256, "k1");
        assertThat(sm3.of(ID)).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(sm3.of(ID.toLowerCase()));
        assertThat(sha.of(ID)).hasSize(64).isNotEqualTo(sm3.of(ID));
        assertThat(new Pseudonymizer(PseudonymAlgorithm.HMAC_SM3, "k2").of(ID)).isNotEqualTo(sm3.of(ID));
        assertThat(sm3.of(null)).isNull();
        assertThat(sm3.of("已删除")).isNull();
    }
}
