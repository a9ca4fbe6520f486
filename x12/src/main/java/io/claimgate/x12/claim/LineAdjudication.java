package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2430 line adjudication by a prior payer. SVD01 {@code otherPayerPrimaryIdentifier} (matches
 * 2330B NM109), SVD02 {@code serviceLinePaidAmount}, SVD03 composite {@code serviceIdQualifier} :
 * {@code procedureCode} : {@code procedureModifiers} : ... : {@code procedureCodeDescription}, SVD04
 * {@code serviceLineRevenueCode} (837I), SVD05 {@code paidServiceUnitCount}, SVD06
 * {@code bundledLineNumber}; CAS {@code adjustments}; DTP*573 {@code adjudicationOrPaymentDate};
 * AMT*EAF {@code remainingPatientLiability}.
 */
public record LineAdjudication(String otherPayerPrimaryIdentifier, BigDecimal serviceLinePaidAmount,
                               String serviceIdQualifier, String procedureCode, List<String> procedureModifiers,
                               String procedureCodeDescription, String serviceLineRevenueCode,
                               BigDecimal paidServiceUnitCount, String bundledLineNumber,
                               List<AdjustmentGroup> adjustments, String adjudicationOrPaymentDate,
                               BigDecimal remainingPatientLiability) {
    public LineAdjudication {
        procedureModifiers = Lists.copy(procedureModifiers);
        adjustments = Lists.copy(adjustments);
    }
}
