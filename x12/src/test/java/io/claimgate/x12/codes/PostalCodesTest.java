package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostalCodesTest {
    @Test
    void statesDistrictTerritoriesAndMilitary() {
        for (String code : new String[] {"CA", "NY", "DC", "PR", "GU", "VI", "AS", "MP", "AE", "AP", "AA"}) {
            assertTrue(PostalCodes.state(code), code);
        }
        for (String code : new String[] {"", "ca", "XX", "ON", "CAL", "C", null}) {
            assertFalse(PostalCodes.state(code), String.valueOf(code));
        }
    }

    @Test
    void zipIsFiveOrNineDigits() {
        assertTrue(PostalCodes.zip("35203"));
        assertTrue(PostalCodes.zip("352031234"));
        assertFalse(PostalCodes.zip("3520"));
        assertFalse(PostalCodes.zip("352031"));
        assertFalse(PostalCodes.zip("35203-1234"));
        assertFalse(PostalCodes.zip("3520A"));
        assertFalse(PostalCodes.zip(null));
    }

    @Test
    void zip9IsExactlyNineDigits() {
        assertTrue(PostalCodes.zip9("352031234"));
        assertFalse(PostalCodes.zip9("35203"));
        assertFalse(PostalCodes.zip9("35203-123"));
        assertFalse(PostalCodes.zip9("3520312345"));
        assertFalse(PostalCodes.zip9(""));
    }
}
