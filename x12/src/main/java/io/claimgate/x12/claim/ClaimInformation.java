package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2300 claim information (JSON {@code claimInformation}).
 *
 * <p>CLM01 {@code patientControlNumber}, CLM02 {@code claimChargeAmount}, CLM05 {@code placeOfServiceCode}
 * (837P place of service; 837I facility type code, the first two digits of the type of bill) : B (837P) or
 * A (837I) : {@code claimFrequencyCode}, CLM06 {@code signatureIndicator} (837P), CLM07
 * {@code planParticipationCode}, CLM08 {@code benefitsAssignmentCertificationIndicator}, CLM09
 * {@code releaseInformationCode}, CLM10 {@code patientSignatureSourceCode} (P when true, 837P), CLM11
 * {@code relatedCausesCode} : : : {@code autoAccidentStateCode} : {@code autoAccidentCountryCode} (837P),
 * CLM12 {@code specialProgramCode}, CLM20 {@code delayReasonCode}; SBR09 of 2000B
 * {@code claimFilingCode}.
 *
 * <p>{@code diagnoses}: 837P {@code healthCareCodeInformation} in the order sent (diagnosis pointer n is
 * entry n-1); 837I in this order: {@code principalDiagnosis}, {@code admittingDiagnosis},
 * {@code patientReasonForVisits}, {@code externalCauseOfInjuries}, {@code otherDiagnosisInformationList}
 * (the JSON's array of arrays flattened; the renderer splits them 12 per HI). Tell them apart by
 * qualifier ({@link Diagnosis#isPrincipal()} ...). {@code procedures}: 837I principal then others, flattened.
 * {@code conditionCodes}: HI*BG (837I {@code conditionCodesList} flattened and {@code conditionCodes};
 * 837P {@code conditionInformation[].conditionCodes}). {@code notes}: NTE (837P {@code claimNote}, 837I
 * {@code claimNotes}); {@code billingNote}: 837I NTE*ADD billing note. {@code drgCode}: 837I HI*DR.
 * {@code institutionalCodes}: 837I CL1. {@code contractInformation}: CN1 ({@code claimContractInformation}).
 * {@code fileInformation}: K3, up to 10 ({@code fileInformation} and the 837P {@code fileInformationList}).
 * 837P: {@code spinalManipulation} CR2, {@code epsdtReferral} CRC*ZZ, {@code ambulance} CR1, CRC*07, 2310E/F.
 * Dates are CCYYMMDD strings as sent.
 */
public record ClaimInformation(String claimFilingCode, String patientControlNumber, BigDecimal claimChargeAmount,
                               String placeOfServiceCode, String claimFrequencyCode, String signatureIndicator,
                               String planParticipationCode, String benefitsAssignmentCertificationIndicator,
                               String releaseInformationCode, Boolean patientSignatureSourceCode,
                               List<String> relatedCausesCode, String autoAccidentStateCode,
                               String autoAccidentCountryCode, String specialProgramCode, String delayReasonCode,
                               String pregnancyIndicator, Boolean homeboundIndicator, BigDecimal patientAmountPaid,
                               BigDecimal patientEstimatedAmountDue, String propertyCasualtyClaimNumber,
                               String patientWeight, String deathDate, ClaimDates claimDateInformation,
                               ClaimSupplementalInformation claimSupplementalInformation, List<Note> notes,
                               String billingNote, List<Diagnosis> diagnoses, List<Procedure> procedures,
                               List<Occurrence> occurrences, List<OccurrenceSpan> occurrenceSpans,
                               List<ValueInformation> values, List<String> conditionCodes, String drgCode,
                               InstitutionalCodes institutionalCodes, Facility serviceFacilityLocation,
                               List<OtherSubscriber> otherSubscribers, List<ServiceLine> serviceLines,
                               ContractInformation contractInformation, List<String> fileInformation,
                               SpinalManipulation spinalManipulation, ConditionIndicator epsdtReferral,
                               Ambulance ambulance) {
    public ClaimInformation {
        relatedCausesCode = Lists.copy(relatedCausesCode);
        notes = Lists.copy(notes);
        diagnoses = Lists.copy(diagnoses);
        procedures = Lists.copy(procedures);
        occurrences = Lists.copy(occurrences);
        occurrenceSpans = Lists.copy(occurrenceSpans);
        values = Lists.copy(values);
        conditionCodes = Lists.copy(conditionCodes);
        otherSubscribers = Lists.copy(otherSubscribers);
        serviceLines = Lists.copy(serviceLines);
        fileInformation = Lists.copy(fileInformation);
    }

    /** Sum of the service lines' charges (lines without a charge count as zero). */
    public BigDecimal serviceLineChargeTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (ServiceLine line : serviceLines) {
            BigDecimal c = line.lineItemChargeAmount();
            if (c != null) {
                total = total.add(c);
            }
        }
        return total;
    }
}
