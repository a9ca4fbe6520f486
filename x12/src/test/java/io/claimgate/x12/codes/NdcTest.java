package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NdcTest {
    @Test
    void elevenDigitsOnly() {
        assertTrue(Ndc.valid("00002143380"));
        assertFalse(Ndc.valid("0002143380"));
        assertFalse(Ndc.valid("00002-1433-80"));
        assertFalse(Ndc.valid("000021433800"));
        assertFalse(Ndc.valid("0000214338A"));
        assertFalse(Ndc.valid(null));
    }

    @Test
    void labelFormsPadToFiveFourTwo() {
        assertEquals("00002143380", Ndc.toElevenDigits("0002-1433-80"));   // 4-4-2
        assertEquals("50242004062", Ndc.toElevenDigits("50242-040-62"));   // 5-3-2
        assertEquals("60575411201", Ndc.toElevenDigits("60575-4112-1"));   // 5-4-1
        assertEquals("00002143380", Ndc.toElevenDigits("00002-1433-80"));  // already 5-4-2
        assertEquals("00002143380", Ndc.toElevenDigits("00002143380"));
    }

    @Test
    void otherFormsHaveNoElevenDigitForm() {
        assertNull(Ndc.toElevenDigits("0002143380"));      // 10 digits: which segment to pad is unknown
        assertNull(Ndc.toElevenDigits("002-1433-80"));     // 3-4-2
        assertNull(Ndc.toElevenDigits("0002-143-80"));     // 4-3-2
        assertNull(Ndc.toElevenDigits("0002-1433-8A"));
        assertNull(Ndc.toElevenDigits("0002-1433-80-1"));
        assertNull(Ndc.toElevenDigits(null));
    }
}
