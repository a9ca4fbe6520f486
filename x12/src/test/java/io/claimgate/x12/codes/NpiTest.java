package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NpiTest {
    @Test
    void checkDigitOverPrefix80840() {
        assertTrue(Npi.valid("1234567893"));   // the CMS worked example
        assertTrue(Npi.valid("1912301953"));
        assertFalse(Npi.valid("1234567890"));
        assertFalse(Npi.valid("123456789"));
        assertFalse(Npi.valid("12345678A3"));
    }
}
