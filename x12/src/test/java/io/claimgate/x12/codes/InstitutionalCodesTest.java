package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstitutionalCodesTest {
    @ParameterizedTest
    @ValueSource(strings = {"0001", "0022", "0023", "0024", "0100", "0120", "0250", "0300", "0450", "0636", "0999", "1000",
            "1001", "2101", "3101"})
    void revenueCodesInNubcRanges(String code) {
        assertTrue(InstitutionalCodes.revenueCode(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0000", "0002", "0021", "0025", "0099", "1010", "2000", "2110", "3110", "9999", "450", "00450",
            "045A", "04 0"})
    void revenueCodesOutsideNubcRangesOrNotFourDigits(String code) {
        assertFalse(InstitutionalCodes.revenueCode(code), code);
    }

    @Test
    void facilityTypeIsFacilityThenClassification() {
        for (String code : new String[] {"11", "12", "13", "14", "18", "21", "23", "32", "34", "41", "65", "66", "71", "72",
                "73", "77", "79", "81", "82", "83", "85", "86", "89"}) {
            assertTrue(InstitutionalCodes.facilityType(code), code);
        }
        for (String code : new String[] {"", "1", "111", "10", "17", "19", "51", "87", "88", "91", "01", "1A", null}) {
            assertFalse(InstitutionalCodes.facilityType(code), String.valueOf(code));
        }
    }

    @Test
    void claimFrequencyCodes() {
        for (String code : new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A"}) {
            assertTrue(InstitutionalCodes.claimFrequency(code), code);
        }
        for (String code : new String[] {"", "10", "F", "Q", "a", null}) {
            assertFalse(InstitutionalCodes.claimFrequency(code), String.valueOf(code));
        }
    }

    @Test
    void typeOfBillIsFacilityTypeAndFrequencyWithOptionalLeadingZero() {
        assertTrue(InstitutionalCodes.typeOfBill("111"));
        assertTrue(InstitutionalCodes.typeOfBill("0111"));
        assertTrue(InstitutionalCodes.typeOfBill("137"));
        assertTrue(InstitutionalCodes.typeOfBill("0838"));
        assertTrue(InstitutionalCodes.typeOfBill("81A"));
        assertFalse(InstitutionalCodes.typeOfBill("11"));
        assertFalse(InstitutionalCodes.typeOfBill("1111"));
        assertFalse(InstitutionalCodes.typeOfBill("00111"));
        assertFalse(InstitutionalCodes.typeOfBill("171"));
        assertFalse(InstitutionalCodes.typeOfBill("11F"));
        assertFalse(InstitutionalCodes.typeOfBill(null));
    }

    @Test
    void admissionCodes() {
        assertTrue(InstitutionalCodes.admissionType("1"));
        assertTrue(InstitutionalCodes.admissionType("9"));
        assertFalse(InstitutionalCodes.admissionType("6"));
        assertFalse(InstitutionalCodes.admissionType("01"));
        assertTrue(InstitutionalCodes.admissionSource("1"));
        assertTrue(InstitutionalCodes.admissionSource("D"));
        assertFalse(InstitutionalCodes.admissionSource("7"));
        assertFalse(InstitutionalCodes.admissionSource("d"));
        assertTrue(InstitutionalCodes.patientStatus("01"));
        assertTrue(InstitutionalCodes.patientStatus("30"));
        assertTrue(InstitutionalCodes.patientStatus("95"));
        assertFalse(InstitutionalCodes.patientStatus("1"));
        assertFalse(InstitutionalCodes.patientStatus("08"));
        assertFalse(InstitutionalCodes.patientStatus("96"));
        assertFalse(InstitutionalCodes.patientStatus(null));
    }
}
