package io.claimgate.x12.claim;

import java.math.BigDecimal;

/**
 * Loop 2410 drug identification: LIN02 {@code serviceIdQualifier} (N4 for NDC 5-4-2; the institutional
 * JSON has no qualifier, N4 is assumed), LIN03 {@code nationalDrugCode}; CTP04 {@code unitCount}, CTP05-1
 * {@code measurementUnitCode} (F2, GR, ME, ML, UN); REF*VY {@code linkSequenceNumber} or REF*XZ
 * {@code pharmacyPrescriptionNumber}.
 */
public record Drug(String serviceIdQualifier, String nationalDrugCode, BigDecimal unitCount,
                   String measurementUnitCode, String linkSequenceNumber, String pharmacyPrescriptionNumber) {
}
