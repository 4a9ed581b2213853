package org.petitionsuite.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {
    @Test
    void theLevelDecidesWhatARegionContains() {
        DivisionCode zhejiang = DivisionCode.parse("330000");
        DivisionCode hangzhou = DivisionCode.parse("330100");
        DivisionCode shangcheng = DivisionCode.parse("330102");
        DivisionCode village = DivisionCode.parse("330102001001");
        assertEquals("33", zhejiang.scopePrefix());
        assertEquals("3301", hangzhou.scopePrefix());
        assertEquals("330102", shangcheng.scopePrefix());
        assertTrue(zhejiang.contains(village));
        assertTrue(shangcheng.contains(village));
        assertFalse(shangcheng.contains(DivisionCode.parse("330105")), "one county never contains another");
        assertFalse(village.contains(shangcheng));
        assertTrue(DivisionCode.NATIONAL.contains(zhejiang));
        assertEquals(shangcheng, DivisionCode.parse("330102000000"), "6 and 12 digits name the same county");
    }

    @Test
    void refusesWhatIsNotADivisionCode() {
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("33010"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("3301020"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("990102"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("330012"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse(null));
    }
}
