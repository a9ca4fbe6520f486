package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10Test {
    @ParameterizedTest
    @ValueSource(strings = {"J20", "E119", "I10", "Z3A", "C7A010", "M1A0710", "T814XXA", "S72001A", "U071", "O9A119",
            "Z0000", "T360X1A"})
    void acceptsDiagnosisCodesWithoutTheDot(String code) {
        assertTrue(Icd10.cm(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "J2", "E11.9", "e119", "1E19", "EE19", "J20-", "S72001AA", "T814XX", "T81X", "T814X",
            "J20 "})
    void rejectsMalformedDiagnosisCodes(String code) {
        assertFalse(Icd10.cm(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0DTJ4ZZ", "02HV33Z", "B2111ZZ", "XW033E5", "3E0234Z"})
    void acceptsSevenCharacterProcedureCodes(String code) {
        assertTrue(Icd10.pcs(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0DTJ4Z", "0DTJ4ZZZ", "0DTI4ZZ", "0DTJ4ZO", "0dtj4zz", "0DT-4ZZ"})
    void rejectsMalformedProcedureCodes(String code) {
        assertFalse(Icd10.pcs(code), code);
    }

    @org.junit.jupiter.api.Test
    void nullFails() {
        assertFalse(Icd10.cm(null));
        assertFalse(Icd10.pcs(null));
    }
}
