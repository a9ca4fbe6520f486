package io.claimgate.x12.render;

import io.claimgate.x12.claim.Adjustment;
import io.claimgate.x12.claim.AdjustmentGroup;
import io.claimgate.x12.claim.LineAdjudication;
import io.claimgate.x12.claim.MedicareOutpatientAdjudication;
import io.claimgate.x12.claim.OtherPayer;
import io.claimgate.x12.claim.OtherPayerProvider;
import io.claimgate.x12.claim.OtherSubscriber;
import io.claimgate.x12.claim.OtherSubscriberName;
import io.claimgate.x12.claim.ProviderRole;
import java.util.List;

/**
 * Coordination of benefits, for claims sent to a second or third payer: 2320 other subscriber (SBR, CAS,
 * AMT*D/A8/EAF, OI, MOA), 2330A other subscriber name, 2330B other payer, 2330C-I other payer providers,
 * and 2430 line adjudication (SVD, CAS, DTP*573, AMT*EAF).
 */
final class CobLoops {
    private CobLoops() {
    }

    /**
     * @param professional   837P (SBR05 and OI04 are written) or 837I
     * @param providerOrder  NM101 codes of the 2330C.. loops in the guide's order
     */
    static void otherSubscriber(Segments out, OtherSubscriber o, boolean professional, String[] providerOrder, String path) {
        out.seg("SBR", path, Fields.of("SBR01", "paymentResponsibilityLevelCode", "SBR02", "individualRelationshipCode",
                        "SBR03", professional ? "insuranceGroupOrPolicyNumber" : "groupNumber", "SBR04", "otherInsuredGroupName",
                        "SBR05", "insuranceTypeCode", "SBR09", "claimFilingIndicatorCode"))
                .e(o.paymentResponsibilityLevelCode()).e(o.individualRelationshipCode()).e(o.groupOrPolicyNumber())
                .e(o.otherInsuredGroupName()).e(professional ? o.insuranceTypeCode() : null).skip(3)
                .e(o.claimFilingIndicatorCode()).end();
        CommonLoops.claimFilingCode(out, o.claimFilingIndicatorCode(), path + ".claimFilingIndicatorCode");
        cas(out, o.claimLevelAdjustments(), path + ".claimLevelAdjustments",
                professional ? "adjustmentDetails" : "claimAdjustmentDetails");
        out.amt("D", o.payerPaidAmount(), path);
        out.amt("A8", o.nonCoveredChargeAmount(), path);
        out.amt("EAF", o.remainingPatientLiability(), path);
        boolean signature = professional && Boolean.TRUE.equals(o.patientSignatureGeneratedForPatient());
        out.seg("OI", path, Fields.of("OI03", "benefitsAssignmentCertificationIndicator", "OI06", "releaseOfInformationCode"))
                .skip(2).e(o.benefitsAssignmentCertificationIndicator()).e(signature ? "P" : null).skip(1)
                .e(o.releaseOfInformationCode()).end();
        MedicareOutpatientAdjudication moa = o.medicareOutpatientAdjudication();
        if (moa != null) {
            List<String> remarks = moa.claimPaymentRemarkCodes();
            Segments.Seg s = out.seg("MOA", path + ".medicareOutpatientAdjudication", Fields.of("MOA03", "claimPaymentRemarkCode"))
                    .amt(moa.reimbursementRate()).amt(moa.hcpcsPayableAmount());
            for (int i = 0; i < 5; i++) {
                s.e(i < remarks.size() ? remarks.get(i) : null);
            }
            s.amt(moa.endStageRenalDiseasePaymentAmount()).amt(moa.nonPayableProfessionalComponentBilledAmount()).end();
        }
        OtherSubscriberName n = o.otherSubscriberName();
        if (n != null) {
            String np = path + ".otherSubscriberName";
            boolean person = !"2".equals(n.qualifier());
            out.seg("NM1", np, Fields.of("NM103", "otherInsuredLastName", "NM104", "otherInsuredFirstName",
                            "NM105", "otherInsuredMiddleName", "NM107", "otherInsuredNameSuffix", "NM109", "otherInsuredIdentifier"))
                    .e("IL").e(person ? "1" : "2").e(n.lastName()).e(person ? n.firstName() : null)
                    .e(person ? n.middleName() : null).skip(1).e(person ? n.suffix() : null)
                    .e(n.identifierTypeCode()).e(n.identifier()).end();
            CommonLoops.address(out, n.address(), np + ".otherInsuredAddress");
            List<String> more = n.additionalIdentifiers();
            for (int i = 0; i < more.size(); i++) {
                out.ref("SY", more.get(i), np, "otherInsuredAdditionalIdentifier[" + i + "]");
            }
        }
        OtherPayer p = o.otherPayerName();
        if (p != null) {
            String pp = path + ".otherPayerName";
            out.seg("NM1", pp, Fields.of("NM103", "otherPayerOrganizationName", "NM109", "otherPayerIdentifier"))
                    .e("PR").e("2").e(p.organizationName()).skip(4).e(p.identifierTypeCode()).e(p.identifier()).end();
            CommonLoops.address(out, p.address(), pp + ".otherPayerAddress");
            out.dtp("573", p.adjudicationOrPaymentDate(), pp, "otherPayerAdjudicationOrPaymentDate");
            CommonLoops.refs(out, p.secondaryIdentifiers(), "2UEIFYNF", pp + ".otherPayerSecondaryIdentifier");
            out.ref("G1", p.priorAuthorizationNumber(), pp, "otherPayerPriorAuthorizationNumber");
            out.ref("9F", p.priorAuthorizationOrReferralNumber(), pp, "otherPayerPriorAuthorizationOrReferralNumber");
            if (Boolean.TRUE.equals(p.claimAdjustmentIndicator())) {
                out.ref("T4", "Y", pp, "otherPayerClaimAdjustmentIndicator");
            }
            out.ref("F8", p.claimControlNumber(), pp, "otherPayerClaimControlNumber");
        }
        List<OtherPayerProvider> providers = o.otherPayerProviders();
        for (String entity : providerOrder) {
            for (int i = 0; i < providers.size(); i++) {
                OtherPayerProvider op = providers.get(i);
                String code = op.serviceFacility() ? "77" : op.role().entityCode();
                if (code.equals(entity)) {
                    String opPath = path + ".otherPayerProviders[" + i + "]";
                    out.seg("NM1", opPath).e(entity).e(op.serviceFacility() ? "2"
                            : op.entityTypeQualifier() == null ? "1" : op.entityTypeQualifier()).end();
                    CommonLoops.refs(out, op.identifiers(), op.role() == ProviderRole.BILLING ? "G2LU" : "0B1GG2LU", opPath);
                }
            }
        }
    }

    /** CAS: group code and up to six reason / amount / quantity triples per segment. */
    static void cas(Segments out, List<AdjustmentGroup> groups, String path, String detailsName) {
        for (int g = 0; g < groups.size(); g++) {
            AdjustmentGroup group = groups.get(g);
            List<Adjustment> adj = group.adjustments();
            String gp = path + "[" + g + "]";
            for (int from = 0; from < adj.size(); from += 6) {
                Segments.Seg s = out.seg("CAS", gp, Fields.of("CAS01", "adjustmentGroupCode", "CAS02", detailsName + "[" + from + "].adjustmentReasonCode"))
                        .e(group.groupCode());
                for (int i = from; i < Math.min(adj.size(), from + 6); i++) {
                    Adjustment a = adj.get(i);
                    s.e(a.reasonCode()).amt(a.amount()).amt(a.quantity());
                }
                s.end();
            }
        }
    }

    /**
     * 2430: SVD (other payer id, paid amount, procedure composite, 837I revenue code, paid units, bundled line),
     * CAS, DTP*573, AMT*EAF.
     */
    static void lineAdjudication(Segments out, LineAdjudication a, boolean professional, String path) {
        List<String> m = a.procedureModifiers();
        out.seg("SVD", path, Fields.of("SVD01", "otherPayerPrimaryIdentifier", "SVD03-02", "procedureCode",
                        "SVD03-03", "procedureModifier[0]", "SVD03-04", "procedureModifier[1]", "SVD03-05", "procedureModifier[2]",
                        "SVD03-06", "procedureModifier[3]", "SVD03-07", "procedureCodeDescription", "SVD04", "serviceLineRevenueCode",
                        "SVD06", "bundledLineNumber"))
                .e(a.otherPayerPrimaryIdentifier()).amt(a.serviceLinePaidAmount())
                .c(serviceQualifier(a, professional), a.procedureCode(), at(m, 0), at(m, 1),
                        at(m, 2), at(m, 3), a.procedureCodeDescription())
                .e(professional ? null : a.serviceLineRevenueCode()).amt(a.paidServiceUnitCount()).e(a.bundledLineNumber())
                .end();
        cas(out, a.adjustments(), path + ".lineAdjustment", "adjustmentDetails");
        out.dtp("573", a.adjudicationOrPaymentDate(), path, "adjudicationOrPaymentDate");
        out.amt("EAF", a.remainingPatientLiability(), path);
    }

    /** SVD03-1: as sent, else HC; none at all on an 837I line paid by revenue code alone (SVD03 is situational there). */
    private static String serviceQualifier(LineAdjudication a, boolean professional) {
        if (!professional && Segments.isEmpty(a.procedureCode())) {
            return null;
        }
        return a.serviceIdQualifier() == null ? "HC" : a.serviceIdQualifier();
    }

    static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }
}
