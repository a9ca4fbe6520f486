package io.claimgate.x12.render;

import io.claimgate.x12.claim.Attachment;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ContractInformation;
import io.claimgate.x12.claim.Facility;
import io.claimgate.x12.claim.Subscriber;
import java.util.List;

/**
 * What 837P and 837I write alike: the loop keys that decide which claims share a transaction set, a 2000A
 * billing provider, a 2000B subscriber or a 2000C patient; GS08/ST03 and BHT06; the 1000A/1000B header; the
 * 2000B SBR; and the PWK and service facility loops both guides use. The kind-specific 2300 and PAT content
 * stays in each format.
 */
abstract class AbstractClaimFormat implements ClaimFormat {
    final List<Claim> claims;
    final RenderSettings settings;
    final LineWriter lines;
    private final String version;

    AbstractClaimFormat(List<Claim> claims, RenderSettings settings, String version, boolean professional) {
        this.claims = claims;
        this.settings = settings;
        this.version = version;
        this.lines = new LineWriter(professional);
    }

    /**
     * The PAT details that go with the patient, in the subscriber key when the patient is the subscriber and in the
     * patient key otherwise: claims that differ in them cannot share the loop that writes them.
     */
    abstract List<String> patientDetails(ClaimInformation ci);

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String transactionType(int claim) {
        return Keys.bht06(claims.get(claim));
    }

    // ---- which claims share loops -------------------------------------------------------------------------------

    @Override
    public final Object transaction(int claim) {
        return Keys.header(claims.get(claim));
    }

    @Override
    public final Object billing(int claim) {
        Claim c = claims.get(claim);
        return new Keys.Billing(c.billing(), c.payToAddress(), c.payToPlan());
    }

    @Override
    public final Object subscriber(int claim) {
        Claim c = claims.get(claim);
        ClaimInformation ci = c.claimInformation();
        boolean self = Keys.patientIsSubscriber(c);
        return new Keys.Subscriber(c.subscriber(), ci.claimFilingCode(), c.tradingPartnerServiceId(),
                c.tradingPartnerName(), c.payerAddress(), c.billing() == null ? null : c.billing().commercialNumber(),
                c.billing() == null ? null : c.billing().locationNumber(), self ? patientDetails(ci) : null);
    }

    @Override
    public final Object patient(int claim) {
        Claim c = claims.get(claim);
        return Keys.patientIsSubscriber(c) ? null : new Keys.Patient(c.dependent(), patientDetails(c.claimInformation()));
    }

    // ---- 1000A/1000B, 2000B SBR, CLM01 --------------------------------------------------------------------------

    @Override
    public final void header(Segments out, int claim) {
        CommonLoops.header(out, claims.get(claim), settings);
    }

    @Override
    public final String patientControlNumber(int claim) {
        return claims.get(claim).claimInformation().patientControlNumber();
    }

    /**
     * 2000B SBR and the claim filing code check: SBR01 payer responsibility, SBR02 18 when the patient is the
     * subscriber, SBR03 group (else policy) number, SBR04 group name, SBR05 {@code insuranceType} (837P only; null
     * leaves it empty), SBR09 claim filing indicator.
     */
    static void sbr(Segments out, Claim c, boolean patientIsSubscriber, String insuranceType) {
        Subscriber s = c.subscriber();
        String group = s == null ? null : Segments.isEmpty(s.groupNumber()) ? s.policyNumber() : s.groupNumber();
        out.seg("SBR", "subscriber", Fields.of("SBR01", "paymentResponsibilityLevelCode", "SBR03",
                        s != null && Segments.isEmpty(s.groupNumber()) ? "policyNumber" : "groupNumber",
                        "SBR04", "subscriberGroupName", "SBR05", "insuranceTypeCode",
                        "SBR09", "claimInformation.claimFilingCode"))
                .e(s == null ? null : s.paymentResponsibilityLevelCode()).e(patientIsSubscriber ? "18" : null).e(group)
                .e(s == null ? null : s.subscriberGroupName()).e(insuranceType).skip(3)
                .e(c.claimInformation().claimFilingCode()).end();
        CommonLoops.claimFilingCode(out, c.claimInformation().claimFilingCode(), "claimInformation.claimFilingCode");
    }

    // ---- loops both guides write the same way -------------------------------------------------------------------

    /** PWK: report type, transmission code, AC + attachment control number. */
    static void attachments(Segments out, List<Attachment> attachments, String path) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            boolean control = !Segments.isEmpty(a.controlNumber());
            out.seg("PWK", path + "[" + i + "]", Fields.of("PWK01", "attachmentReportTypeCode", "PWK02",
                            "attachmentTransmissionCode", "PWK06", "attachmentControlNumber"))
                    .e(a.reportTypeCode()).e(a.transmissionCode()).skip(2).e(control ? "AC" : null).e(a.controlNumber()).end();
        }
    }

    /** 2300 CN1: contract type, amount, percentage, code, terms discount percentage, version. */
    static void contract(Segments out, ContractInformation c, String path) {
        if (c == null) {
            return;
        }
        out.seg("CN1", path, Fields.of("CN101", "contractTypeCode", "CN102", "contractAmount", "CN103",
                        "contractPercentage", "CN104", "contractCode", "CN105", "termsDiscountPercentage", "CN106",
                        "contractVersionIdentifier"))
                .e(c.contractTypeCode()).amt(c.contractAmount()).amt(c.contractPercentage()).e(c.contractCode())
                .amt(c.termsDiscountPercentage()).e(c.contractVersionIdentifier()).end();
    }

    /** 2300 K3 file information: one segment per line of fixed-format text, at most 10. */
    static void fileInformation(Segments out, List<String> lines, String path) {
        for (int i = 0; i < Math.min(10, lines.size()); i++) {
            out.seg("K3", path + "[" + i + "]", Fields.one("K301", "")).e(lines.get(i)).end();
        }
    }

    /** 2310C / 2420C (837P) and 2310E (837I) service facility: NM1*77, N3, N4, REF, PER. */
    static void facility(Segments out, Facility f, String path, boolean withContact) {
        if (f == null) {
            return;
        }
        out.nm1("77", f.organizationName(), null, null, null, null, "XX", f.npi(), path, "npi");
        CommonLoops.address(out, f.address(), path + ".address");
        if (!withContact) {
            CommonLoops.zipPlus4(out, f.address(), path + ".address", "the claim's service facility location");
        }
        CommonLoops.refs(out, f.secondaryIdentifiers(), "0BG2LU", path + ".secondaryIdentifiers");
        if (withContact && !Segments.isEmpty(f.phoneNumber())) {
            out.per(f.phoneName(), f.phoneNumber(), f.phoneExtension(), null, null, path);
        }
    }
}
