package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import static io.claimgate.x12.claim.ClaimJsonWriter.address;
import static io.claimgate.x12.claim.ClaimJsonWriter.put;
import static io.claimgate.x12.claim.ClaimJsonWriter.references;
import static io.claimgate.x12.claim.ClaimJsonWriter.texts;

/**
 * Writes {@code claimInformation} (loop 2300) for {@link ClaimJsonWriter}, the reverse of
 * {@link ClaimInformationBinder}: the professional or the institutional spelling of each field by the
 * claim's kind; the other subscribers and service lines through {@link LineJsonWriter}.
 */
final class ClaimInformationJsonWriter {
    /** Institutional claim notes (NTE01 code -> JSON field of {@code claimNotes}), as the binder reads them. */
    private static final String[][] INSTITUTIONAL_NOTES = {
        {"ADD", "additionalInformation"}, {"ALG", "allergies"}, {"DCP", "goalRehabOrDischargePlans"},
        {"DGN", "diagnosisDescription"}, {"DME", "dme"}, {"MED", "medications"}, {"NTR", "nutritionalRequirments"},
        {"ODT", "ordersForDiscipLinesAndTreatments"}, {"RHB", "functionalLimitsOrReasonHomebound"},
        {"RLH", "reasonsPatientLeavesHome"}, {"RNH", "timesAndReasonsPatientNotAtHome"},
        {"SET", "unusualHomeOrSocialEnv"}, {"SFM", "safetyMeasures"}, {"SPT", "supplementalPlanOfTreatment"},
        {"UPI", "updatedInformation"},
    };
    /** Professional claim notes: one field per code. */
    private static final String[][] PROFESSIONAL_NOTES = {
        {"ADD", "additionalInformation"}, {"CER", "certificationNarrative"}, {"DCP", "goalRehabOrDischargePlans"},
        {"DGN", "diagnosisDescription"}, {"TPO", "thirdPartOrgNotes"},
    };

    private ClaimInformationJsonWriter() {
    }

    static void claimInformation(ObjectNode n, ClaimInformation c, ClaimKind kind) {
        boolean prof = kind == ClaimKind.PROFESSIONAL;
        put(n, "claimFilingCode", c.claimFilingCode());
        put(n, "patientControlNumber", c.patientControlNumber());
        put(n, "claimChargeAmount", c.claimChargeAmount());
        put(n, "placeOfServiceCode", c.placeOfServiceCode());
        put(n, "claimFrequencyCode", c.claimFrequencyCode());
        put(n, "signatureIndicator", c.signatureIndicator());
        put(n, "planParticipationCode", c.planParticipationCode());
        put(n, "benefitsAssignmentCertificationIndicator", c.benefitsAssignmentCertificationIndicator());
        put(n, "releaseInformationCode", c.releaseInformationCode());
        put(n, "delayReasonCode", c.delayReasonCode());
        put(n, "patientAmountPaid", c.patientAmountPaid());
        put(n, "propertyCasualtyClaimNumber", c.propertyCasualtyClaimNumber());
        put(n, "patientWeight", c.patientWeight());
        if (prof) {
            put(n, "patientSignatureSourceCode", c.patientSignatureSourceCode());
            texts(n, "relatedCausesCode", c.relatedCausesCode());
            put(n, "autoAccidentStateCode", c.autoAccidentStateCode());
            put(n, "autoAccidentCountryCode", c.autoAccidentCountryCode());
            put(n, "specialProgramCode", c.specialProgramCode());
            put(n, "pregnancyIndicator", c.pregnancyIndicator());
            put(n, "homeboundIndicator", c.homeboundIndicator());
            put(n, "deathDate", c.deathDate());
        } else {
            put(n, "patientEstimatedAmountDue", c.patientEstimatedAmountDue());
            put(n, "billingNote", c.billingNote());
        }
        if (c.claimDateInformation() != null) {
            dates(n.putObject("claimDateInformation"), c.claimDateInformation());
        }
        if (c.claimSupplementalInformation() != null) {
            supplemental(n.putObject("claimSupplementalInformation"), c.claimSupplementalInformation());
        }
        notes(n, c.notes(), prof);
        if (prof) {
            if (!c.diagnoses().isEmpty()) {
                ArrayNode a = n.putArray("healthCareCodeInformation");
                for (Diagnosis d : c.diagnoses()) {
                    ObjectNode e = a.addObject();
                    put(e, "diagnosisTypeCode", d.qualifier());
                    put(e, "diagnosisCode", d.code());
                }
            }
            if (!c.conditionCodes().isEmpty()) {
                texts(n.putArray("conditionInformation").addObject(), "conditionCodes", c.conditionCodes());
            }
        } else {
            institutionalCodes(n, c);
        }
        if (c.serviceFacilityLocation() != null) {
            facility(n.putObject("serviceFacilityLocation"), c.serviceFacilityLocation());
        }
        if (!c.otherSubscribers().isEmpty()) {
            ArrayNode a = n.putArray("otherSubscriberInformation");
            c.otherSubscribers().forEach(o -> LineJsonWriter.otherSubscriber(a.addObject(), o));
        }
        if (prof) {
            ambulance(n, c.ambulance());
            if (c.spinalManipulation() != null) {
                SpinalManipulation m = c.spinalManipulation();
                ObjectNode e = n.putObject("spinalManipulationServiceInformation");
                put(e, "patientConditionCode", m.patientConditionCode());
                put(e, "patientConditionDescription1", m.patientConditionDescription1());
                put(e, "patientConditionDescription2", m.patientConditionDescription2());
            }
            if (c.epsdtReferral() != null) {
                ObjectNode e = n.putObject("epsdtReferral");
                put(e, "certificationConditionCodeAppliesIndicator", c.epsdtReferral().certificationConditionIndicator());
                texts(e, "conditionCodes", c.epsdtReferral().conditionCodes());
            }
        }
        if (c.contractInformation() != null) {
            contract(n.putObject("claimContractInformation"), c.contractInformation());
        }
        if (!c.fileInformation().isEmpty()) {
            // 837P: fileInformationList (fileInformation is a single string there); 837I: fileInformation[]
            texts(n, prof ? "fileInformationList" : "fileInformation", c.fileInformation());
        }
        if (!c.serviceLines().isEmpty()) {
            ArrayNode a = n.putArray("serviceLines");
            c.serviceLines().forEach(l -> LineJsonWriter.serviceLine(a.addObject(), l, kind));
        }
    }

    /** The 837P ambulance fields of a claim (2300 CR1, CRC*07, 2310E/F) or a line (2400 CR1, CRC*07, 2420G/H). */
    static void ambulance(ObjectNode n, Ambulance a) {
        if (a == null) {
            return;
        }
        if (a.patientWeightInPounds() != null || a.ambulanceTransportReasonCode() != null
                || a.transportDistanceInMiles() != null || a.roundTripPurposeDescription() != null
                || a.stretcherPurposeDescription() != null) {
            ObjectNode e = n.putObject("ambulanceTransportInformation");
            put(e, "patientWeightInPounds", a.patientWeightInPounds());
            put(e, "ambulanceTransportReasonCode", a.ambulanceTransportReasonCode());
            put(e, "transportDistanceInMiles", a.transportDistanceInMiles());
            put(e, "roundTripPurposeDescription", a.roundTripPurposeDescription());
            put(e, "stretcherPurposeDescription", a.stretcherPurposeDescription());
        }
        if (!a.certifications().isEmpty()) {
            ArrayNode list = n.putArray("ambulanceCertification");
            for (ConditionIndicator ci : a.certifications()) {
                ObjectNode e = list.addObject();
                put(e, "certificationConditionIndicator", ci.certificationConditionIndicator());
                texts(e, "conditionCodes", ci.conditionCodes());
            }
        }
        address(n, "ambulancePickUpLocation", a.pickUpLocation());
        address(n, "ambulanceDropOffLocation", a.dropOffLocation());
    }

    /** CN1 as {@code claimContractInformation} (2300) or a line's {@code contractInformation} (2400). */
    static void contract(ObjectNode e, ContractInformation c) {
        put(e, "contractTypeCode", c.contractTypeCode());
        put(e, "contractAmount", c.contractAmount());
        put(e, "contractPercentage", c.contractPercentage());
        put(e, "contractCode", c.contractCode());
        put(e, "termsDiscountPercentage", c.termsDiscountPercentage());
        put(e, "contractVersionIdentifier", c.contractVersionIdentifier());
    }

    private static void notes(ObjectNode n, List<Note> notes, boolean prof) {
        if (notes.isEmpty()) {
            return;
        }
        ObjectNode o = n.putObject(prof ? "claimNote" : "claimNotes");
        for (String[] code : prof ? PROFESSIONAL_NOTES : INSTITUTIONAL_NOTES) {
            List<String> texts = notes.stream().filter(t -> t.code().equals(code[0])).map(Note::text).toList();
            if (texts.isEmpty()) {
                continue;
            }
            if (prof) {
                // One field per code: the first note of the code.
                put(o, code[1], texts.get(0));
            } else {
                texts(o, code[1], texts);
            }
        }
    }

    private static void institutionalCodes(ObjectNode n, ClaimInformation c) {
        ArrayNode reasons = null;
        ArrayNode external = null;
        ArrayNode other = null;
        for (Diagnosis d : c.diagnoses()) {
            if (d.isPrincipal()) {
                diagnosis(n.putObject("principalDiagnosis"), d, "principalDiagnosisCode", true);
            } else if (d.isAdmitting()) {
                diagnosis(n.putObject("admittingDiagnosis"), d, "admittingDiagnosisCode", false);
            } else if (d.isReasonForVisit()) {
                reasons = reasons != null ? reasons : n.putArray("patientReasonForVisits");
                diagnosis(reasons.addObject(), d, "patientReasonForVisitCode", false);
            } else if (d.isExternalCause()) {
                external = external != null ? external : n.putArray("externalCauseOfInjuries");
                diagnosis(external.addObject(), d, "externalCauseOfInjury", true);
            } else {
                other = other != null ? other : n.putArray("otherDiagnosisInformationList");
                diagnosis(nextOfTwelve(other), d, "otherDiagnosisCode", true);
            }
        }
        ArrayNode otherProcedures = null;
        boolean principalWritten = false;
        for (Procedure p : c.procedures()) {
            if (p.isPrincipal() && !principalWritten) {
                procedure(n.putObject("principalProcedureInformation"), p, "principalProcedureCode", "principalProcedureDate");
                principalWritten = true;
            } else {
                otherProcedures = otherProcedures != null ? otherProcedures : n.putArray("otherProcedureInformationList");
                procedure(nextOfTwelve(otherProcedures), p, "otherProcedureCode", "otherProcedureDate");
            }
        }
        if (!c.occurrences().isEmpty()) {
            ArrayNode a = n.putArray("occurrenceInformationList");
            for (Occurrence o : c.occurrences()) {
                ObjectNode e = nextOfTwelve(a);
                put(e, "occurrenceSpanCode", o.code());
                put(e, "occurrenceSpanCodeDate", o.date());
            }
        }
        if (!c.occurrenceSpans().isEmpty()) {
            ArrayNode a = n.putArray("occurrenceSpanInformations");
            for (OccurrenceSpan o : c.occurrenceSpans()) {
                ObjectNode e = nextOfTwelve(a);
                put(e, "occurrenceSpanCode", o.code());
                put(e, "occurrenceSpanCodeStartDate", o.startDate());
                put(e, "occurrenceSpanCodeEndDate", o.endDate());
            }
        }
        if (!c.values().isEmpty()) {
            ArrayNode a = n.putArray("valueInformationList");
            for (ValueInformation v : c.values()) {
                ObjectNode e = nextOfTwelve(a);
                put(e, "valueCode", v.code());
                put(e, "valueCodeAmount", v.amount());
            }
        }
        if (!c.conditionCodes().isEmpty()) {
            ArrayNode a = n.putArray("conditionCodesList");
            c.conditionCodes().forEach(code -> nextOfTwelve(a).put("conditionCode", code));
        }
        if (c.drgCode() != null) {
            n.putObject("diagnosisRelatedGroupInformation").put("drugRelatedGroupCode", c.drgCode());
        }
        if (c.institutionalCodes() != null) {
            ObjectNode e = n.putObject("claimCodeInformation");
            put(e, "admissionTypeCode", c.institutionalCodes().admissionTypeCode());
            put(e, "admissionSourceCode", c.institutionalCodes().admissionSourceCode());
            put(e, "patientStatusCode", c.institutionalCodes().patientStatusCode());
        }
    }

    /**
     * The next entry of an institutional {@code ...List} field: an array of arrays, each inner array one HI
     * segment of at most 12 composites.
     */
    private static ObjectNode nextOfTwelve(ArrayNode outer) {
        ArrayNode inner = outer.isEmpty() || outer.get(outer.size() - 1).size() >= 12 ? outer.addArray()
                : (ArrayNode) outer.get(outer.size() - 1);
        return inner.addObject();
    }

    private static void diagnosis(ObjectNode e, Diagnosis d, String codeField, boolean poa) {
        put(e, "qualifierCode", d.qualifier());
        put(e, codeField, d.code());
        if (poa) {
            put(e, "presentOnAdmissionIndicator", d.presentOnAdmission());
        }
    }

    private static void procedure(ObjectNode e, Procedure p, String codeField, String dateField) {
        put(e, "qualifierCode", p.qualifier());
        put(e, codeField, p.code());
        put(e, dateField, p.date());
    }

    private static void dates(ObjectNode n, ClaimDates d) {
        put(n, "symptomDate", d.symptomDate());
        put(n, "initialTreatmentDate", d.initialTreatmentDate());
        put(n, "lastSeenDate", d.lastSeenDate());
        put(n, "acuteManifestationDate", d.acuteManifestationDate());
        put(n, "accidentDate", d.accidentDate());
        put(n, "lastMenstrualPeriodDate", d.lastMenstrualPeriodDate());
        put(n, "lastXRayDate", d.lastXRayDate());
        put(n, "hearingAndVisionPrescriptionDate", d.hearingAndVisionPrescriptionDate());
        put(n, "disabilityBeginDate", d.disabilityBeginDate());
        put(n, "disabilityEndDate", d.disabilityEndDate());
        put(n, "lastWorkedDate", d.lastWorkedDate());
        put(n, "authorizedReturnToWorkDate", d.authorizedReturnToWorkDate());
        put(n, "admissionDate", d.admissionDate());
        put(n, "dischargeDate", d.dischargeDate());
        put(n, "assumedAndRelinquishedCareBeginDate", d.assumedAndRelinquishedCareBeginDate());
        put(n, "assumedAndRelinquishedCareEndDate", d.assumedAndRelinquishedCareEndDate());
        put(n, "firstContactDate", d.firstContactDate());
        put(n, "repricerReceivedDate", d.repricerReceivedDate());
        put(n, "statementBeginDate", d.statementBeginDate());
        put(n, "statementEndDate", d.statementEndDate());
        put(n, "admissionDateAndHour", d.admissionDateAndHour());
        put(n, "dischargeHour", d.dischargeHour());
    }

    private static void supplemental(ObjectNode n, ClaimSupplementalInformation s) {
        put(n, "priorAuthorizationNumber", s.priorAuthorizationNumber());
        put(n, "referralNumber", s.referralNumber());
        put(n, "claimControlNumber", s.claimControlNumber());
        put(n, "medicalRecordNumber", s.medicalRecordNumber());
        put(n, "cliaNumber", s.cliaNumber());
        put(n, "repricedClaimNumber", s.repricedClaimNumber());
        put(n, "adjustedRepricedClaimNumber", s.adjustedRepricedClaimNumber());
        put(n, "investigationalDeviceExemptionNumber", s.investigationalDeviceExemptionNumber());
        put(n, "claimNumber", s.claimNumber());
        put(n, "mammographyCertificationNumber", s.mammographyCertificationNumber());
        put(n, "medicareCrossoverReferenceId", s.medicareCrossoverReferenceId());
        put(n, "carePlanOversightNumber", s.carePlanOversightNumber());
        put(n, "demoProjectIdentifier", s.demoProjectIdentifier());
        put(n, "serviceAuthorizationExceptionCode", s.serviceAuthorizationExceptionCode());
        put(n, "peerReviewAuthorizationNumber", s.peerReviewAuthorizationNumber());
        put(n, "autoAccidentState", s.autoAccidentState());
        LineJsonWriter.attachments(n, "reportInformations", s.attachments());
    }

    static void facility(ObjectNode n, Facility f) {
        put(n, "organizationName", f.organizationName());
        put(n, "npi", f.npi());
        address(n, "address", f.address());
        references(n, "secondaryIdentifier", f.secondaryIdentifiers());
        put(n, "phoneName", f.phoneName());
        put(n, "phoneNumber", f.phoneNumber());
        put(n, "phoneExtension", f.phoneExtension());
    }
}
