package io.claimgate.x12.render;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimDates;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimSupplementalInformation;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.Note;
import io.claimgate.x12.claim.OtherSubscriber;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.SpinalManipulation;
import java.util.List;

/**
 * 837P, 005010X222A1: the professional claim (CMS-1500). Writes 2000A-2000C content and the 2300 claim
 * with its 2310A-D providers, 2320/2330 coordination of benefits and 2400 service lines (SV1, DTP*472,
 * REF, AMT, NTE, 2410 drug, 2420 providers, 2430 line adjudication).
 */
final class ProfessionalFormat extends AbstractClaimFormat {
    static final String VERSION = "005010X222A1";
    /** 2330C referring, D rendering, E service facility, F supervising, G billing. */
    private static final String[] OTHER_PAYER_PROVIDERS = {"DN", "82", "77", "DQ", "85"};
    private static final String[] LINE_REF_ORDER = {"9B", "9D", "G1", "6R", "EW", "X4", "F4", "BT", "9F"};

    ProfessionalFormat(List<Claim> claims, RenderSettings settings) {
        super(claims, settings, VERSION, true);
    }

    /** PAT05-09 death date, weight and pregnancy, and the REF*Y4 property and casualty claim number. */
    @Override
    List<String> patientDetails(ClaimInformation ci) {
        return java.util.Arrays.asList(ci.deathDate(), ci.patientWeight(), ci.pregnancyIndicator(),
                ci.propertyCasualtyClaimNumber());
    }

    // ---- 1000A .. 2010CA ----------------------------------------------------------------------------------------

    @Override
    public void billingProvider(Segments out, int claim) {
        CommonLoops.billingProvider(out, claims.get(claim), "payToAddress", "payToPlan", true);
    }

    @Override
    public void subscriber(Segments out, int claim, boolean patientIsSubscriber) {
        Claim c = claims.get(claim);
        sbr(out, c, patientIsSubscriber, insuranceType(c.subscriber(), c.claimInformation().claimFilingCode()));
        if (patientIsSubscriber) {
            pat(out, null, c.claimInformation());
        }
        CommonLoops.subscriberAndPayer(out, c, patientIsSubscriber);
    }

    /**
     * 2000B SBR05, the Medicare secondary payer type: the guide requires it when the destination payer is Medicare
     * (SBR09 MA or MB) and Medicare is not the primary payer (SBR01 is not P), and says not to send it otherwise, so
     * a code given for any other claim is left out.
     */
    static String insuranceType(io.claimgate.x12.claim.Subscriber s, String claimFilingCode) {
        if (s == null || "P".equals(s.paymentResponsibilityLevelCode())) {
            return null;
        }
        return "MA".equals(claimFilingCode) || "MB".equals(claimFilingCode) ? s.insuranceTypeCode() : null;
    }

    @Override
    public void patient(Segments out, int claim) {
        Claim c = claims.get(claim);
        Dependent d = c.dependent();
        pat(out, d.relationshipToSubscriberCode(), c.claimInformation());
        CommonLoops.patient(out, d, c.claimInformation().propertyCasualtyClaimNumber());
    }

    /** PAT: PAT01 relationship (2000C), PAT05/06 death date, PAT07/08 weight in pounds, PAT09 pregnancy. */
    private static void pat(Segments out, String relationship, ClaimInformation ci) {
        boolean details = !Segments.isEmpty(ci.deathDate()) || !Segments.isEmpty(ci.patientWeight())
                || !Segments.isEmpty(ci.pregnancyIndicator());
        if (relationship == null && !details) {
            return;
        }
        out.seg("PAT", relationship == null ? "claimInformation" : "dependent",
                        Fields.of("PAT01", "relationshipToSubscriberCode", "PAT06", "claimInformation.deathDate",
                                "PAT08", "claimInformation.patientWeight", "PAT09", "claimInformation.pregnancyIndicator"))
                .e(relationship).skip(3).e(Segments.isEmpty(ci.deathDate()) ? null : "D8").e(ci.deathDate())
                .e(Segments.isEmpty(ci.patientWeight()) ? null : "01").e(ci.patientWeight()).e(ci.pregnancyIndicator()).end();
    }

    // ---- 2300 ---------------------------------------------------------------------------------------------------

    @Override
    public void claim(Segments out, int claim) {
        Claim c = claims.get(claim);
        ClaimInformation ci = c.claimInformation();
        String p = "claimInformation";
        List<String> causes = ci.relatedCausesCode();
        boolean accident = !causes.isEmpty();
        out.seg("CLM", p, Fields.of("CLM01", "patientControlNumber", "CLM05-01", "placeOfServiceCode",
                        "CLM05-03", "claimFrequencyCode", "CLM06", "signatureIndicator", "CLM07", "planParticipationCode",
                        "CLM08", "benefitsAssignmentCertificationIndicator", "CLM09", "releaseInformationCode",
                        "CLM11-01", "relatedCausesCode[0]", "CLM11-02", "relatedCausesCode[1]", "CLM11-04", "autoAccidentStateCode",
                        "CLM11-05", "autoAccidentCountryCode", "CLM12", "specialProgramCode", "CLM20", "delayReasonCode"))
                .e(ci.patientControlNumber()).amt(ci.claimChargeAmount()).skip(2)
                .c(ci.placeOfServiceCode(), "B", ci.claimFrequencyCode())
                .e(ci.signatureIndicator()).e(ci.planParticipationCode()).e(ci.benefitsAssignmentCertificationIndicator())
                .e(ci.releaseInformationCode()).e(Boolean.TRUE.equals(ci.patientSignatureSourceCode()) ? "P" : null)
                .c(accident ? causes.get(0) : null, causes.size() > 1 ? causes.get(1) : null, null,
                        accident ? ci.autoAccidentStateCode() : null, accident ? ci.autoAccidentCountryCode() : null)
                .e(ci.specialProgramCode()).skip(7).e(ci.delayReasonCode()).end();
        dates(out, ci.claimDateInformation());
        ClaimSupplementalInformation sup = ci.claimSupplementalInformation();
        if (sup != null) {
            attachments(out, sup.attachments(), p + ".claimSupplementalInformation.reportInformations");
        }
        contract(out, ci.contractInformation(), p + ".claimContractInformation");
        out.amt("F5", ci.patientAmountPaid(), p);
        references(out, ci, sup);
        fileInformation(out, ci.fileInformation(), p + ".fileInformationList");
        notes(out, ci.notes(), p + ".claimNote");
        LineWriter.transport(out, ci.ambulance(), p);
        spinalManipulation(out, ci.spinalManipulation(), p + ".spinalManipulationServiceInformation");
        LineWriter.certifications(out, ci.ambulance(), 3, p); // 2300 CRC*07 repeats up to 3 times
        if (Boolean.TRUE.equals(ci.homeboundIndicator())) {
            // CRC*75: home health care, patient homebound (IH)
            out.seg("CRC", p).e("75").e("Y").e("IH").end();
        }
        LineWriter.conditions(out, "ZZ", ci.epsdtReferral(), 3, p + ".epsdtReferral");
        diagnoses(out, ci.diagnoses());
        conditions(out, ci.conditionCodes());
        // 2310A referring, 2310B rendering, 2310C service facility, 2310D supervising
        c.provider(ProviderRole.REFERRING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2", false, "referring"));
        c.provider(ProviderRole.RENDERING).ifPresent(r -> CommonLoops.provider(out, r, "PE", "0B1GG2LU", false, "rendering"));
        facility(out, ci.serviceFacilityLocation(), p + ".serviceFacilityLocation", true);
        c.provider(ProviderRole.SUPERVISING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2LU", false, "supervising"));
        LineWriter.locations(out, ci.ambulance(), p); // 2310E pick-up, 2310F drop-off
        List<OtherSubscriber> others = ci.otherSubscribers();
        for (int i = 0; i < others.size(); i++) {
            CobLoops.otherSubscriber(out, others.get(i), true, OTHER_PAYER_PROVIDERS, p + ".otherSubscriberInformation[" + i + "]");
        }
        lines.write(out, c, LINE_REF_ORDER);
    }

    /** 2300 CR2: CR208 patient condition, CR210 / CR211 descriptions. */
    private static void spinalManipulation(Segments out, SpinalManipulation s, String path) {
        if (s != null) {
            out.seg("CR2", path, Fields.of("CR208", "patientConditionCode", "CR210", "patientConditionDescription1",
                            "CR211", "patientConditionDescription2"))
                    .skip(7).e(s.patientConditionCode()).skip(1).e(s.patientConditionDescription1())
                    .e(s.patientConditionDescription2()).end();
        }
    }

    /** 2300 DTPs in the guide's order. */
    private static void dates(Segments out, ClaimDates d) {
        if (d == null) {
            return;
        }
        String p = "claimInformation.claimDateInformation";
        out.dtp("431", d.symptomDate(), p, "symptomDate");
        out.dtp("454", d.initialTreatmentDate(), p, "initialTreatmentDate");
        out.dtp("304", d.lastSeenDate(), p, "lastSeenDate");
        out.dtp("453", d.acuteManifestationDate(), p, "acuteManifestationDate");
        out.dtp("439", d.accidentDate(), p, "accidentDate");
        out.dtp("484", d.lastMenstrualPeriodDate(), p, "lastMenstrualPeriodDate");
        out.dtp("455", d.lastXRayDate(), p, "lastXRayDate");
        out.dtp("471", d.hearingAndVisionPrescriptionDate(), p, "hearingAndVisionPrescriptionDate");
        if (!Segments.isEmpty(d.disabilityBeginDate()) && !Segments.isEmpty(d.disabilityEndDate())) {
            out.dtpRange("314", d.disabilityBeginDate(), d.disabilityEndDate(), p, "disabilityBeginDate", "disabilityEndDate");
        } else {
            out.dtp("360", d.disabilityBeginDate(), p, "disabilityBeginDate");
            out.dtp("361", d.disabilityEndDate(), p, "disabilityEndDate");
        }
        out.dtp("297", d.lastWorkedDate(), p, "lastWorkedDate");
        out.dtp("296", d.authorizedReturnToWorkDate(), p, "authorizedReturnToWorkDate");
        out.dtp("435", d.admissionDate(), p, "admissionDate");
        out.dtp("096", d.dischargeDate(), p, "dischargeDate");
        out.dtp("090", d.assumedAndRelinquishedCareBeginDate(), p, "assumedAndRelinquishedCareBeginDate");
        out.dtp("091", d.assumedAndRelinquishedCareEndDate(), p, "assumedAndRelinquishedCareEndDate");
        out.dtp("444", d.firstContactDate(), p, "firstContactDate");
        out.dtp("050", d.repricerReceivedDate(), p, "repricerReceivedDate");
    }

    /** 2300 REFs in the guide's order; REF*F8 is required for a replacement (7) or void (8). */
    private static void references(Segments out, ClaimInformation ci, ClaimSupplementalInformation s) {
        String p = "claimInformation.claimSupplementalInformation";
        String frequency = ci.claimFrequencyCode();
        boolean needsOriginal = "7".equals(frequency) || "8".equals(frequency);
        if (s == null) {
            if (needsOriginal) {
                out.missing(p + ".claimControlNumber", "REF02", "a replacement or void claim needs the payer's claim control number (REF*F8)");
            }
            return;
        }
        out.ref("4N", s.serviceAuthorizationExceptionCode(), p, "serviceAuthorizationExceptionCode");
        out.ref("F5", s.medicareCrossoverReferenceId(), p, "medicareCrossoverReferenceId");
        out.ref("EW", s.mammographyCertificationNumber(), p, "mammographyCertificationNumber");
        out.ref("9F", s.referralNumber(), p, "referralNumber");
        out.ref("G1", s.priorAuthorizationNumber(), p, "priorAuthorizationNumber");
        if (needsOriginal && Segments.isEmpty(s.claimControlNumber())) {
            out.missing(p + ".claimControlNumber", "REF02", "a replacement or void claim needs the payer's claim control number (REF*F8)");
        }
        out.ref("F8", s.claimControlNumber(), p, "claimControlNumber");
        out.ref("X4", s.cliaNumber(), p, "cliaNumber");
        out.ref("9A", s.repricedClaimNumber(), p, "repricedClaimNumber");
        out.ref("9C", s.adjustedRepricedClaimNumber(), p, "adjustedRepricedClaimNumber");
        out.ref("LX", s.investigationalDeviceExemptionNumber(), p, "investigationalDeviceExemptionNumber");
        out.ref("D9", s.claimNumber(), p, "claimNumber");
        out.ref("EA", s.medicalRecordNumber(), p, "medicalRecordNumber");
        out.ref("P4", s.demoProjectIdentifier(), p, "demoProjectIdentifier");
        out.ref("1J", s.carePlanOversightNumber(), p, "carePlanOversightNumber");
    }

    /** 2300 NTE: the guide allows one. */
    private static void notes(Segments out, List<Note> notes, String path) {
        if (!notes.isEmpty()) {
            Note n = notes.get(0);
            out.nte(n.code(), n.text(), path, "additionalInformation");
        }
    }

    /** HI: ABK principal then ABF others, at most 12 composites. */
    private static void diagnoses(Segments out, List<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            return;
        }
        Segments.Seg s = out.seg("HI", "claimInformation", Fields.of("HI01-02", "healthCareCodeInformation[0].diagnosisCode",
                "HI02-02", "healthCareCodeInformation[1].diagnosisCode", "HI03-02", "healthCareCodeInformation[2].diagnosisCode",
                "HI04-02", "healthCareCodeInformation[3].diagnosisCode", "HI05-02", "healthCareCodeInformation[4].diagnosisCode",
                "HI06-02", "healthCareCodeInformation[5].diagnosisCode", "HI07-02", "healthCareCodeInformation[6].diagnosisCode",
                "HI08-02", "healthCareCodeInformation[7].diagnosisCode", "HI09-02", "healthCareCodeInformation[8].diagnosisCode",
                "HI10-02", "healthCareCodeInformation[9].diagnosisCode", "HI11-02", "healthCareCodeInformation[10].diagnosisCode",
                "HI12-02", "healthCareCodeInformation[11].diagnosisCode"));
        for (int i = 0; i < Math.min(12, diagnoses.size()); i++) {
            Diagnosis d = diagnoses.get(i);
            s.c(d.qualifier(), CommonLoops.icd(d.code()));
        }
        s.end();
    }

    /** HI*BG condition codes, at most 12. */
    private static void conditions(Segments out, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Segments.Seg s = out.seg("HI", "claimInformation.conditionInformation", Fields.NONE);
        for (int i = 0; i < Math.min(12, codes.size()); i++) {
            s.c("BG", codes.get(i));
        }
        s.end();
    }
}
