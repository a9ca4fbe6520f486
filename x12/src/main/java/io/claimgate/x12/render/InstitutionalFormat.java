package io.claimgate.x12.render;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimDates;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimSupplementalInformation;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.InstitutionalCodes;
import io.claimgate.x12.claim.Note;
import io.claimgate.x12.claim.Occurrence;
import io.claimgate.x12.claim.OccurrenceSpan;
import io.claimgate.x12.claim.Procedure;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.ValueInformation;
import io.claimgate.x12.syntax.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * 837I, 005010X223A2: the institutional claim (UB-04). Writes 2000A-2000C content and the 2300 claim
 * (CLM with facility type code, DTP*434/435/096, CL1, HI for diagnoses with present-on-admission,
 * procedures, occurrences, occurrence spans, values and conditions) with its 2310A-F providers, 2320/2330
 * coordination of benefits and 2400 service lines (SV2).
 */
final class InstitutionalFormat extends AbstractClaimFormat {
    static final String VERSION = "005010X223A2";
    /** 2330C attending, D operating, E other operating, F service facility, G rendering, H referring, I billing. */
    private static final String[] OTHER_PAYER_PROVIDERS = {"71", "72", "ZZ", "77", "82", "DN", "85"};
    private static final String[] LINE_REF_ORDER = {"6R", "9B", "9D"};
    private static final int PER_HI = 12;

    InstitutionalFormat(List<Claim> claims, RenderSettings settings) {
        super(claims, settings, VERSION, false);
    }

    /** The 837I PAT has no patient details; what goes with the patient is the REF*Y4 property and casualty claim number. */
    @Override
    List<String> patientDetails(ClaimInformation ci) {
        return java.util.Collections.singletonList(ci.propertyCasualtyClaimNumber());
    }

    @Override
    public void billingProvider(Segments out, int claim) {
        CommonLoops.billingProvider(out, claims.get(claim), "billingPayToAddressName", "billingPayToPlanName", false);
    }

    @Override
    public void subscriber(Segments out, int claim, boolean patientIsSubscriber) {
        Claim c = claims.get(claim);
        sbr(out, c, patientIsSubscriber, null);
        CommonLoops.subscriberAndPayer(out, c, patientIsSubscriber);
    }

    @Override
    public void patient(Segments out, int claim) {
        Claim c = claims.get(claim);
        Dependent d = c.dependent();
        out.seg("PAT", "dependent", Fields.of("PAT01", "relationshipToSubscriberCode")).e(d.relationshipToSubscriberCode()).end();
        CommonLoops.patient(out, d, c.claimInformation().propertyCasualtyClaimNumber());
    }

    @Override
    public void claim(Segments out, int claim) {
        Claim c = claims.get(claim);
        ClaimInformation ci = c.claimInformation();
        String p = "claimInformation";
        out.seg("CLM", p, Fields.of("CLM01", "patientControlNumber", "CLM05-01", "placeOfServiceCode",
                        "CLM05-03", "claimFrequencyCode", "CLM07", "planParticipationCode",
                        "CLM08", "benefitsAssignmentCertificationIndicator", "CLM09", "releaseInformationCode",
                        "CLM20", "delayReasonCode"))
                .e(ci.patientControlNumber()).amt(ci.claimChargeAmount()).skip(2)
                .c(ci.placeOfServiceCode(), "A", ci.claimFrequencyCode()).skip(1)
                .e(ci.planParticipationCode()).e(ci.benefitsAssignmentCertificationIndicator())
                .e(ci.releaseInformationCode()).skip(10).e(ci.delayReasonCode()).end();
        dates(out, ci.claimDateInformation());
        InstitutionalCodes codes = ci.institutionalCodes();
        if (codes != null) {
            out.seg("CL1", p + ".claimCodeInformation", Fields.of("CL101", "admissionTypeCode", "CL102", "admissionSourceCode",
                            "CL103", "patientStatusCode"))
                    .e(codes.admissionTypeCode()).e(codes.admissionSourceCode()).e(codes.patientStatusCode()).end();
        }
        ClaimSupplementalInformation sup = ci.claimSupplementalInformation();
        if (sup != null) {
            attachments(out, sup.attachments(), p + ".claimSupplementalInformation.reportInformations");
        }
        contract(out, ci.contractInformation(), p + ".claimContractInformation");
        out.amt("F3", ci.patientEstimatedAmountDue(), p);
        references(out, ci, sup);
        fileInformation(out, ci.fileInformation(), p + ".fileInformation");
        List<Note> notes = ci.notes();
        for (int i = 0; i < Math.min(10, notes.size()); i++) {
            out.nte(notes.get(i).code(), notes.get(i).text(), p + ".claimNotes", "text");
        }
        out.nte("ADD", ci.billingNote(), p, "billingNote");
        diagnoses(out, ci.diagnoses(), ci.drgCode());
        procedures(out, ci.procedures());
        spans(out, ci.occurrenceSpans());
        occurrences(out, ci.occurrences());
        values(out, ci.values());
        conditions(out, ci.conditionCodes());
        // 2310A attending, B operating, C other operating, D rendering, E service facility, F referring
        c.provider(ProviderRole.ATTENDING).ifPresent(r -> CommonLoops.provider(out, r, "AT", "0B1GG2LU", false, "attending"));
        c.provider(ProviderRole.OPERATING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2LU", false, "operatingPhysician"));
        c.provider(ProviderRole.OTHER_OPERATING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2LU", false, "otherOperatingPhysician"));
        c.provider(ProviderRole.RENDERING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2LU", false, "rendering"));
        facility(out, ci.serviceFacilityLocation(), p + ".serviceFacilityLocation", false);
        c.provider(ProviderRole.REFERRING).ifPresent(r -> CommonLoops.provider(out, r, null, "0B1GG2", false, "referring"));
        if (!ci.otherSubscribers().isEmpty()) {
            CobLoops.otherSubscriber(out, ci.otherSubscribers().get(0), false, OTHER_PAYER_PROVIDERS, p + ".otherSubscriberInformation");
            for (int i = 1; i < ci.otherSubscribers().size(); i++) {
                CobLoops.otherSubscriber(out, ci.otherSubscribers().get(i), false, OTHER_PAYER_PROVIDERS,
                        p + ".otherSubscriberInformation[" + i + "]");
            }
        }
        lines.write(out, c, LINE_REF_ORDER);
    }

    /** DTP*096 TM discharge hour, DTP*434 RD8 statement dates, DTP*435 admission (DT with hour, else D8), DTP*050. */
    private static void dates(Segments out, ClaimDates d) {
        String p = "claimInformation.claimDateInformation";
        if (d == null || Segments.isEmpty(d.statementBeginDate())) {
            out.missing(p + ".statementBeginDate", "DTP03", "the statement dates are required (DTP*434)");
        }
        if (d == null) {
            return;
        }
        if (!Segments.isEmpty(d.dischargeHour())) {
            out.seg("DTP", p, Fields.one("DTP03", "dischargeHour")).e("096").e("TM").e(d.dischargeHour()).end();
        }
        if (!Segments.isEmpty(d.statementBeginDate())) {
            String end = Segments.isEmpty(d.statementEndDate()) ? d.statementBeginDate() : d.statementEndDate();
            out.seg("DTP", p, Fields.one("DTP03", "statementBeginDate")).e("434").e("RD8")
                    .e(d.statementBeginDate() + "-" + end).end();
        }
        String admission = Segments.isEmpty(d.admissionDateAndHour()) ? d.admissionDate() : d.admissionDateAndHour();
        if (!Segments.isEmpty(admission)) {
            out.seg("DTP", p, Fields.one("DTP03", "admissionDateAndHour")).e("435")
                    .e(admission.length() == 12 ? "DT" : "D8").e(admission).end();
        }
        out.dtp("050", d.repricerReceivedDate(), p, "repricerReceivedDate");
    }

    /** 2300 REFs in the guide's order; REF*F8 is required for a replacement (7) or void (8). */
    private static void references(Segments out, ClaimInformation ci, ClaimSupplementalInformation s) {
        String p = "claimInformation.claimSupplementalInformation";
        String frequency = ci.claimFrequencyCode();
        boolean needsOriginal = "7".equals(frequency) || "8".equals(frequency);
        if (needsOriginal && (s == null || Segments.isEmpty(s.claimControlNumber()))) {
            out.missing(p + ".claimControlNumber", "REF02", "a replacement or void claim needs the payer's claim control number (REF*F8)");
        }
        if (s == null) {
            return;
        }
        out.ref("4N", s.serviceAuthorizationExceptionCode(), p, "serviceAuthorizationExceptionCode");
        out.ref("9F", s.referralNumber(), p, "referralNumber");
        out.ref("G1", s.priorAuthorizationNumber(), p, "priorAuthorizationNumber");
        out.ref("F8", s.claimControlNumber(), p, "claimControlNumber");
        out.ref("9A", s.repricedClaimNumber(), p, "repricedClaimNumber");
        out.ref("9C", s.adjustedRepricedClaimNumber(), p, "adjustedRepricedClaimRefNumber");
        out.ref("LX", s.investigationalDeviceExemptionNumber(), p, "investigationalDeviceExemptionNumber");
        out.ref("D9", s.claimNumber(), p, "claimNumber");
        out.ref("LU", s.autoAccidentState(), p, "autoAccidentState");
        out.ref("EA", s.medicalRecordNumber(), p, "medicalRecordNumber");
        out.ref("P4", s.demoProjectIdentifier(), p, "demoProjectIdentifier");
        out.ref("G4", s.peerReviewAuthorizationNumber(), p, "peerReviewAuthorizationNumber");
    }

    /**
     * HI for the diagnoses, in the guide's order: principal (ABK), admitting (ABJ), reasons for visit (APR, up to 3),
     * external causes (ABN), the DRG (DR), then the others (ABF), 12 per HI in at most two HI segments; POA in HI0x-9.
     */
    private static void diagnoses(Segments out, List<Diagnosis> all, String drgCode) {
        List<Diagnosis> principal = new ArrayList<>(1);
        List<Diagnosis> admitting = new ArrayList<>(1);
        List<Diagnosis> reasons = new ArrayList<>(3);
        List<Diagnosis> external = new ArrayList<>();
        List<Diagnosis> other = new ArrayList<>();
        for (Diagnosis d : all) {
            if (d.isPrincipal()) {
                principal.add(d);
            } else if (d.isAdmitting()) {
                admitting.add(d);
            } else if (d.isReasonForVisit()) {
                reasons.add(d);
            } else if (d.isExternalCause()) {
                external.add(d);
            } else {
                other.add(d);
            }
        }
        diagnosisHi(out, principal, 1, 1, true, "principalDiagnosis");
        diagnosisHi(out, admitting, 1, 1, false, "admittingDiagnosis");
        diagnosisHi(out, reasons, 3, 1, false, "patientReasonForVisits");
        diagnosisHi(out, external, PER_HI, 1, true, "externalCauseOfInjuries");
        if (!Segments.isEmpty(drgCode)) {
            out.seg("HI", "claimInformation.diagnosisRelatedGroupInformation", Fields.one("HI01-02", "drugRelatedGroupCode"))
                    .c("DR", drgCode).end();
        }
        diagnosisHi(out, other, PER_HI, 2, true, "otherDiagnosisInformationList");
    }

    /**
     * @param poa whether HI0x-9 (present on admission) may be written: the guide uses it for the principal, other and
     *            external-cause diagnoses only; it is not used for the admitting diagnosis or the reasons for visit,
     *            where an indicator has no meaning and is left out
     */
    private static void diagnosisHi(Segments out, List<Diagnosis> list, int perSegment, int segments, boolean poa, String field) {
        for (int from = 0, n = 0; from < list.size() && n < segments; from += perSegment, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation." + field, Fields.NONE);
            for (int i = from; i < Math.min(list.size(), from + perSegment); i++) {
                Diagnosis d = list.get(i);
                s.c(d.qualifier(), CommonLoops.icd(d.code()), null, null, null, null, null, null, poa ? d.presentOnAdmission() : null);
            }
            s.end();
        }
    }

    /** HI*BBR principal procedure (one), then HI*BBQ others, 12 per HI in at most two; D8 with the procedure date. */
    private static void procedures(Segments out, List<Procedure> all) {
        List<Procedure> other = new ArrayList<>();
        for (Procedure pr : all) {
            if (pr.isPrincipal()) {
                out.seg("HI", "claimInformation.principalProcedureInformation", Fields.NONE)
                        .c(pr.qualifier(), CommonLoops.icd(pr.code()), date(pr.date()), pr.date()).end();
            } else {
                other.add(pr);
            }
        }
        for (int from = 0, n = 0; from < other.size() && n < 2; from += PER_HI, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation.otherProcedureInformationList", Fields.NONE);
            for (int i = from; i < Math.min(other.size(), from + PER_HI); i++) {
                Procedure pr = other.get(i);
                s.c(pr.qualifier(), CommonLoops.icd(pr.code()), date(pr.date()), pr.date());
            }
            s.end();
        }
    }

    private static String date(String d) {
        return Segments.isEmpty(d) ? null : "D8";
    }

    /** HI*BI occurrence span code with RD8 dates. */
    private static void spans(Segments out, List<OccurrenceSpan> spans) {
        for (int from = 0, n = 0; from < spans.size() && n < 2; from += PER_HI, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation.occurrenceSpanInformations", Fields.NONE);
            for (int i = from; i < Math.min(spans.size(), from + PER_HI); i++) {
                OccurrenceSpan o = spans.get(i);
                if (Segments.isEmpty(o.startDate())) {
                    out.missing("claimInformation.occurrenceSpanInformations.occurrenceSpanCodeStartDate", "HI-04",
                            "an occurrence span needs its dates (HI*BI, RD8)");
                    continue;
                }
                s.c("BI", o.code(), "RD8", o.startDate() + "-" + (Segments.isEmpty(o.endDate()) ? o.startDate() : o.endDate()));
            }
            s.end();
        }
    }

    /** HI*BH occurrence code with its D8 date. */
    private static void occurrences(Segments out, List<Occurrence> occurrences) {
        for (int from = 0, n = 0; from < occurrences.size() && n < 2; from += PER_HI, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation.occurrenceInformationList", Fields.NONE);
            for (int i = from; i < Math.min(occurrences.size(), from + PER_HI); i++) {
                Occurrence o = occurrences.get(i);
                String date = o.date() != null && o.date().length() > 8 ? o.date().substring(0, 8) : o.date();
                if (Segments.isEmpty(date)) {
                    out.missing("claimInformation.occurrenceInformationList.occurrenceSpanCodeDate", "HI-04",
                            "an occurrence code needs its date (HI*BH, D8)");
                    continue;
                }
                s.c("BH", o.code(), "D8", date);
            }
            s.end();
        }
    }

    /** HI*BE value code with its amount in HI0x-5. */
    private static void values(Segments out, List<ValueInformation> values) {
        for (int from = 0, n = 0; from < values.size() && n < 2; from += PER_HI, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation.valueInformationList", Fields.NONE);
            for (int i = from; i < Math.min(values.size(), from + PER_HI); i++) {
                ValueInformation v = values.get(i);
                if (v.amount() == null) {
                    out.missing("claimInformation.valueInformationList.valueCodeAmount", "HI-05",
                            "a value code needs its amount (HI*BE, HI0x-5)");
                    continue;
                }
                s.c("BE", v.code(), null, null, Decimals.toX12(v.amount()));
            }
            s.end();
        }
    }

    /** HI*BG condition codes, 12 per HI in at most two. */
    private static void conditions(Segments out, List<String> codes) {
        for (int from = 0, n = 0; from < codes.size() && n < 2; from += PER_HI, n++) {
            Segments.Seg s = out.seg("HI", "claimInformation.conditionCodesList", Fields.NONE);
            for (int i = from; i < Math.min(codes.size(), from + PER_HI); i++) {
                s.c("BG", codes.get(i));
            }
            s.end();
        }
    }
}
