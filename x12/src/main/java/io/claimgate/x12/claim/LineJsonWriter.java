package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import static io.claimgate.x12.claim.ClaimJsonWriter.address;
import static io.claimgate.x12.claim.ClaimJsonWriter.put;
import static io.claimgate.x12.claim.ClaimJsonWriter.references;
import static io.claimgate.x12.claim.ClaimJsonWriter.texts;

/**
 * Writes the service lines (loop 2400 with 2410, 2420x, 2430) and the other subscribers (2320/2330x) for
 * {@link ClaimJsonWriter}: the reverse of {@link LineBinder} and {@link CobBinder}.
 */
final class LineJsonWriter {
    /** Line REF qualifiers with a single field of {@code serviceLineReferenceInformation}, in the binder's order. */
    private static final String[][] LINE_REFERENCES = {
        {"X4", "clinicalLaboratoryImprovementAmendmentNumber"}, {"F4", "referringCliaNumber"},
        {"BT", "immunizationBatchNumber"}, {"EW", "mammographyCertificationNumber"},
        {"9B", "repricedLineItemReferenceNumber"}, {"9D", "adjustedRepricedLineItemReferenceNumber"},
    };

    private LineJsonWriter() {
    }

    static void serviceLine(ObjectNode n, ServiceLine l, ClaimKind kind) {
        boolean prof = kind == ClaimKind.PROFESSIONAL;
        put(n, "assignedNumber", l.assignedNumber());
        put(n, "providerControlNumber", l.lineItemControlNumber());
        put(n, "serviceDate", l.serviceDate());
        put(n, "serviceDateEnd", l.serviceDateEnd());
        if (l.professionalService() != null) {
            professional(n.putObject("professionalService"), l.professionalService());
        }
        if (l.institutionalService() != null) {
            institutional(n.putObject("institutionalService"), l.institutionalService());
        }
        if (l.drugIdentification() != null) {
            Drug d = l.drugIdentification();
            ObjectNode e = n.putObject("drugIdentification");
            put(e, "serviceIdQualifier", d.serviceIdQualifier());
            put(e, "nationalDrugCode", d.nationalDrugCode());
            put(e, "nationalDrugUnitCount", d.unitCount());
            put(e, "measurementUnitCode", d.measurementUnitCode());
            put(e, "linkSequenceNumber", d.linkSequenceNumber());
            put(e, "pharmacyPrescriptionNumber", d.pharmacyPrescriptionNumber());
        }
        for (Provider p : l.providers()) {
            ClaimJsonWriter.provider(n.putObject(lineProviderName(p.role())), p);
        }
        if (l.serviceFacilityLocation() != null) {
            ClaimInformationJsonWriter.facility(n.putObject("serviceFacilityLocation"), l.serviceFacilityLocation());
        }
        if (!l.lineAdjudications().isEmpty()) {
            ArrayNode a = n.putArray("lineAdjudicationInformation");
            l.lineAdjudications().forEach(j -> adjudication(a.addObject(), j));
        }
        if (l.dates() != null) {
            ServiceLineDates d = l.dates();
            ObjectNode e = n.putObject("serviceLineDateInformation");
            put(e, "prescriptionDate", d.prescriptionDate());
            put(e, "certificationRevisionOrRecertificationDate", d.certificationRevisionOrRecertificationDate());
            put(e, "beginTherapyDate", d.beginTherapyDate());
            put(e, "lastCertificationDate", d.lastCertificationDate());
            put(e, "treatmentOrTherapyDate", d.treatmentOrTherapyDate());
            put(e, "hemoglobinTestDate", d.hemoglobinTestDate());
            put(e, "serumCreatineTestDate", d.serumCreatineTestDate());
            put(e, "shippedDate", d.shippedDate());
            put(e, "lastXRayDate", d.lastXRayDate());
            put(e, "initialTreatmentDate", d.initialTreatmentDate());
        }
        lineReferences(n, l.references());
        for (Note note : l.notes()) {
            String field = switch (note.code()) {
                case "ADD" -> prof ? "additionalNotes" : "lineNoteText";
                case "DCP" -> prof ? "goalRehabOrDischargePlans" : null;
                case "TPO" -> "thirdPartyOrganizationNotes";
                default -> null;
            };
            if (field != null && !n.has(field)) {
                n.put(field, note.text());
            }
        }
        attachments(n, "serviceLineSupplementalInformations", l.attachments());
        if (prof) {
            put(n, "salesTaxAmount", l.salesTaxAmount());
            put(n, "postageTaxAmount", l.postageTaxAmount());
            put(n, "hospiceEmployeeIndicator", l.hospiceEmployeeIndicator());
            put(n, "ambulancePatientCount", l.ambulancePatientCount());
            put(n, "obstetricAnesthesiaAdditionalUnits", l.obstetricAnesthesiaAdditionalUnits());
            if (!l.testResults().isEmpty()) {
                ArrayNode a = n.putArray("testResults");
                for (TestResult t : l.testResults()) {
                    ObjectNode e = a.addObject();
                    put(e, "measurementReferenceIdentificationCode", t.measurementReferenceIdentificationCode());
                    put(e, "measurementQualifier", t.measurementQualifier());
                    put(e, "testResults", t.testResults());
                }
            }
            ClaimInformationJsonWriter.ambulance(n, l.ambulance());
            durableMedicalEquipment(n, l.durableMedicalEquipment());
            if (l.purchasedService() != null) {
                ObjectNode e = n.putObject("purchasedServiceInformation");
                put(e, "purchasedServiceProviderIdentifier", l.purchasedService().purchasedServiceProviderIdentifier());
                put(e, "purchasedServiceChargeAmount", l.purchasedService().purchasedServiceChargeAmount());
            }
            if (l.contractInformation() != null) {
                ClaimInformationJsonWriter.contract(n.putObject("contractInformation"), l.contractInformation());
            }
        } else {
            put(n, "serviceTaxAmount", l.serviceTaxAmount());
            put(n, "facilityTaxAmount", l.facilityTaxAmount());
        }
    }

    private static void professional(ObjectNode e, ProfessionalService s) {
        put(e, "procedureIdentifier", s.procedureIdentifier());
        put(e, "procedureCode", s.procedureCode());
        texts(e, "procedureModifiers", s.procedureModifiers());
        put(e, "description", s.description());
        put(e, "lineItemChargeAmount", s.lineItemChargeAmount());
        put(e, "measurementUnit", s.measurementUnit());
        put(e, "serviceUnitCount", s.serviceUnitCount());
        put(e, "placeOfServiceCode", s.placeOfServiceCode());
        if (!s.diagnosisCodePointers().isEmpty()) {
            texts(e.putObject("compositeDiagnosisCodePointers"), "diagnosisCodePointers", s.diagnosisCodePointers());
        }
        put(e, "emergencyIndicator", s.emergencyIndicator());
        put(e, "epsdtIndicator", s.epsdtIndicator());
        put(e, "familyPlanningIndicator", s.familyPlanningIndicator());
        put(e, "copayStatusCode", s.copayStatusCode());
    }

    private static void institutional(ObjectNode e, InstitutionalService s) {
        put(e, "serviceLineRevenueCode", s.serviceLineRevenueCode());
        put(e, "procedureIdentifier", s.procedureIdentifier());
        put(e, "procedureCode", s.procedureCode());
        texts(e, "procedureModifiers", s.procedureModifiers());
        put(e, "description", s.description());
        put(e, "lineItemChargeAmount", s.lineItemChargeAmount());
        put(e, "measurementUnit", s.measurementUnit());
        put(e, "serviceUnitCount", s.serviceUnitCount());
        put(e, "nonCoveredChargeAmount", s.nonCoveredChargeAmount());
    }

    /** {@code serviceLineReferenceInformation}: prior authorizations (G1) and referrals (9F) as lists, the rest one each. */
    private static void lineReferences(ObjectNode n, List<ReferenceId> refs) {
        if (refs.isEmpty()) {
            return;
        }
        ObjectNode e = n.putObject("serviceLineReferenceInformation");
        List<ReferenceId> priorAuthorizations = refs.stream().filter(r -> r.qualifier().equals("G1")).toList();
        if (!priorAuthorizations.isEmpty()) {
            ArrayNode a = e.putArray("priorAuthorization");
            priorAuthorizations.forEach(r -> put(a.addObject(), "priorAuthorizationOrReferralNumber", r.identifier()));
        }
        texts(e, "referralNumber", refs.stream().filter(r -> r.qualifier().equals("9F")).map(ReferenceId::identifier)
                .filter(java.util.Objects::nonNull).toList());
        for (String[] q : LINE_REFERENCES) {
            refs.stream().filter(r -> r.qualifier().equals(q[0])).findFirst().ifPresent(r -> put(e, q[1], r.identifier()));
        }
    }

    static void attachments(ObjectNode n, String name, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        ArrayNode a = n.putArray(name);
        for (Attachment t : attachments) {
            ObjectNode e = a.addObject();
            put(e, "attachmentReportTypeCode", t.reportTypeCode());
            put(e, "attachmentTransmissionCode", t.transmissionCode());
            put(e, "attachmentControlNumber", t.controlNumber());
            put(e, "attachmentId", t.attachmentId());
        }
    }

    private static void adjudication(ObjectNode e, LineAdjudication j) {
        put(e, "otherPayerPrimaryIdentifier", j.otherPayerPrimaryIdentifier());
        put(e, "serviceLinePaidAmount", j.serviceLinePaidAmount());
        put(e, "serviceIdQualifier", j.serviceIdQualifier());
        put(e, "procedureCode", j.procedureCode());
        texts(e, "procedureModifier", j.procedureModifiers());
        put(e, "procedureCodeDescription", j.procedureCodeDescription());
        put(e, "serviceLineRevenueCode", j.serviceLineRevenueCode());
        put(e, "paidServiceUnitCount", j.paidServiceUnitCount());
        put(e, "bundledOrUnbundledLineNumber", j.bundledLineNumber());
        adjustmentGroups(e, "claimAdjustmentInformation", j.adjustments());
        put(e, "adjudicationOrPaymentDate", j.adjudicationOrPaymentDate());
        put(e, "remainingPatientLiability", j.remainingPatientLiability());
    }

    private static void adjustmentGroups(ObjectNode n, String name, List<AdjustmentGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        ArrayNode a = n.putArray(name);
        for (AdjustmentGroup g : groups) {
            ObjectNode e = a.addObject();
            put(e, "adjustmentGroupCode", g.groupCode());
            if (!g.adjustments().isEmpty()) {
                ArrayNode d = e.putArray("adjustmentDetails");
                for (Adjustment x : g.adjustments()) {
                    ObjectNode o = d.addObject();
                    put(o, "adjustmentReasonCode", x.reasonCode());
                    put(o, "adjustmentAmount", x.amount());
                    put(o, "adjustmentQuantity", x.quantity());
                }
            }
        }
    }

    static void otherSubscriber(ObjectNode n, OtherSubscriber s) {
        put(n, "paymentResponsibilityLevelCode", s.paymentResponsibilityLevelCode());
        put(n, "individualRelationshipCode", s.individualRelationshipCode());
        put(n, "insuranceGroupOrPolicyNumber", s.groupOrPolicyNumber());
        put(n, "otherInsuredGroupName", s.otherInsuredGroupName());
        put(n, "insuranceTypeCode", s.insuranceTypeCode());
        put(n, "claimFilingIndicatorCode", s.claimFilingIndicatorCode());
        adjustmentGroups(n, "claimLevelAdjustments", s.claimLevelAdjustments());
        put(n, "payerPaidAmount", s.payerPaidAmount());
        put(n, "nonCoveredChargeAmount", s.nonCoveredChargeAmount());
        put(n, "remainingPatientLiability", s.remainingPatientLiability());
        put(n, "benefitsAssignmentCertificationIndicator", s.benefitsAssignmentCertificationIndicator());
        put(n, "patientSignatureGeneratedForPatient", s.patientSignatureGeneratedForPatient());
        put(n, "releaseOfInformationCode", s.releaseOfInformationCode());
        if (s.medicareOutpatientAdjudication() != null) {
            MedicareOutpatientAdjudication m = s.medicareOutpatientAdjudication();
            ObjectNode e = n.putObject("medicareOutpatientAdjudication");
            put(e, "reimbursementRate", m.reimbursementRate());
            put(e, "hcpcsPayableAmount", m.hcpcsPayableAmount());
            texts(e, "claimPaymentRemarkCode", m.claimPaymentRemarkCodes());
            put(e, "endStageRenalDiseasePaymentAmount", m.endStageRenalDiseasePaymentAmount());
            put(e, "nonPayableProfessionalComponentBilledAmount", m.nonPayableProfessionalComponentBilledAmount());
        }
        if (s.otherSubscriberName() != null) {
            OtherSubscriberName o = s.otherSubscriberName();
            ObjectNode e = n.putObject("otherSubscriberName");
            put(e, "otherInsuredQualifier", o.qualifier());
            put(e, "otherInsuredLastName", o.lastName());
            put(e, "otherInsuredFirstName", o.firstName());
            put(e, "otherInsuredMiddleName", o.middleName());
            put(e, "otherInsuredNameSuffix", o.suffix());
            put(e, "otherInsuredIdentifierTypeCode", o.identifierTypeCode());
            put(e, "otherInsuredIdentifier", o.identifier());
            address(e, "otherInsuredAddress", o.address());
            texts(e, "otherInsuredAdditionalIdentifier", o.additionalIdentifiers());
        }
        if (s.otherPayerName() != null) {
            OtherPayer p = s.otherPayerName();
            ObjectNode e = n.putObject("otherPayerName");
            put(e, "otherPayerOrganizationName", p.organizationName());
            put(e, "otherPayerIdentifierTypeCode", p.identifierTypeCode());
            put(e, "otherPayerIdentifier", p.identifier());
            address(e, "otherPayerAddress", p.address());
            put(e, "otherPayerAdjudicationOrPaymentDate", p.adjudicationOrPaymentDate());
            references(e, "otherPayerSecondaryIdentifier", p.secondaryIdentifiers());
            put(e, "otherPayerPriorAuthorizationNumber", p.priorAuthorizationNumber());
            put(e, "otherPayerPriorAuthorizationOrReferralNumber", p.priorAuthorizationOrReferralNumber());
            put(e, "otherPayerClaimAdjustmentIndicator", p.claimAdjustmentIndicator());
            put(e, "otherPayerClaimControlNumber", p.claimControlNumber());
        }
        for (OtherPayerProvider p : s.otherPayerProviders()) {
            String name = otherPayerProviderName(p);
            ArrayNode a = n.has(name) ? (ArrayNode) n.get(name) : n.putArray(name);
            ObjectNode e = a.addObject();
            put(e, "entityTypeQualifier", p.entityTypeQualifier());
            references(e, name + "Identifier", p.identifiers());
        }
    }

    /** The JSON field of a line's 2420x provider, as {@link LineBinder} names them. */
    private static String lineProviderName(ProviderRole role) {
        return switch (role) {
            case RENDERING -> "renderingProvider";
            case REFERRING -> "referringProvider";
            case SUPERVISING -> "supervisingProvider";
            case ORDERING -> "orderingProvider";
            case OPERATING -> "operatingPhysician";
            case OTHER_OPERATING -> "otherOperatingPhysician";
            case BILLING, ATTENDING -> role.jsonName() + "Provider";
        };
    }

    /** The JSON field of a 2330C-I loop, as {@link CobBinder} names them. */
    private static String otherPayerProviderName(OtherPayerProvider p) {
        if (p.serviceFacility() || p.role() == null) {
            return "otherPayerServiceFacilityLocation";
        }
        return switch (p.role()) {
            case BILLING -> "otherPayerBillingProvider";
            case RENDERING -> "otherPayerRenderingProvider";
            case REFERRING -> "otherPayerReferringProvider";
            case SUPERVISING -> "otherPayerSupervisingProvider";
            case ATTENDING -> "otherPayerAttendingProvider";
            case OPERATING -> "otherPayerOperatingPhysician";
            case OTHER_OPERATING -> "otherPayerOtherOperatingPhysician";
            case ORDERING -> "otherPayerOrderingProvider";
        };
    }

    /** PWK*CT, CR3 and CRC*09 of an 837P line, in the fields {@link LineBinder} reads them from. */
    private static void durableMedicalEquipment(ObjectNode n, DurableMedicalEquipment d) {
        if (d == null) {
            return;
        }
        if (d.certificateTransmissionCode() != null) {
            put(n.putObject("durableMedicalEquipmentCertificateOfMedicalNecessity"), "attachmentTransmissionCode",
                    d.certificateTransmissionCode());
        }
        if (d.certificationTypeCode() != null || d.durationInMonths() != null) {
            ObjectNode e = n.putObject("durableMedicalEquipmentCertification");
            put(e, "certificationTypeCode", d.certificationTypeCode());
            put(e, "durableMedicalEquipmentDurationInMonths", d.durationInMonths());
        }
        ConditionIndicator c = d.condition();
        if (c != null) {
            ObjectNode e = n.putObject("conditionIndicatorDurableMedicalEquipment");
            put(e, "certificationConditionIndicator", c.certificationConditionIndicator());
            List<String> codes = c.conditionCodes();
            if (!codes.isEmpty()) {
                put(e, "conditionIndicator", codes.get(0));
            }
            if (codes.size() > 1) {
                put(e, "conditionIndicatorCode", codes.get(1));
            }
        }
    }
}
