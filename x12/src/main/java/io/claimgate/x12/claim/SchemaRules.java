package io.claimgate.x12.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structural rules of the CHC professional v3 / institutional v1 claim schemas (as Stedi publishes
 * them), keyed by JSON path suffix with array indices removed: {@code npi} applies to every field named
 * npi, {@code professionalService.measurementUnit} to that field only, and the empty key to the root.
 * See {@code /work/shared/docs/claim-json.md} for the field tables these come from.
 */
final class SchemaRules {
    static final int PROF = 1;
    static final int INST = 2;
    static final int BOTH = 3;

    static final Pattern DATE = Pattern.compile("\\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
    static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d{1,2})?");
    static final Pattern SIGNED_AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    static final Pattern QUANTITY = Pattern.compile("\\d{1,15}(\\.\\d{1,3})?");

    enum Type { REQUIRED, ONE_OF_REQUIRED, CODES, PATTERN, LENGTH, MAX_ITEMS }

    record Rule(int kinds, String suffix, Type type, List<String> names, Set<String> codes, Pattern pattern,
                String patternName, int min, int max) {
        boolean applies(ClaimKind kind, String key) {
            int bit = kind == ClaimKind.PROFESSIONAL ? PROF : INST;
            return (kinds & bit) != 0 && (key.equals(suffix) || !suffix.isEmpty() && key.endsWith("." + suffix));
        }
    }

    private final Map<String, List<Rule>> byLastSegment = new HashMap<>();

    List<Rule> rules(String lastSegment) {
        return byLastSegment.getOrDefault(lastSegment, List.of());
    }

    private void add(Rule r) {
        String last = r.suffix().substring(r.suffix().lastIndexOf('.') + 1);
        byLastSegment.computeIfAbsent(last, k -> new ArrayList<>()).add(r);
    }

    private void req(int kinds, String object, String... fields) {
        add(new Rule(kinds, object, Type.REQUIRED, List.of(fields), Set.of(), null, null, 0, 0));
    }

    private void oneOf(int kinds, String object, String... fields) {
        add(new Rule(kinds, object, Type.ONE_OF_REQUIRED, List.of(fields), Set.of(), null, null, 0, 0));
    }

    private void codes(int kinds, String field, String codes) {
        add(new Rule(kinds, field, Type.CODES, List.of(), Set.of(codes.split(" ")), null, null, 0, 0));
    }

    private void pattern(int kinds, String field, String name, Pattern p) {
        add(new Rule(kinds, field, Type.PATTERN, List.of(), Set.of(), p, name, 0, 0));
    }

    private void len(int kinds, String field, int min, int max) {
        add(new Rule(kinds, field, Type.LENGTH, List.of(), Set.of(), null, null, min, max));
    }

    private void items(int kinds, String array, int max) {
        add(new Rule(kinds, array, Type.MAX_ITEMS, List.of(), Set.of(), null, null, 0, max));
    }

    static final SchemaRules CHC = new SchemaRules();

    private SchemaRules() {
        // required objects and fields
        req(BOTH, "", "tradingPartnerServiceId", "submitter", "receiver", "subscriber", "claimInformation");
        req(BOTH, "submitter", "contactInformation");
        oneOf(PROF, "submitter", "organizationName", "lastName");
        req(INST, "submitter", "organizationName", "taxId");
        req(BOTH, "receiver", "organizationName");
        req(BOTH, "subscriber", "memberId", "paymentResponsibilityLevelCode");
        oneOf(BOTH, "subscriber", "lastName", "organizationName");
        req(BOTH, "dependent", "lastName", "firstName", "dateOfBirth", "gender", "relationshipToSubscriberCode");
        for (String a : new String[] {"address", "payerAddress", "payToAddress", "otherPayerAddress", "otherInsuredAddress"}) {
            req(BOTH, a, "address1", "city");
        }
        req(INST, "billing", "address", "employerId");
        req(BOTH, "providers", "providerType");
        req(PROF, "payToPlan", "organizationName", "primaryIdentifierTypeCode", "primaryIdentifier", "address",
                "taxIdentificationNumber");
        req(INST, "billingPayToAddressName", "address");
        req(INST, "billingPayToPlanName", "organizationName", "identificationCodeQualifier", "identificationCode",
                "taxId");
        req(BOTH, "claimInformation", "claimFilingCode", "patientControlNumber", "claimChargeAmount",
                "placeOfServiceCode", "claimFrequencyCode", "planParticipationCode",
                "benefitsAssignmentCertificationIndicator", "releaseInformationCode", "serviceLines");
        req(PROF, "claimInformation", "signatureIndicator", "healthCareCodeInformation");
        req(INST, "claimInformation", "claimCodeInformation", "claimDateInformation", "principalDiagnosis");
        req(PROF, "healthCareCodeInformation", "diagnosisTypeCode", "diagnosisCode");
        req(INST, "principalDiagnosis", "qualifierCode", "principalDiagnosisCode");
        req(INST, "admittingDiagnosis", "qualifierCode", "admittingDiagnosisCode");
        req(INST, "patientReasonForVisits", "qualifierCode", "patientReasonForVisitCode");
        req(INST, "externalCauseOfInjuries", "qualifierCode", "externalCauseOfInjury");
        req(INST, "otherDiagnosisInformationList", "qualifierCode", "otherDiagnosisCode");
        req(INST, "principalProcedureInformation", "qualifierCode", "principalProcedureCode");
        req(INST, "otherProcedureInformationList", "qualifierCode", "otherProcedureCode");
        req(INST, "occurrenceInformationList", "occurrenceSpanCode", "occurrenceSpanCodeDate");
        req(INST, "occurrenceSpanInformations", "occurrenceSpanCode", "occurrenceSpanCodeStartDate",
                "occurrenceSpanCodeEndDate");
        req(INST, "valueInformationList", "valueCode", "valueCodeAmount");
        req(INST, "conditionCodesList", "conditionCode");
        req(INST, "diagnosisRelatedGroupInformation", "drugRelatedGroupCode");
        req(INST, "claimCodeInformation", "admissionTypeCode", "patientStatusCode");
        req(INST, "claimInformation.claimDateInformation", "statementBeginDate", "statementEndDate");
        req(BOTH, "conditionInformation", "conditionCodes");
        req(BOTH, "reportInformation", "attachmentReportTypeCode", "attachmentTransmissionCode");
        req(BOTH, "reportInformations", "attachmentReportTypeCode", "attachmentTransmissionCode");
        req(BOTH, "serviceLineSupplementalInformation", "attachmentReportTypeCode", "attachmentTransmissionCode");
        req(BOTH, "serviceLineSupplementalInformations", "attachmentReportTypeCode", "attachmentTransmissionCode");
        req(BOTH, "serviceFacilityLocation", "organizationName", "address");
        req(BOTH, "secondaryIdentifier", "qualifier", "identifier");
        req(BOTH, "otherPayerSecondaryIdentifier", "qualifier", "identifier");
        req(BOTH, "otherSubscriberInformation", "paymentResponsibilityLevelCode", "individualRelationshipCode",
                "claimFilingIndicatorCode", "benefitsAssignmentCertificationIndicator", "releaseOfInformationCode",
                "otherSubscriberName", "otherPayerName");
        req(BOTH, "otherSubscriberName", "otherInsuredQualifier", "otherInsuredLastName",
                "otherInsuredIdentifierTypeCode", "otherInsuredIdentifier");
        req(BOTH, "otherPayerName", "otherPayerOrganizationName", "otherPayerIdentifierTypeCode",
                "otherPayerIdentifier");
        req(BOTH, "claimLevelAdjustments", "adjustmentGroupCode");
        req(BOTH, "claimAdjustmentInformation", "adjustmentGroupCode", "adjustmentDetails");
        req(BOTH, "lineAdjustment", "adjustmentGroupCode");
        req(BOTH, "adjustmentDetails", "adjustmentReasonCode", "adjustmentAmount");
        req(BOTH, "claimAdjustmentDetails", "adjustmentReasonCode", "adjustmentAmount");
        req(PROF, "serviceLines", "serviceDate", "professionalService");
        req(INST, "serviceLines", "institutionalService");
        req(PROF, "professionalService", "procedureIdentifier", "procedureCode", "lineItemChargeAmount",
                "measurementUnit", "serviceUnitCount", "compositeDiagnosisCodePointers");
        req(PROF, "compositeDiagnosisCodePointers", "diagnosisCodePointers");
        req(INST, "institutionalService", "serviceLineRevenueCode", "lineItemChargeAmount", "measurementUnit",
                "serviceUnitCount");
        req(BOTH, "drugIdentification", "nationalDrugCode", "nationalDrugUnitCount", "measurementUnitCode");
        req(PROF, "drugIdentification", "serviceIdQualifier");
        req(BOTH, "lineAdjudicationInformation", "otherPayerPrimaryIdentifier", "serviceLinePaidAmount",
                "adjudicationOrPaymentDate", "paidServiceUnitCount");
        req(PROF, "lineAdjudicationInformation", "procedureCode", "serviceIdQualifier");
        req(INST, "lineAdjudicationInformation", "serviceLineRevenueCode");

        // code lists
        String filing = "11 12 13 14 15 16 17 AM BL CH CI DS FI HM LM MA MB MC OF TV VA WC ZZ";
        codes(BOTH, "usageIndicator", "T P");
        codes(BOTH, "claimIdentifier", "31 CH RP");
        codes(BOTH, "claimInformation.claimFilingCode", filing);
        // The institutional schema's list omits CI; taken as a spec quirk (claim-json.md trap 6).
        codes(BOTH, "claimFilingIndicatorCode", filing);
        codes(PROF, "claimInformation.claimFrequencyCode", "1 7 8");
        codes(PROF, "claimInformation.placeOfServiceCode", "01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 "
                + "20 21 22 23 24 25 26 27 31 32 33 34 41 42 49 50 51 52 53 54 55 56 57 58 60 61 62 65 66 71 72 81 99");
        codes(BOTH, "claimInformation.signatureIndicator", "N Y");
        codes(BOTH, "planParticipationCode", "A B C");
        codes(BOTH, "benefitsAssignmentCertificationIndicator", "N W Y");
        codes(BOTH, "releaseInformationCode", "I Y");
        codes(BOTH, "releaseOfInformationCode", "I Y");
        codes(PROF, "relatedCausesCode", "AA EM OA");
        codes(PROF, "specialProgramCode", "02 03 05 09");
        codes(BOTH, "delayReasonCode", "1 2 3 4 5 6 7 8 9 10 11 15");
        codes(PROF, "pregnancyIndicator", "Y");
        codes(BOTH, "gender", "M F U");
        codes(BOTH, "paymentResponsibilityLevelCode", "A B C D E F G H P S T U");
        codes(BOTH, "relationshipToSubscriberCode", "01 19 20 21 39 40 53 G8");
        codes(BOTH, "individualRelationshipCode", "01 18 19 20 21 39 40 53 G8");
        codes(BOTH, "insuranceTypeCode", "12 13 14 15 16 41 42 43 47");
        codes(BOTH, "diagnosisTypeCode", "BK ABK BF ABF");
        codes(INST, "principalDiagnosis.qualifierCode", "ABK BK");
        codes(INST, "admittingDiagnosis.qualifierCode", "ABJ BJ");
        codes(INST, "patientReasonForVisits.qualifierCode", "APR PR");
        codes(INST, "externalCauseOfInjuries.qualifierCode", "ABN BN");
        codes(INST, "otherDiagnosisInformationList.qualifierCode", "ABF BF");
        codes(INST, "principalProcedureInformation.qualifierCode", "BBR BR CAH");
        codes(INST, "otherProcedureInformationList.qualifierCode", "BBQ BQ");
        codes(INST, "presentOnAdmissionIndicator", "N Y U W");
        codes(PROF, "professionalService.measurementUnit", "MJ UN");
        codes(INST, "institutionalService.measurementUnit", "DA UN");
        codes(PROF, "professionalService.procedureIdentifier", "ER HC IV WK");
        codes(INST, "institutionalService.procedureIdentifier", "ER HC HP IV WK");
        codes(BOTH, "lineAdjudicationInformation.serviceIdQualifier", "ER HC HP IV WK");
        codes(BOTH, "productOrServiceIDQualifier", "ER HC HP IV WK");
        codes(PROF, "emergencyIndicator", "Y");
        codes(PROF, "epsdtIndicator", "Y");
        codes(PROF, "familyPlanningIndicator", "Y");
        codes(PROF, "copayStatusCode", "0");
        codes(BOTH, "drugIdentification.measurementUnitCode", "F2 GR ME ML UN");
        codes(BOTH, "drugIdentification.serviceIdQualifier", "EN EO HI N4 ON UK UP");
        codes(BOTH, "adjustmentGroupCode", "CO CR OA PI PR");
        codes(BOTH, "otherInsuredIdentifierTypeCode", "II MI");
        codes(BOTH, "otherInsuredQualifier", "1 2");
        codes(BOTH, "otherPayerIdentifierTypeCode", "PI XV");
        codes(BOTH, "entityTypeQualifier", "1 2");
        // PWK02 of the attachment objects; the DME certificate of medical necessity (PWK*CT) has its own list.
        for (String o : new String[] {"reportInformation", "reportInformations", "serviceLineSupplementalInformation",
            "serviceLineSupplementalInformations"}) {
            codes(BOTH, o + ".attachmentTransmissionCode", "AA BM EL EM FT FX");
        }
        codes(PROF, "durableMedicalEquipmentCertificateOfMedicalNecessity.attachmentTransmissionCode", "AB AD AF AG NS");
        codes(BOTH, "attachmentReportTypeCode", "03 04 05 06 07 08 09 10 11 13 15 21 A3 A4 AM AS B2 B3 B4 BR BS BT "
                + "CB CK CT D2 DA DB DG DJ DS EB HC HR I5 IR LA M1 MT NN OB OC OD OE OX OZ P4 P5 PE PN PO PQ PY PZ "
                + "RB RR RT RX SG V5 XP");
        codes(BOTH, "secondaryIdentificationQualifierCode", "0B 1G G2 LU");
        codes(INST, "serviceFacilityLocation.secondaryIdentificationQualifierCode", "0B G2 LU");
        codes(BOTH, "identificationQualifierCode", "0B 1G G2 LU");
        codes(BOTH, "serviceAuthorizationExceptionCode", "1 2 3 4 5 6 7");
        codes(PROF, "payToPlan.primaryIdentifierTypeCode", "PI XV");
        codes(PROF, "payToPlan.secondaryIdentifierTypeCode", "2U FY NF");
        codes(INST, "billingPayToPlanName.identificationCodeQualifier", "PI XV");
        codes(INST, "billingPayToAddressName.entityTypeQualifier", "2");
        codes(BOTH, "receiverId", "BPUMR PAPER PRINT");
        // CL101 / CL102 code lists of the 837I guide (mappings/guides/005010X223A2.guide): the JSON schema has
        // none, but a code outside them makes an 837 the payer rejects. NUBC retired point of origin 7 in 2010.
        codes(INST, "claimCodeInformation.admissionTypeCode", "1 2 3 4 5 9");
        codes(BOTH, "contractTypeCode", "01 02 03 04 05 06 09");
        codes(PROF, "testResults.measurementReferenceIdentificationCode", "OG TR");
        codes(PROF, "testResults.measurementQualifier", "HT R1 R2 R3 R4");
        codes(PROF, "ambulanceTransportInformation.ambulanceTransportReasonCode", "A B C D E");
        codes(PROF, "ambulanceCertification.certificationConditionIndicator", "N Y");
        codes(PROF, "ambulanceCertification.conditionCodes", "01 04 05 06 07 08 09 12");
        codes(PROF, "epsdtReferral.certificationConditionCodeAppliesIndicator", "N Y");
        codes(PROF, "epsdtReferral.conditionCodes", "AV NU S2 ST");
        codes(PROF, "spinalManipulationServiceInformation.patientConditionCode", "A C D E F G M");
        codes(PROF, "durableMedicalEquipmentCertification.certificationTypeCode", "I R S");
        codes(PROF, "conditionIndicatorDurableMedicalEquipment.certificationConditionIndicator", "N Y");
        codes(PROF, "conditionIndicatorDurableMedicalEquipment.conditionIndicator", "38 ZV");
        codes(PROF, "conditionIndicatorDurableMedicalEquipment.conditionIndicatorCode", "38 ZV");
        codes(INST, "claimCodeInformation.admissionSourceCode", "1 2 4 5 6 8 9 A B C D E F G");

        // patterns
        Pattern tenDigits = Pattern.compile("\\d{10}");
        Pattern nineDigits = Pattern.compile("\\d{9}");
        pattern(BOTH, "npi", "10 digits", tenDigits);
        pattern(INST, "serviceFacilityLocation.identificationCode", "10 digits", tenDigits);
        pattern(BOTH, "ssn", "9 digits", nineDigits);
        pattern(BOTH, "taxonomyCode", "10 letters or digits", Pattern.compile("[A-Za-z0-9]{10}"));
        pattern(INST, "controlNumber", "9 digits", nineDigits);
        pattern(PROF, "payToPlan.taxIdentificationNumber", "9 digits", nineDigits);
        pattern(INST, "billingPayToPlanName.taxId", "9 digits", nineDigits);
        pattern(INST, "billingPayToPlanName.naic", "5 digits", Pattern.compile("\\d{5}"));
        pattern(INST, "claimDateInformation.admissionDateAndHour", "CCYYMMDD or CCYYMMDDHHMM",
                Pattern.compile(DATE.pattern() + "(([01]\\d|2[0-3])[0-5]\\d)?"));
        pattern(INST, "claimDateInformation.dischargeHour", "HHMM", Pattern.compile("([01]\\d|2[0-3])[0-5]\\d"));
        pattern(INST, "occurrenceSpanCodeDate", "CCYYMMDD or CCYYMMDD-CCYYMMDD",
                Pattern.compile(DATE.pattern() + "(-" + DATE.pattern() + ")?"));
        pattern(INST, "serviceLines.assignedNumber", "digits", Pattern.compile("\\d{1,6}"));
        pattern(BOTH, "diagnosisCodePointers", "1 to 12", Pattern.compile("[1-9]|1[0-2]"));
        pattern(BOTH, "attachmentId", "a UUID",
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));

        Pattern number = Pattern.compile("\\d{1,15}(\\.\\d+)?");
        pattern(BOTH, "contractPercentage", "a number", number);
        pattern(BOTH, "termsDiscountPercentage", "a number", number);
        pattern(PROF, "testResults.testResults", "a number", number);
        pattern(PROF, "serviceLines.ambulancePatientCount", "a number", number);
        pattern(PROF, "serviceLines.obstetricAnesthesiaAdditionalUnits", "a number", number);
        pattern(PROF, "durableMedicalEquipmentCertification.durableMedicalEquipmentDurationInMonths", "a number", number);
        pattern(PROF, "ambulanceTransportInformation.patientWeightInPounds", "a number", number);
        pattern(PROF, "ambulanceTransportInformation.transportDistanceInMiles", "a number", number);

        // lengths
        len(BOTH, "claimInformation.patientControlNumber", 1, 20);
        len(BOTH, "firstName", 1, 35);
        len(BOTH, "lastName", 1, 60);
        len(BOTH, "middleName", 1, 25);
        len(BOTH, "suffix", 1, 10);
        len(BOTH, "organizationName", 1, 60);
        len(BOTH, "otherPayerOrganizationName", 1, 60);
        len(BOTH, "address1", 1, 55);
        len(BOTH, "address2", 1, 55);
        len(BOTH, "city", 1, 30);
        len(BOTH, "state", 2, 2);
        len(BOTH, "postalCode", 3, 15);
        len(BOTH, "countryCode", 2, 3);
        len(BOTH, "countrySubDivisionCode", 1, 3);
        len(BOTH, "subscriber.memberId", 2, 80);
        len(BOTH, "submitter.submitterIdentification", 2, 80);
        len(INST, "submitter.taxId", 2, 80);
        len(BOTH, "tradingPartnerServiceId", 1, 80);
        len(BOTH, "contactInformation.name", 1, 60);
        len(BOTH, "contactInformation.phoneNumber", 1, 256);
        len(PROF, "professionalService.description", 1, 80);
        len(INST, "serviceLines.description", 1, 80);
        len(PROF, "serviceLines.providerControlNumber", 1, 30);
        len(BOTH, "serviceLines.lineItemControlNumber", 1, 50);
        len(INST, "serviceLines.lineNoteText", 1, 80);
        len(BOTH, "serviceLines.thirdPartyOrganizationNotes", 1, 80);
        len(INST, "claimInformation.billingNote", 1, 80);
        len(INST, "claimInformation.placeOfServiceCode", 1, 2);
        len(INST, "claimInformation.claimFrequencyCode", 1, 1);
        len(INST, "claimCodeInformation.admissionTypeCode", 1, 1);
        len(INST, "claimCodeInformation.patientStatusCode", 1, 2);
        len(INST, "institutionalService.serviceLineRevenueCode", 1, 48);
        len(INST, "institutionalService.serviceUnitCount", 1, 15);
        for (String s : new String[] {"claimControlNumber", "priorAuthorizationNumber", "referralNumber",
            "medicalRecordNumber", "repricedClaimNumber", "adjustedRepricedClaimRefNumber",
            "investigationalDeviceExemptionNumber", "demoProjectIdentifier", "peerReviewAuthorizationNumber"}) {
            len(BOTH, "claimSupplementalInformation." + s, 1, 50);
        }

        // array sizes
        items(PROF, "claimInformation.serviceLines", 50);
        items(PROF, "healthCareCodeInformation", 12);
        items(BOTH, "procedureModifiers", 4);
        items(BOTH, "procedureModifier", 4);
        items(PROF, "diagnosisCodePointers", 4);
        items(PROF, "epsdtReferral.conditionCodes", 3);
        items(PROF, "ambulanceCertification", 3);
        items(PROF, "ambulanceCertification.conditionCodes", 5);
        items(PROF, "otherSubscriberInformation", 10);
        items(BOTH, "claimLevelAdjustments", 5);
        items(BOTH, "claimAdjustmentInformation", 5);
        items(BOTH, "adjustmentDetails", 6);
        items(BOTH, "claimAdjustmentDetails", 6);
        items(BOTH, "lineAdjudicationInformation", 15);
        items(PROF, "relatedCausesCode", 2);
        items(INST, "patientReasonForVisits", 3);
        items(INST, "externalCauseOfInjuries", 12);
        items(INST, "otherDiagnosisInformationList", 2);
        items(INST, "otherProcedureInformationList", 2);
        items(INST, "occurrenceInformationList", 2);
        items(INST, "occurrenceSpanInformations", 2);
        items(INST, "valueInformationList", 2);
        items(INST, "conditionCodesList", 2);
        items(INST, "conditionCodes", 12);
        items(BOTH, "reportInformations", 10);
        items(INST, "providers", 4);
        items(BOTH, "claimPaymentRemarkCode", 5);
    }
}
