package org.petitionsuite.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
    @Test
    void computesTheGb11643CheckCharacter() {
        // The worked example of GB 11643-1999: 11010519491231002X.
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertTrue(ResidentIdNumber.problem("11010519491231002X").isEmpty());
        assertTrue(ResidentIdNumber.problem("11010519491231002x").isEmpty(), "lower-case x is the same number");
    }

    @Test
    void namesWhatIsWrong() {
        assertEquals("the check digit is wrong (GB 11643 MOD 11-2)", ResidentIdNumber.problem("110105194912310021").orElseThrow());
        assertTrue(ResidentIdNumber.problem("11010519491231002").orElseThrow().startsWith("must be 18 characters"));
        assertTrue(ResidentIdNumber.problem("1101051949123100AX").orElseThrow().contains("digits"));
        assertTrue(ResidentIdNumber.problem("110105194913310020").orElseThrow().contains("birth date"));
        assertTrue(ResidentIdNumber.problem("990105194912310020").orElseThrow().contains("province"));
    }
}
