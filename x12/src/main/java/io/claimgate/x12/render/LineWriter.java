package io.claimgate.x12.render;

import io.claimgate.x12.claim.Ambulance;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ConditionIndicator;
import io.claimgate.x12.claim.DurableMedicalEquipment;
import io.claimgate.x12.claim.Drug;
import io.claimgate.x12.claim.InstitutionalService;
import io.claimgate.x12.claim.LineAdjudication;
import io.claimgate.x12.claim.Note;
import io.claimgate.x12.claim.ProfessionalService;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.PurchasedService;
import io.claimgate.x12.claim.ReferenceId;
import io.claimgate.x12.claim.ServiceLine;
import io.claimgate.x12.claim.ServiceLineDates;
import io.claimgate.x12.claim.TestResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2400 service lines: LX numbered from 1, SV1 (837P) or SV2 (837I), PWK, DTP*472 and the other line
 * dates, REF (6R line item control number and the others, in the guide's order), AMT, NTE, 2410 drug
 * identification (LIN/CTP/REF), 2420 line providers and 2430 line adjudication.
 */
final class LineWriter {
    private static final ProviderRole[] PROFESSIONAL_PROVIDERS = {ProviderRole.RENDERING, null /* 2420C facility */,
            ProviderRole.SUPERVISING, ProviderRole.ORDERING, ProviderRole.REFERRING};
    private static final ProviderRole[] INSTITUTIONAL_PROVIDERS = {ProviderRole.OPERATING, ProviderRole.OTHER_OPERATING,
            ProviderRole.RENDERING, ProviderRole.REFERRING};

    private final boolean professional;

    LineWriter(boolean professional) {
        this.professional = professional;
    }

    void write(Segments out, Claim c, String[] refOrder) {
        List<ServiceLine> lines = c.claimInformation().serviceLines();
        String pos = c.claimInformation().placeOfServiceCode();
        java.util.Set<String> controlNumbers = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            String path = "claimInformation.serviceLines[" + i + "]";
            String control = line.lineItemControlNumber();
            if (!Segments.isEmpty(control) && !controlNumbers.add(control)) {
                // REF*6R: the payer returns it in the 277CA and 835 to name the line, so it is unique within the claim
                out.missing(path + ".providerControlNumber", "REF02", "line item control numbers must be unique within a claim");
            }
            out.seg("LX", path).e(Integer.toString(i + 1)).end();
            if (professional) {
                sv1(out, line.professionalService(), pos, path + ".professionalService");
            } else {
                sv2(out, line.institutionalService(), path + ".institutionalService");
            }
            AbstractClaimFormat.attachments(out, line.attachments(), path + ".serviceLineSupplementalInformation");
            DurableMedicalEquipment dme = professional ? line.durableMedicalEquipment() : null;
            if (dme != null && dme.certificateTransmissionCode() != null) {
                out.seg("PWK", path + ".durableMedicalEquipmentCertificateOfMedicalNecessity",
                        Fields.one("PWK02", "attachmentTransmissionCode")).e("CT").e(dme.certificateTransmissionCode()).end();
            }
            Ambulance ambulance = professional ? line.ambulance() : null;
            transport(out, ambulance, path);
            if (dme != null && dme.certificationTypeCode() != null) {
                out.seg("CR3", path + ".durableMedicalEquipmentCertification", Fields.of("CR301", "certificationTypeCode",
                                "CR303", "durableMedicalEquipmentDurationInMonths"))
                        .e(dme.certificationTypeCode()).e("MO").amt(dme.durationInMonths()).end();
            }
            certifications(out, ambulance, 3, path);
            if (professional && line.hospiceEmployeeIndicator() != null) {
                // CRC*70: CRC02 Y when the provider is employed by the hospice, CRC03 condition 65 (open)
                out.seg("CRC", path, Fields.one("CRC02", "hospiceEmployeeIndicator")).e("70")
                        .e(line.hospiceEmployeeIndicator() ? "Y" : "N").e("65").end();
            }
            if (dme != null) {
                conditions(out, "09", dme.condition(), 2, path + ".conditionIndicatorDurableMedicalEquipment");
            }
            out.dtpRange("472", line.serviceDate(), line.serviceDateEnd(), path, "serviceDate", "serviceDateEnd");
            if (professional) {
                dates(out, line.dates(), path + ".serviceLineDateInformation");
                quantity(out, "PT", line.ambulancePatientCount(), path, "ambulancePatientCount");
                quantity(out, "FL", line.obstetricAnesthesiaAdditionalUnits(), path, "obstetricAnesthesiaAdditionalUnits");
                testResults(out, line.testResults(), path + ".testResults");
                AbstractClaimFormat.contract(out, line.contractInformation(), path + ".contractInformation");
            }
            references(out, line, refOrder, path);
            if (professional) {
                out.amt("T", line.salesTaxAmount(), path);
                out.amt("F4", line.postageTaxAmount(), path);
            } else {
                out.amt("GT", line.serviceTaxAmount(), path);
                out.amt("N8", line.facilityTaxAmount(), path);
            }
            notes(out, line.notes(), path);
            PurchasedService ps = professional ? line.purchasedService() : null;
            if (ps != null) {
                out.seg("PS1", path + ".purchasedServiceInformation", Fields.of("PS101",
                                "purchasedServiceProviderIdentifier", "PS102", "purchasedServiceChargeAmount"))
                        .e(ps.purchasedServiceProviderIdentifier()).amt(ps.purchasedServiceChargeAmount()).end();
            }
            drug(out, line.drugIdentification(), path + ".drugIdentification");
            providers(out, line, path);
            locations(out, ambulance, path);
            List<LineAdjudication> adjudications = line.lineAdjudications();
            for (int a = 0; a < adjudications.size(); a++) {
                CobLoops.lineAdjudication(out, adjudications.get(a), professional, path + ".lineAdjudicationInformation[" + a + "]");
            }
        }
    }

    /** CR1 ambulance transport: LB weight, reason, DH distance, round trip and stretcher purposes. */
    static void transport(Segments out, Ambulance a, String path) {
        if (a == null || !a.hasTransport()) {
            return;
        }
        out.seg("CR1", path + ".ambulanceTransportInformation", Fields.of("CR102", "patientWeightInPounds",
                        "CR104", "ambulanceTransportReasonCode", "CR106", "transportDistanceInMiles",
                        "CR109", "roundTripPurposeDescription", "CR110", "stretcherPurposeDescription"))
                .e(a.patientWeightInPounds() == null ? null : "LB").amt(a.patientWeightInPounds()).skip(1)
                .e(a.ambulanceTransportReasonCode()).e("DH").amt(a.transportDistanceInMiles()).skip(2)
                .e(a.roundTripPurposeDescription()).e(a.stretcherPurposeDescription()).end();
    }

    /** CRC*07 ambulance certifications, at most {@code max} (the guide's repeat for the loop). */
    static void certifications(Segments out, Ambulance a, int max, String path) {
        if (a == null) {
            return;
        }
        for (int i = 0; i < Math.min(max, a.certifications().size()); i++) {
            conditions(out, "07", a.certifications().get(i), 5, path + ".ambulanceCertification[" + i + "]");
        }
    }

    /** 2310E / 2420G NM1*PW pick-up and 2310F / 2420H NM1*45 drop-off locations with their N3/N4. */
    static void locations(Segments out, Ambulance a, String path) {
        if (a == null) {
            return;
        }
        if (a.pickUpLocation() != null) {
            out.seg("NM1", path + ".ambulancePickUpLocation").e("PW").e("2").end();
            CommonLoops.address(out, a.pickUpLocation(), path + ".ambulancePickUpLocation");
        }
        if (a.dropOffLocation() != null) {
            out.seg("NM1", path + ".ambulanceDropOffLocation").e("45").e("2").end();
            CommonLoops.address(out, a.dropOffLocation(), path + ".ambulanceDropOffLocation");
        }
    }

    /** CRC with code category {@code category}: CRC02 Y/N, then at most {@code max} condition codes. */
    static void conditions(Segments out, String category, ConditionIndicator c, int max, String path) {
        if (c == null) {
            return;
        }
        List<String> codes = c.conditionCodes();
        Segments.Seg s = out.seg("CRC", path, Fields.of("CRC02", "certificationConditionIndicator", "CRC03", "conditionCodes[0]",
                "CRC04", "conditionCodes[1]", "CRC05", "conditionCodes[2]")).e(category).e(c.certificationConditionIndicator());
        for (int i = 0; i < Math.min(max, codes.size()); i++) {
            s.e(codes.get(i));
        }
        s.end();
    }

    /** QTY: 837P 2400 ambulance patient count (PT) or obstetric anesthesia additional units (FL). */
    private static void quantity(Segments out, String qualifier, BigDecimal quantity, String path, String field) {
        if (quantity != null) {
            out.seg("QTY", path, Fields.one("QTY02", field)).e(qualifier).amt(quantity).end();
        }
    }

    /** MEA: 837P 2400 test results, at most 5. */
    private static void testResults(Segments out, List<TestResult> results, String path) {
        for (int i = 0; i < Math.min(5, results.size()); i++) {
            TestResult t = results.get(i);
            out.seg("MEA", path + "[" + i + "]", Fields.of("MEA01", "measurementReferenceIdentificationCode",
                            "MEA02", "measurementQualifier", "MEA03", "testResults"))
                    .e(t.measurementReferenceIdentificationCode()).e(t.measurementQualifier()).amt(t.testResults()).end();
        }
    }

    /** SV1: HC:code:modifiers[:description], charge, UN/MJ, units, place of service when it differs, pointers. */
    private static void sv1(Segments out, ProfessionalService s, String claimPos, String path) {
        if (s == null) {
            out.missing(path, "SV1", "a professional claim's service line needs professionalService");
            return;
        }
        List<String> m = s.procedureModifiers();
        List<String> ptr = s.diagnosisCodePointers();
        String pos = s.placeOfServiceCode();
        units(out, s.measurementUnit(), s.serviceUnitCount(), path, "SV103", "SV104");
        out.seg("SV1", path, Fields.of("SV101-01", "procedureIdentifier", "SV101-02", "procedureCode",
                        "SV101-03", "procedureModifiers[0]", "SV101-04", "procedureModifiers[1]",
                        "SV101-05", "procedureModifiers[2]", "SV101-06", "procedureModifiers[3]", "SV101-07", "description",
                        "SV103", "measurementUnit", "SV105", "placeOfServiceCode",
                        "SV107-01", "compositeDiagnosisCodePointers.diagnosisCodePointers[0]",
                        "SV107-02", "compositeDiagnosisCodePointers.diagnosisCodePointers[1]",
                        "SV107-03", "compositeDiagnosisCodePointers.diagnosisCodePointers[2]",
                        "SV107-04", "compositeDiagnosisCodePointers.diagnosisCodePointers[3]",
                        "SV109", "emergencyIndicator", "SV111", "epsdtIndicator", "SV112", "familyPlanningIndicator",
                        "SV115", "copayStatusCode"))
                .c(s.procedureIdentifier() == null ? "HC" : s.procedureIdentifier(), s.procedureCode(),
                        CobLoops.at(m, 0), CobLoops.at(m, 1), CobLoops.at(m, 2), CobLoops.at(m, 3), s.description())
                .amt(s.lineItemChargeAmount()).e(s.measurementUnit()).amt(s.serviceUnitCount())
                .e(pos == null || pos.equals(claimPos) ? null : pos).skip(1)
                .c(CobLoops.at(ptr, 0), CobLoops.at(ptr, 1), CobLoops.at(ptr, 2), CobLoops.at(ptr, 3)).skip(1)
                .e(s.emergencyIndicator()).skip(1).e(s.epsdtIndicator()).e(s.familyPlanningIndicator()).skip(2)
                .e(s.copayStatusCode()).end();
    }

    /** SV2: revenue code, HC:code:modifiers[:description] when there is a procedure, charge, UN/DA, units, non-covered. */
    private static void sv2(Segments out, InstitutionalService s, String path) {
        if (s == null) {
            out.missing(path, "SV2", "an institutional claim's service line needs institutionalService");
            return;
        }
        List<String> m = s.procedureModifiers();
        boolean procedure = !Segments.isEmpty(s.procedureCode());
        units(out, s.measurementUnit(), s.serviceUnitCount(), path, "SV204", "SV205");
        out.seg("SV2", path, Fields.of("SV201", "serviceLineRevenueCode", "SV202-01", "procedureIdentifier",
                        "SV202-02", "procedureCode", "SV202-03", "procedureModifiers[0]", "SV202-04", "procedureModifiers[1]",
                        "SV202-05", "procedureModifiers[2]", "SV202-06", "procedureModifiers[3]", "SV202-07", "description",
                        "SV204", "measurementUnit"))
                .e(s.serviceLineRevenueCode())
                .c(procedure ? (s.procedureIdentifier() == null ? "HC" : s.procedureIdentifier()) : null,
                        procedure ? s.procedureCode() : null, CobLoops.at(m, 0), CobLoops.at(m, 1), CobLoops.at(m, 2),
                        CobLoops.at(m, 3), procedure ? s.description() : null)
                .amt(s.lineItemChargeAmount()).e(s.measurementUnit()).amt(s.serviceUnitCount()).skip(1)
                .amt(positive(s.nonCoveredChargeAmount())).end();
    }

    /** The unit of measurement (UN units, MJ minutes in 837P, DA days in 837I) and the quantity are both required. */
    private static void units(Segments out, String unit, java.math.BigDecimal count, String path, String unitElement,
                              String countElement) {
        if (Segments.isEmpty(unit)) {
            out.missing(path + ".measurementUnit", unitElement, "a service line needs its unit of measurement");
        }
        if (count == null) {
            out.missing(path + ".serviceUnitCount", countElement, "a service line needs its service unit count");
        }
    }

    private static java.math.BigDecimal positive(java.math.BigDecimal v) {
        return v == null || v.signum() == 0 ? null : v;
    }

    /** 837P 2400 DTPs after the service date, in the guide's order. */
    private static void dates(Segments out, ServiceLineDates d, String p) {
        if (d == null) {
            return;
        }
        out.dtp("471", d.prescriptionDate(), p, "prescriptionDate");
        out.dtp("607", d.certificationRevisionOrRecertificationDate(), p, "certificationRevisionOrRecertificationDate");
        out.dtp("463", d.beginTherapyDate(), p, "beginTherapyDate");
        out.dtp("461", d.lastCertificationDate(), p, "lastCertificationDate");
        out.dtp("304", d.treatmentOrTherapyDate(), p, "treatmentOrTherapyDate");
        out.dtp("738", d.hemoglobinTestDate(), p, "hemoglobinTestDate");
        out.dtp("739", d.serumCreatineTestDate(), p, "serumCreatineTestDate");
        out.dtp("011", d.shippedDate(), p, "shippedDate");
        out.dtp("455", d.lastXRayDate(), p, "lastXRayDate");
        out.dtp("454", d.initialTreatmentDate(), p, "initialTreatmentDate");
    }

    /** REF*6R (line item control number) and the line's other REFs, in {@code order}. */
    private static void references(Segments out, ServiceLine line, String[] order, String path) {
        List<ReferenceId> refs = line.references();
        for (String q : order) {
            if ("6R".equals(q)) {
                out.ref("6R", line.lineItemControlNumber(), path, "providerControlNumber");
                continue;
            }
            for (int i = 0; i < refs.size(); i++) {
                ReferenceId r = refs.get(i);
                if (q.equals(r.qualifier())) {
                    out.ref(q, r.identifier(), path + ".serviceLineReferenceInformation", r.qualifier());
                }
            }
        }
    }

    /** NTE: one ADD/DCP note (837P) and one TPO note, which is all the guides allow per line. */
    private void notes(Segments out, List<Note> notes, String path) {
        boolean other = false;
        boolean tpo = false;
        for (Note n : notes) {
            if ("TPO".equals(n.code())) {
                if (!tpo) {
                    out.nte("TPO", n.text(), path, "thirdPartyOrganizationNotes");
                    tpo = true;
                }
            } else if (professional && !other) {
                out.nte(n.code(), n.text(), path, "additionalNotes");
                other = true;
            }
        }
    }

    /** 2410: LIN N4 NDC, CTP quantity and unit, REF*VY link / XZ prescription number. */
    private static void drug(Segments out, Drug d, String path) {
        if (d == null) {
            return;
        }
        out.seg("LIN", path, Fields.of("LIN03", "nationalDrugCode"))
                .skip(1).e(d.serviceIdQualifier() == null ? "N4" : d.serviceIdQualifier()).e(d.nationalDrugCode()).end();
        out.seg("CTP", path, Fields.of("CTP05-01", "measurementUnitCode"))
                .skip(3).amt(d.unitCount()).c(d.measurementUnitCode()).end();
        if (!Segments.isEmpty(d.linkSequenceNumber())) {
            out.ref("VY", d.linkSequenceNumber(), path, "linkSequenceNumber");
        } else {
            out.ref("XZ", d.pharmacyPrescriptionNumber(), path, "pharmacyPrescriptionNumber");
        }
    }

    /** 2420 line providers in the guide's order. */
    private void providers(Segments out, ServiceLine line, String path) {
        ProviderRole[] order = professional ? PROFESSIONAL_PROVIDERS : INSTITUTIONAL_PROVIDERS;
        for (ProviderRole role : order) {
            if (role == null) {
                AbstractClaimFormat.facility(out, line.serviceFacilityLocation(), path + ".serviceFacilityLocation", true);
                continue;
            }
            Provider p = line.provider(role).orElse(null);
            if (p == null) {
                continue;
            }
            String pp = path + "." + lineProviderName(role);
            boolean prv = professional && role == ProviderRole.RENDERING;
            boolean address = professional && role == ProviderRole.ORDERING;
            CommonLoops.provider(out, p, prv ? "PE" : null, professional ? "0B1GG2LU" : "0BG2LU", address, pp);
            if (address) {
                CommonLoops.per(out, p.contactInformation(), pp + ".contactInformation");
            }
        }
    }

    private static String lineProviderName(ProviderRole role) {
        switch (role) {
            case RENDERING: return "renderingProvider";
            case REFERRING: return "referringProvider";
            case SUPERVISING: return "supervisingProvider";
            case ORDERING: return "orderingProvider";
            case OPERATING: return "operatingPhysician";
            case OTHER_OPERATING: return "otherOperatingPhysician";
            default: return role.jsonName();
        }
    }
}
