package io.claimgate.x12.claim;

import java.math.BigDecimal;

/**
 * Loop 2400 MEA test result (837P, JSON {@code serviceLines[].testResults[]}): MEA01
 * {@code measurementReferenceIdentificationCode} (OG original, TR test results), MEA02
 * {@code measurementQualifier} (HT height, R1 hemoglobin, R2 hematocrit, R3 epoetin starting dosage, R4
 * creatinine), MEA03 {@code testResults}.
 */
public record TestResult(String measurementReferenceIdentificationCode, String measurementQualifier,
                         BigDecimal testResults) {
}
