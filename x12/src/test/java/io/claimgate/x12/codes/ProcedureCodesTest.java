package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodesTest {
    @ParameterizedTest
    @ValueSource(strings = {"99213", "00100", "3074F", "0042T", "0001U"})
    void cptCategoriesOneTwoThreeAndPla(String code) {
        assertTrue(ProcedureCodes.cpt(code), code);
        assertTrue(ProcedureCodes.cptOrHcpcs(code), code);
        assertFalse(ProcedureCodes.hcpcs(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J1100", "G0008", "A0428", "V2020", "E0601"})
    void hcpcsLevelTwo(String code) {
        assertTrue(ProcedureCodes.hcpcs(code), code);
        assertTrue(ProcedureCodes.cptOrHcpcs(code), code);
        assertFalse(ProcedureCodes.cpt(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9921", "992133", "3074X", "3074f", "W1234", "Z1234", "j1100", "J110", "J11000", "9921A",
            "99-13"})
    void rejectsOtherShapes(String code) {
        assertFalse(ProcedureCodes.cptOrHcpcs(code), code);
    }

    @Test
    void modifiersAreTwoLettersOrDigits() {
        assertTrue(ProcedureCodes.modifier("25"));
        assertTrue(ProcedureCodes.modifier("LT"));
        assertTrue(ProcedureCodes.modifier("XU"));
        assertTrue(ProcedureCodes.modifier("Q5"));
        assertFalse(ProcedureCodes.modifier("lt"));
        assertFalse(ProcedureCodes.modifier("5"));
        assertFalse(ProcedureCodes.modifier("259"));
        assertFalse(ProcedureCodes.modifier("2-"));
        assertFalse(ProcedureCodes.modifier(null));
    }
}
