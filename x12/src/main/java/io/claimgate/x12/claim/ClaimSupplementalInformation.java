package io.claimgate.x12.claim;

import java.util.List;

/**
 * 2300 REF segments and PWK attachments (JSON {@code claimInformation.claimSupplementalInformation}).
 * REF*G1 {@code priorAuthorizationNumber}, REF*9F {@code referralNumber}, REF*F8
 * {@code claimControlNumber} (payer claim control number of the original, for frequency 7/8), REF*EA
 * {@code medicalRecordNumber}, REF*X4 {@code cliaNumber}, REF*9A {@code repricedClaimNumber}, REF*9C
 * {@code adjustedRepricedClaimNumber} (professional {@code adjustedRepricedClaimNumber}, institutional
 * {@code adjustedRepricedClaimRefNumber}), REF*LX {@code investigationalDeviceExemptionNumber}, REF*D9
 * {@code claimNumber} (value-added network trace number), REF*EW {@code mammographyCertificationNumber},
 * REF*F5 {@code medicareCrossoverReferenceId}, REF*1J {@code carePlanOversightNumber}, REF*P4
 * {@code demoProjectIdentifier}, REF*4N {@code serviceAuthorizationExceptionCode}, REF*G4
 * {@code peerReviewAuthorizationNumber} (837I). {@code autoAccidentState} is the institutional JSON's
 * auto-accident state (837I has no CLM11; it goes to the occurrence codes, so it is only carried).
 */
public record ClaimSupplementalInformation(String priorAuthorizationNumber, String referralNumber,
                                           String claimControlNumber, String medicalRecordNumber, String cliaNumber,
                                           String repricedClaimNumber, String adjustedRepricedClaimNumber,
                                           String investigationalDeviceExemptionNumber, String claimNumber,
                                           String mammographyCertificationNumber, String medicareCrossoverReferenceId,
                                           String carePlanOversightNumber, String demoProjectIdentifier,
                                           String serviceAuthorizationExceptionCode,
                                           String peerReviewAuthorizationNumber, String autoAccidentState,
                                           List<Attachment> attachments) {
    public ClaimSupplementalInformation {
        attachments = Lists.copy(attachments);
    }
}
