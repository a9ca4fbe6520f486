package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2320 other subscriber information (coordination of benefits), one per other payer.
 * SBR01 {@code paymentResponsibilityLevelCode}, SBR02 {@code individualRelationshipCode}, SBR03
 * {@code groupOrPolicyNumber} (professional {@code insuranceGroupOrPolicyNumber}, institutional
 * {@code groupNumber}, else {@code policyNumber}), SBR04 {@code otherInsuredGroupName}, SBR05
 * {@code insuranceTypeCode}, SBR09 {@code claimFilingIndicatorCode}; CAS {@code claimLevelAdjustments};
 * AMT*D {@code payerPaidAmount}, AMT*A8 {@code nonCoveredChargeAmount}, AMT*EAF
 * {@code remainingPatientLiability}; OI03 {@code benefitsAssignmentCertificationIndicator}, OI04
 * {@code patientSignatureGeneratedForPatient} (P when true), OI06 {@code releaseOfInformationCode};
 * MOA; then loops 2330A ({@code otherSubscriberName}), 2330B ({@code otherPayerName}), 2330C-I
 * ({@code otherPayerProviders}).
 */
public record OtherSubscriber(String paymentResponsibilityLevelCode, String individualRelationshipCode,
                              String groupOrPolicyNumber, String otherInsuredGroupName, String insuranceTypeCode,
                              String claimFilingIndicatorCode, List<AdjustmentGroup> claimLevelAdjustments,
                              BigDecimal payerPaidAmount, BigDecimal nonCoveredChargeAmount,
                              BigDecimal remainingPatientLiability, String benefitsAssignmentCertificationIndicator,
                              Boolean patientSignatureGeneratedForPatient, String releaseOfInformationCode,
                              MedicareOutpatientAdjudication medicareOutpatientAdjudication,
                              OtherSubscriberName otherSubscriberName, OtherPayer otherPayerName,
                              List<OtherPayerProvider> otherPayerProviders) {
    public OtherSubscriber {
        claimLevelAdjustments = Lists.copy(claimLevelAdjustments);
        otherPayerProviders = Lists.copy(otherPayerProviders);
    }
}
