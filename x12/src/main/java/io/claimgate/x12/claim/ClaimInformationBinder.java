package io.claimgate.x12.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.claimgate.x12.claim.ClaimKind.INSTITUTIONAL;
import static io.claimgate.x12.claim.ClaimKind.PROFESSIONAL;

/** Binds {@code claimInformation} (loop 2300 and, through {@link LineBinder}, the service lines). */
final class ClaimInformationBinder {
    /** HI qualifiers of ICD-10-CM (A...) and ICD-9-CM diagnoses. */
    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "ABJ", "APR", "ABN", "BK", "BF",
            "BJ", "PR", "BN");

    private ClaimInformationBinder() {
    }

    static ClaimInformation claimInformation(JsonFields f) {
        Ambulance ambulance = ambulance(f); // up to 3 CRC*07, as the 837P guide allows in 2300 and 2400
        f.notUsed("anesthesiaRelatedSurgicalProcedure",
                "claimPricingRepricingInformation", "claimPricingInformation",
                "patientConditionInformationVision", "treatmentCodeInformationList");
        ConditionIndicator epsdt = null;
        if (f.kind() == PROFESSIONAL) {
            epsdt = f.object("epsdtReferral", g -> new ConditionIndicator(
                    g.text("certificationConditionCodeAppliesIndicator"), g.texts("conditionCodes")));
        } else {
            f.notUsed("epsdtReferral"); // in the institutional schema, but the 837I has no EPSDT CRC
        }
        SpinalManipulation spinal = f.allowedFor(PROFESSIONAL, "spinalManipulationServiceInformation")
                ? f.object("spinalManipulationServiceInformation", g -> new SpinalManipulation(
                        g.text("patientConditionCode"), g.text("patientConditionDescription1"),
                        g.text("patientConditionDescription2"))) : null;
        ContractInformation contract = f.object("claimContractInformation", ClaimInformationBinder::contract);
        // K3: a string (837P fileInformation), or arrays (837P fileInformationList, 837I fileInformation)
        List<String> fileInformation = new ArrayList<>(f.texts("fileInformation"));
        fileInformation.addAll(f.texts("fileInformationList"));
        List<Note> notes = new ArrayList<>();
        if (f.allowedFor(PROFESSIONAL, "claimNote")) {
            f.object("claimNote", g -> {
                professionalNotes(g, notes);
                return notes;
            });
        }
        if (f.allowedFor(INSTITUTIONAL, "claimNotes")) {
            f.object("claimNotes", g -> {
                institutionalNotes(g, notes);
                return notes;
            });
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        List<String> conditionCodes = new ArrayList<>();
        if (f.allowedFor(PROFESSIONAL, "healthCareCodeInformation")) {
            diagnoses.addAll(f.objects("healthCareCodeInformation", false, g -> diagnosis(g, "diagnosisTypeCode",
                    "diagnosisCode", false)));
        }
        if (f.allowedFor(PROFESSIONAL, "conditionInformation")) {
            f.objects("conditionInformation", false, g -> conditionCodes.addAll(g.texts("conditionCodes")));
        }
        if (f.allowedFor(INSTITUTIONAL, "principalDiagnosis")) {
            add(diagnoses, f.object("principalDiagnosis", g -> diagnosis(g, "qualifierCode",
                    "principalDiagnosisCode", true)));
        }
        if (f.allowedFor(INSTITUTIONAL, "admittingDiagnosis")) {
            add(diagnoses, f.object("admittingDiagnosis", g -> diagnosis(g, "qualifierCode",
                    "admittingDiagnosisCode", false)));
        }
        if (f.allowedFor(INSTITUTIONAL, "patientReasonForVisits")) {
            diagnoses.addAll(f.objects("patientReasonForVisits", false, g -> diagnosis(g, "qualifierCode",
                    "patientReasonForVisitCode", false)));
        }
        if (f.allowedFor(INSTITUTIONAL, "externalCauseOfInjuries")) {
            diagnoses.addAll(f.objects("externalCauseOfInjuries", false, g -> diagnosis(g, "qualifierCode",
                    "externalCauseOfInjury", true)));
        }
        if (f.allowedFor(INSTITUTIONAL, "otherDiagnosisInformationList")) {
            diagnoses.addAll(f.objects("otherDiagnosisInformationList", false, g -> diagnosis(g, "qualifierCode",
                    "otherDiagnosisCode", true)));
        }
        if (f.allowedFor(INSTITUTIONAL, "principalProcedureInformation")) {
            add(procedures, f.object("principalProcedureInformation", g -> procedure(g, "principalProcedureCode",
                    "principalProcedureDate")));
        }
        if (f.allowedFor(INSTITUTIONAL, "otherProcedureInformationList")) {
            procedures.addAll(f.objects("otherProcedureInformationList", false, g -> procedure(g,
                    "otherProcedureCode", "otherProcedureDate")));
        }
        List<Occurrence> occurrences = List.of();
        List<OccurrenceSpan> spans = List.of();
        List<ValueInformation> values = List.of();
        String drg = null;
        InstitutionalCodes codes = null;
        if (f.allowedFor(INSTITUTIONAL, "occurrenceInformationList")) {
            occurrences = f.objects("occurrenceInformationList", false,
                    g -> new Occurrence(g.text("occurrenceSpanCode"), g.text("occurrenceSpanCodeDate")));
        }
        if (f.allowedFor(INSTITUTIONAL, "occurrenceSpanInformations")) {
            spans = f.objects("occurrenceSpanInformations", false, g -> new OccurrenceSpan(g.text("occurrenceSpanCode"),
                    g.text("occurrenceSpanCodeStartDate"), g.text("occurrenceSpanCodeEndDate")));
        }
        if (f.allowedFor(INSTITUTIONAL, "valueInformationList")) {
            values = f.objects("valueInformationList", false,
                    g -> new ValueInformation(g.text("valueCode"), g.decimal("valueCodeAmount")));
        }
        if (f.allowedFor(INSTITUTIONAL, "conditionCodesList")) {
            f.objects("conditionCodesList", false, g -> add(conditionCodes, g.text("conditionCode")));
        }
        if (f.allowedFor(INSTITUTIONAL, "conditionCodes")) {
            conditionCodes.addAll(f.texts("conditionCodes"));
        }
        if (f.allowedFor(INSTITUTIONAL, "diagnosisRelatedGroupInformation")) {
            drg = f.object("diagnosisRelatedGroupInformation", g -> g.text("drugRelatedGroupCode"));
        }
        if (f.allowedFor(INSTITUTIONAL, "claimCodeInformation")) {
            codes = f.object("claimCodeInformation", g -> new InstitutionalCodes(g.text("admissionTypeCode"),
                    g.text("admissionSourceCode"), g.text("patientStatusCode")));
        }
        List<String> relatedCauses = f.allowedFor(PROFESSIONAL, "relatedCausesCode") ? f.texts("relatedCausesCode")
                : List.of();
        Boolean signatureSource = f.allowedFor(PROFESSIONAL, "patientSignatureSourceCode")
                ? f.bool("patientSignatureSourceCode") : null;
        Boolean homebound = f.allowedFor(PROFESSIONAL, "homeboundIndicator") ? f.bool("homeboundIndicator") : null;

        return new ClaimInformation(f.text("claimFilingCode"), f.text("patientControlNumber"),
                f.decimal("claimChargeAmount"), f.text("placeOfServiceCode"), f.text("claimFrequencyCode"),
                f.text("signatureIndicator"), f.text("planParticipationCode"),
                f.text("benefitsAssignmentCertificationIndicator"), f.text("releaseInformationCode"),
                signatureSource, relatedCauses, f.textFor(PROFESSIONAL, "autoAccidentStateCode"),
                f.textFor(PROFESSIONAL, "autoAccidentCountryCode"), f.textFor(PROFESSIONAL, "specialProgramCode"),
                f.text("delayReasonCode"), f.textFor(PROFESSIONAL, "pregnancyIndicator"), homebound,
                f.decimal("patientAmountPaid"),
                f.allowedFor(INSTITUTIONAL, "patientEstimatedAmountDue") ? f.decimal("patientEstimatedAmountDue") : null,
                f.text("propertyCasualtyClaimNumber"), f.text("patientWeight"), f.textFor(PROFESSIONAL, "deathDate"),
                f.object("claimDateInformation", ClaimInformationBinder::dates),
                f.object("claimSupplementalInformation", ClaimInformationBinder::supplemental), notes,
                f.textFor(INSTITUTIONAL, "billingNote"), diagnoses, procedures, occurrences, spans, values,
                conditionCodes, drg, codes, f.object("serviceFacilityLocation", PartyBinder::facility),
                f.objects("otherSubscriberInformation", true, CobBinder::otherSubscriber),
                f.objects("serviceLines", false, LineBinder::serviceLine), contract, fileInformation, spinal, epsdt,
                ambulance);
    }

    /** The 837P ambulance fields of a claim or a line; null when none is sent. */
    static Ambulance ambulance(JsonFields f) {
        Ambulance transport = f.allowedFor(PROFESSIONAL, "ambulanceTransportInformation")
                ? f.object("ambulanceTransportInformation", g -> new Ambulance(g.decimal("patientWeightInPounds"),
                        g.text("ambulanceTransportReasonCode"), g.decimal("transportDistanceInMiles"),
                        g.text("roundTripPurposeDescription"), g.text("stretcherPurposeDescription"), List.of(), null, null))
                : null;
        List<ConditionIndicator> certifications = f.allowedFor(PROFESSIONAL, "ambulanceCertification")
                ? f.objects("ambulanceCertification", false, g -> new ConditionIndicator(
                        g.text("certificationConditionIndicator"), g.texts("conditionCodes")))
                : List.of();
        Address pickUp = f.allowedFor(PROFESSIONAL, "ambulancePickUpLocation")
                ? f.object("ambulancePickUpLocation", PartyBinder::address) : null;
        Address dropOff = f.allowedFor(PROFESSIONAL, "ambulanceDropOffLocation")
                ? f.object("ambulanceDropOffLocation", PartyBinder::address) : null;
        if (transport == null && certifications.isEmpty() && pickUp == null && dropOff == null) {
            return null;
        }
        return transport == null ? new Ambulance(null, null, null, null, null, certifications, pickUp, dropOff)
                : new Ambulance(transport.patientWeightInPounds(), transport.ambulanceTransportReasonCode(),
                        transport.transportDistanceInMiles(), transport.roundTripPurposeDescription(),
                        transport.stretcherPurposeDescription(), certifications, pickUp, dropOff);
    }

    static ContractInformation contract(JsonFields g) {
        return new ContractInformation(g.text("contractTypeCode"), g.decimal("contractAmount"),
                g.decimal("contractPercentage"), g.text("contractCode"), g.decimal("termsDiscountPercentage"),
                g.text("contractVersionIdentifier"));
    }

    private static <T> boolean add(List<T> list, T t) {
        if (t != null) {
            list.add(t);
        }
        return true;
    }

    private static Diagnosis diagnosis(JsonFields g, String qualifierField, String codeField, boolean poa) {
        String q = g.text(qualifierField);
        String code = diagnosisCode(g, q, g.text(codeField), codeField);
        String presentOnAdmission = poa ? g.text("presentOnAdmissionIndicator") : null;
        return q == null ? null : new Diagnosis(q, code, presentOnAdmission);
    }

    /**
     * A diagnosis code with the dot of its printed form ({@code E11.65}: the 837 implies it) or in lower case
     * is bound as the 837 carries it, with a NORMALIZED warning, when the dot is where the code set puts it
     * and what is left is a code of the qualifier's set ({@link Repairs#diagnosis}); any other code is bound
     * as sent (and judged by {@link CodeSetRules}).
     */
    private static String diagnosisCode(JsonFields g, String qualifier, String code, String codeField) {
        if (code == null || qualifier == null || !Repairs.diagnosisNeedsLook(code)
                || !DIAGNOSIS_QUALIFIERS.contains(qualifier)) {
            return code;
        }
        String fixed = Repairs.diagnosis(qualifier, code);
        if (fixed == null) {
            return code;
        }
        g.warn(ClaimIssue.Code.NORMALIZED, g.path(codeField), code.indexOf('.') >= 0
                ? "a diagnosis code with the dot of its printed form; sent without it (the 837 implies the dot)"
                : "a diagnosis code in lower case; sent in upper case");
        return fixed;
    }

    private static Procedure procedure(JsonFields g, String codeField, String dateField) {
        String q = g.text("qualifierCode");
        String code = g.text(codeField);
        String date = g.text(dateField);
        return q == null ? null : new Procedure(q, code, date);
    }

    private static void professionalNotes(JsonFields g, List<Note> notes) {
        note(notes, "ADD", g.text("additionalInformation"));
        note(notes, "CER", g.text("certificationNarrative"));
        note(notes, "DCP", g.text("goalRehabOrDischargePlans"));
        note(notes, "DGN", g.text("diagnosisDescription"));
        note(notes, "TPO", g.text("thirdPartOrgNotes"));
    }

    private static void institutionalNotes(JsonFields g, List<Note> notes) {
        String[][] codes = {
            {"additionalInformation", "ADD"}, {"allergies", "ALG"}, {"goalRehabOrDischargePlans", "DCP"},
            {"diagnosisDescription", "DGN"}, {"dme", "DME"}, {"medications", "MED"},
            {"nutritionalRequirments", "NTR"}, {"ordersForDiscipLinesAndTreatments", "ODT"},
            {"functionalLimitsOrReasonHomebound", "RHB"}, {"reasonsPatientLeavesHome", "RLH"},
            {"timesAndReasonsPatientNotAtHome", "RNH"}, {"unusualHomeOrSocialEnv", "SET"},
            {"safetyMeasures", "SFM"}, {"supplementalPlanOfTreatment", "SPT"}, {"updatedInformation", "UPI"},
        };
        for (String[] c : codes) {
            for (String text : g.texts(c[0])) {
                note(notes, c[1], text);
            }
        }
    }

    static void note(List<Note> notes, String code, String text) {
        if (text != null) {
            notes.add(new Note(code, text));
        }
    }

    private static ClaimDates dates(JsonFields g) {
        return new ClaimDates(g.text("symptomDate"), g.text("initialTreatmentDate"), g.text("lastSeenDate"),
                g.text("acuteManifestationDate"), g.text("accidentDate"), g.text("lastMenstrualPeriodDate"),
                g.text("lastXRayDate"), g.text("hearingAndVisionPrescriptionDate"), g.text("disabilityBeginDate"),
                g.text("disabilityEndDate"), g.text("lastWorkedDate"), g.text("authorizedReturnToWorkDate"),
                g.text("admissionDate"), g.text("dischargeDate"), g.text("assumedAndRelinquishedCareBeginDate"),
                g.text("assumedAndRelinquishedCareEndDate"), g.text("firstContactDate"),
                g.text("repricerReceivedDate"), g.text("statementBeginDate"), g.text("statementEndDate"),
                g.text("admissionDateAndHour"), g.text("dischargeHour"));
    }

    private static ClaimSupplementalInformation supplemental(JsonFields g) {
        List<Attachment> attachments = new ArrayList<>();
        add(attachments, g.object("reportInformation", ClaimInformationBinder::attachment));
        attachments.addAll(g.objects("reportInformations", false, ClaimInformationBinder::attachment));
        return new ClaimSupplementalInformation(g.text("priorAuthorizationNumber"), g.text("referralNumber"),
                g.text("claimControlNumber"), g.text("medicalRecordNumber"), g.text("cliaNumber"),
                g.text("repricedClaimNumber"), g.text("adjustedRepricedClaimNumber", "adjustedRepricedClaimRefNumber"),
                g.text("investigationalDeviceExemptionNumber"), g.text("claimNumber"),
                g.text("mammographyCertificationNumber"), g.text("medicareCrossoverReferenceId"),
                g.text("carePlanOversightNumber"), g.text("demoProjectIdentifier"),
                g.text("serviceAuthorizationExceptionCode"), g.text("peerReviewAuthorizationNumber"),
                g.text("autoAccidentState"), attachments);
    }

    static Attachment attachment(JsonFields g) {
        return new Attachment(g.text("attachmentReportTypeCode"), g.text("attachmentTransmissionCode"),
                g.text("attachmentControlNumber"), g.text("attachmentId"));
    }
}
