package org.petitionsuite.kit.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataLogFilterTest {
    @Test
    void masksIdAndMobileNumbersInAnyText() {
        assertEquals("petitioner 3301************2X called from 139****2345",
                PersonalDataLogFilter.redact("petitioner 33010219750312452X called from 13957112345"));
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "petition 330102 took 1234 ms, global index 98765432101";
        assertEquals(text, PersonalDataLogFilter.redact(text));
    }
}
