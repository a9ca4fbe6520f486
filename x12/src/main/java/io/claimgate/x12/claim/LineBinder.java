package io.claimgate.x12.claim;

import io.claimgate.x12.codes.ProcedureCodes;

import java.util.ArrayList;
import java.util.List;

import static io.claimgate.x12.claim.ClaimKind.INSTITUTIONAL;
import static io.claimgate.x12.claim.ClaimKind.PROFESSIONAL;

/** Binds {@code claimInformation.serviceLines[]} (loop 2400 and its 2410, 2420x and 2430 loops). */
final class LineBinder {
    private LineBinder() {
    }

    static ServiceLine serviceLine(JsonFields f) {
        Ambulance ambulance = ClaimInformationBinder.ambulance(f);
        f.notUsed("durableMedicalEquipmentService", "fileInformation",
                "formIdentification", "linePricingRepricingInformation",
                "linePricingInformation", "lineRepricingInformation", "lineSupplementInformation",
                "purchasedServiceProvider");
        ProfessionalService prof = null;
        InstitutionalService inst = null;
        if (f.allowedFor(PROFESSIONAL, "professionalService")) {
            prof = f.object("professionalService", LineBinder::professional);
        }
        String lineDescription = f.textFor(INSTITUTIONAL, "description");
        if (f.allowedFor(INSTITUTIONAL, "institutionalService")) {
            inst = f.object("institutionalService", g -> institutional(g, lineDescription));
        }
        List<Provider> providers = new ArrayList<>();
        provider(f, providers, "renderingProvider", ProviderRole.RENDERING, null);
        provider(f, providers, "referringProvider", ProviderRole.REFERRING, null);
        provider(f, providers, "supervisingProvider", ProviderRole.SUPERVISING, PROFESSIONAL);
        provider(f, providers, "orderingProvider", ProviderRole.ORDERING, PROFESSIONAL);
        provider(f, providers, "operatingPhysician", ProviderRole.OPERATING, INSTITUTIONAL);
        provider(f, providers, "otherOperatingPhysician", ProviderRole.OTHER_OPERATING, INSTITUTIONAL);

        List<ReferenceId> references = new ArrayList<>();
        String[] controlFromReference = new String[1];
        f.object("serviceLineReferenceInformation", g -> {
            g.objects("priorAuthorization", false, p -> {
                p.ignore("otherPayerPrimaryIdentifier");
                PartyBinder.addRef(references, "G1", p.text("priorAuthorizationOrReferralNumber"));
                return null;
            });
            for (String referral : g.texts("referralNumber")) {
                PartyBinder.addRef(references, "9F", referral);
            }
            PartyBinder.addRef(references, "X4", g.text("clinicalLaboratoryImprovementAmendmentNumber"));
            PartyBinder.addRef(references, "F4", g.text("referringCliaNumber"));
            PartyBinder.addRef(references, "BT", g.text("immunizationBatchNumber"));
            PartyBinder.addRef(references, "EW", g.text("mammographyCertificationNumber"));
            PartyBinder.addRef(references, "9B", g.text("repricedLineItemReferenceNumber", "repricedLineItemRefNumber"));
            PartyBinder.addRef(references, "9D", g.text("adjustedRepricedLineItemReferenceNumber",
                    "adjustedRepricedLineItemRefNumber"));
            controlFromReference[0] = g.text("providerControlNumber");
            return null;
        });
        if (f.allowedFor(INSTITUTIONAL, "repricedLineItemReferenceNumber")) {
            PartyBinder.addRef(references, "9B", f.text("repricedLineItemReferenceNumber"));
        }
        if (f.allowedFor(INSTITUTIONAL, "adjustedRepricedLineItemReferenceNumber")) {
            PartyBinder.addRef(references, "9D", f.text("adjustedRepricedLineItemReferenceNumber"));
        }
        String control = f.text("providerControlNumber", "lineItemControlNumber");
        if (control == null) {
            control = controlFromReference[0];
        }

        List<Note> notes = new ArrayList<>();
        if (f.allowedFor(PROFESSIONAL, "additionalNotes")) {
            ClaimInformationBinder.note(notes, "ADD", f.text("additionalNotes"));
        }
        if (f.allowedFor(PROFESSIONAL, "goalRehabOrDischargePlans")) {
            ClaimInformationBinder.note(notes, "DCP", f.text("goalRehabOrDischargePlans"));
        }
        if (f.allowedFor(INSTITUTIONAL, "lineNoteText")) {
            ClaimInformationBinder.note(notes, "ADD", f.text("lineNoteText"));
        }
        ClaimInformationBinder.note(notes, "TPO", f.text("thirdPartyOrganizationNotes"));

        List<Attachment> attachments = new ArrayList<>(f.objects("serviceLineSupplementalInformation", true,
                ClaimInformationBinder::attachment));
        attachments.addAll(f.objects("serviceLineSupplementalInformations", false, ClaimInformationBinder::attachment));

        String[] lineDates = new String[3];
        ServiceLineDates dates = f.object("serviceLineDateInformation", g -> {
            g.ignore("validDateInformation");
            lineDates[0] = g.text("serviceDate");
            lineDates[1] = g.text("beginServiceDate");
            lineDates[2] = g.text("endServiceDate");
            return new ServiceLineDates(g.text("prescriptionDate"), g.text("certificationRevisionOrRecertificationDate"),
                    g.text("beginTherapyDate"), g.text("lastCertificationDate"), g.text("treatmentOrTherapyDate"),
                    g.text("hemoglobinTestDate"), g.text("serumCreatineTestDate"), g.text("shippedDate"),
                    g.text("lastXRayDate"), g.text("initialTreatmentDate"));
        });
        String serviceDate = f.text("serviceDate");
        String serviceDateEnd = f.text("serviceDateEnd");
        if (serviceDate == null) {
            serviceDate = lineDates[0] != null ? lineDates[0] : lineDates[1];
            serviceDateEnd = serviceDateEnd != null ? serviceDateEnd : lineDates[2];
        }

        List<LineAdjudication> adjudications = new ArrayList<>(f.objects("lineAdjudicationInformation", false,
                LineBinder::adjudication));
        if (f.allowedFor(INSTITUTIONAL, "lineAdjustmentInformation")) {
            adjudications.addAll(f.objects("lineAdjustmentInformation", true, LineBinder::adjudication));
        }
        Facility facility = f.allowedFor(PROFESSIONAL, "serviceFacilityLocation")
                ? f.object("serviceFacilityLocation", PartyBinder::facility) : null;
        return new ServiceLine(f.text("assignedNumber"), control, serviceDate, serviceDateEnd, prof, inst,
                f.object("drugIdentification", LineBinder::drug), providers, facility, adjudications, dates,
                references, notes, attachments,
                f.allowedFor(PROFESSIONAL, "salesTaxAmount") ? f.decimal("salesTaxAmount") : null,
                f.allowedFor(PROFESSIONAL, "postageTaxAmount") ? f.decimal("postageTaxAmount") : null,
                f.allowedFor(INSTITUTIONAL, "serviceTaxAmount") ? f.decimal("serviceTaxAmount") : null,
                f.allowedFor(INSTITUTIONAL, "facilityTaxAmount") ? f.decimal("facilityTaxAmount") : null,
                f.allowedFor(PROFESSIONAL, "hospiceEmployeeIndicator") ? f.bool("hospiceEmployeeIndicator") : null,
                f.allowedFor(PROFESSIONAL, "ambulancePatientCount") ? f.decimal("ambulancePatientCount") : null,
                f.allowedFor(PROFESSIONAL, "obstetricAnesthesiaAdditionalUnits")
                        ? f.decimal("obstetricAnesthesiaAdditionalUnits") : null,
                f.allowedFor(PROFESSIONAL, "testResults") ? f.objects("testResults", false, LineBinder::testResult)
                        : List.of(),
                f.allowedFor(PROFESSIONAL, "contractInformation")
                        ? f.object("contractInformation", ClaimInformationBinder::contract) : null,
                durableMedicalEquipment(f),
                f.allowedFor(PROFESSIONAL, "purchasedServiceInformation")
                        ? f.object("purchasedServiceInformation", g -> new PurchasedService(
                                g.text("purchasedServiceProviderIdentifier"), g.decimal("purchasedServiceChargeAmount")))
                        : null,
                ambulance);
    }

    /** PWK*CT, CR3 and CRC*09 of an 837P line; null when the line has none of them. */
    private static DurableMedicalEquipment durableMedicalEquipment(JsonFields f) {
        String cmn = f.allowedFor(PROFESSIONAL, "durableMedicalEquipmentCertificateOfMedicalNecessity")
                ? f.object("durableMedicalEquipmentCertificateOfMedicalNecessity", g -> g.text("attachmentTransmissionCode"))
                : null;
        DurableMedicalEquipment cert = f.allowedFor(PROFESSIONAL, "durableMedicalEquipmentCertification")
                ? f.object("durableMedicalEquipmentCertification", g -> new DurableMedicalEquipment(null,
                        g.text("certificationTypeCode"), g.decimal("durableMedicalEquipmentDurationInMonths"), null))
                : null;
        ConditionIndicator condition = f.allowedFor(PROFESSIONAL, "conditionIndicatorDurableMedicalEquipment")
                ? f.object("conditionIndicatorDurableMedicalEquipment", g -> {
                    List<String> codes = new ArrayList<>();
                    PartyBinder.addIfPresent(codes, g.text("conditionIndicator"));
                    PartyBinder.addIfPresent(codes, g.text("conditionIndicatorCode"));
                    return new ConditionIndicator(g.text("certificationConditionIndicator"), codes);
                })
                : null;
        if (cmn == null && cert == null && condition == null) {
            return null;
        }
        return new DurableMedicalEquipment(cmn, cert == null ? null : cert.certificationTypeCode(),
                cert == null ? null : cert.durationInMonths(), condition);
    }

    private static TestResult testResult(JsonFields g) {
        return new TestResult(g.text("measurementReferenceIdentificationCode"), g.text("measurementQualifier"),
                g.decimal("testResults"));
    }

    private static void provider(JsonFields f, List<Provider> out, String name, ProviderRole role, ClaimKind only) {
        if (only == null || f.allowedFor(only, name)) {
            Provider p = f.object(name, g -> PartyBinder.provider(g, role, true));
            if (p != null) {
                out.add(p);
            }
        }
    }

    private static ProfessionalService professional(JsonFields g) {
        List<String> pointers = new ArrayList<>();
        g.object("compositeDiagnosisCodePointers", c -> pointers.addAll(c.texts("diagnosisCodePointers")));
        String qualifier = g.text("procedureIdentifier");
        return new ProfessionalService(qualifier, procedureCode(g, qualifier),
                modifiers(g), g.text("description"), g.decimal("lineItemChargeAmount"),
                g.text("measurementUnit"), g.decimal("serviceUnitCount"), g.text("placeOfServiceCode"), pointers,
                g.text("emergencyIndicator"), g.text("epsdtIndicator"), g.text("familyPlanningIndicator"),
                g.text("copayStatusCode"));
    }

    private static InstitutionalService institutional(JsonFields g, String lineDescription) {
        String description = g.text("description");
        String revenue = revenueCode(g);
        String qualifier = g.text("procedureIdentifier");
        return new InstitutionalService(revenue, qualifier, procedureCode(g, qualifier), modifiers(g),
                description != null ? description : lineDescription, g.decimal("lineItemChargeAmount"),
                g.text("measurementUnit"), g.decimal("serviceUnitCount"), g.decimal("nonCoveredChargeAmount"));
    }

    /**
     * {@code procedureModifiers}: billing systems with four modifier slots send the unused ones as empty
     * strings ({@code ["25", "", "", ""]}), which the schema allows. Empty strings at the end are dropped
     * with a NORMALIZED warning; one before a modifier stays (and is an INVALID_MODIFIER error), so the
     * positions of the modifiers sent do not move.
     */
    private static List<String> modifiers(JsonFields g) {
        List<String> modifiers = g.texts("procedureModifiers");
        upperCaseModifiers(g, modifiers);
        int end = modifiers.size();
        while (end > 0 && modifiers.get(end - 1).isBlank()) {
            end--;
        }
        if (end == modifiers.size()) {
            return modifiers;
        }
        g.warn(ClaimIssue.Code.NORMALIZED, g.path("procedureModifiers"), "empty modifiers at the end dropped");
        return new ArrayList<>(modifiers.subList(0, end));
    }

    /** A modifier in lower case ({@code rt}) is bound in upper case with a NORMALIZED warning at its index. */
    private static void upperCaseModifiers(JsonFields g, List<String> modifiers) {
        for (int k = 0; k < modifiers.size(); k++) {
            String upper = Repairs.upper(modifiers.get(k));
            if (upper != null && ProcedureCodes.modifier(upper)) {
                modifiers.set(k, upper);
                g.warn(ClaimIssue.Code.NORMALIZED, g.path("procedureModifiers") + "[" + k + "]",
                        "a modifier in lower case; sent in upper case");
            }
        }
    }

    /**
     * SV101-2 / SV202-2 with qualifier HC: a CPT/HCPCS code with spaces or other characters that are not
     * letters or digits ({@code "99213 "}, {@code 99-213}), or in lower case ({@code j1100}), is bound as the
     * 5 letters and digits that are left, in upper case, with a NORMALIZED warning, when they are a CPT or
     * HCPCS code (as Stedi removes them); any other code is bound as sent (and judged by {@link CodeSetRules}).
     */
    private static String procedureCode(JsonFields g, String qualifier) {
        String code = g.text("procedureCode");
        if (code == null || !"HC".equals(qualifier)) {
            return code;
        }
        String fixed = Repairs.procedureCode(code);
        if (fixed == null) {
            return code;
        }
        g.warn(ClaimIssue.Code.NORMALIZED, g.path("procedureCode"),
                "spaces or other characters that are not letters or digits, or lower case, in a CPT/HCPCS code; "
                        + "sent as its 5 letters and digits in upper case");
        return fixed;
    }

    /**
     * {@code serviceLineRevenueCode}: NUBC revenue codes are 4 digits with a leading zero ({@code 0450}), but
     * billing systems that keep them as numbers send {@code 450}. A 3-digit number is left-padded to 4 digits
     * with a NORMALIZED warning; anything else is taken as sent (the code set rule judges it).
     */
    private static String revenueCode(JsonFields g) {
        String code = g.text("serviceLineRevenueCode");
        if (code != null && code.length() == 3 && code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            g.warn(ClaimIssue.Code.NORMALIZED, g.path("serviceLineRevenueCode"),
                    "a 3-digit revenue code; sent as the 4-digit NUBC code with a leading zero");
            return "0" + code;
        }
        return code;
    }

    private static Drug drug(JsonFields g) {
        String qualifier = g.text("serviceIdQualifier");
        if (qualifier == null && g.kind() == INSTITUTIONAL) {
            qualifier = "N4";
        }
        return new Drug(qualifier, g.text("nationalDrugCode"), g.decimal("nationalDrugUnitCount"),
                g.text("measurementUnitCode"), g.text("linkSequenceNumber"), g.text("pharmacyPrescriptionNumber"));
    }

    /** 2430 in any of its spellings: professional, institutional array, institutional single object. */
    private static LineAdjudication adjudication(JsonFields g) {
        List<String> modifiers = new ArrayList<>(g.texts("procedureModifier"));
        modifiers.addAll(g.texts("procedureModifiers"));
        List<AdjustmentGroup> groups = new ArrayList<>(g.objects("claimAdjustmentInformation", false,
                CobBinder::adjustmentGroup));
        groups.addAll(g.objects("lineAdjustment", false, CobBinder::adjustmentGroup));
        groups.addAll(g.objects("claimAdjustment", true, CobBinder::adjustmentGroup));
        return new LineAdjudication(g.text("otherPayerPrimaryIdentifier"), g.decimal("serviceLinePaidAmount"),
                g.text("serviceIdQualifier", "productOrServiceIDQualifier"), g.text("procedureCode"), modifiers,
                g.text("procedureCodeDescription"), revenueCode(g),
                g.decimal("paidServiceUnitCount"), g.text("bundledOrUnbundledLineNumber", "bundledLineNumber"),
                groups, g.text("adjudicationOrPaymentDate", "claimPaidDate"), g.decimal("remainingPatientLiability"));
    }
}
