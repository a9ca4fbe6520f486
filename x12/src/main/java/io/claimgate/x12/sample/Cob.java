package io.claimgate.x12.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Coordination of benefits for generated secondary and tertiary claims: the prior payers' 2320/2330
 * loops and their adjudication, always balanced: at claim level paid + CAS = claim charge; at line level
 * SVD02 + CAS = line charge and the payer's AMT*D = the sum of its SVD02.
 */
final class Cob {
    private final Pick pick;

    Cob(Pick pick) {
        this.pick = pick;
    }

    /** One adjudication of {@code charge}: paid, contractual (CO 45) and patient responsibility (PR 1 or 2). */
    record Split(BigDecimal paid, BigDecimal contractual, BigDecimal patient, String patientReason) {
    }

    Split split(BigDecimal charge) {
        BigDecimal contractual = pick.share(charge, 10, 35);
        BigDecimal patient = pick.chance(0.7) ? pick.share(charge.subtract(contractual), 5, 30) : BigDecimal.ZERO;
        BigDecimal paid = charge.subtract(contractual).subtract(patient);
        return new Split(paid, contractual, patient, pick.one("1", "2", "3"));
    }

    /** CAS groups for a split; {@code detailsKey} is adjustmentDetails (837P) or claimAdjustmentDetails (837I). */
    static ArrayNode adjustments(Split s, String detailsKey) {
        ArrayNode groups = Parties.NODES.arrayNode();
        if (s.contractual().signum() > 0) {
            groups.add(group("CO", "45", s.contractual(), detailsKey));
        }
        if (s.patient().signum() > 0) {
            groups.add(group("PR", s.patientReason(), s.patient(), detailsKey));
        }
        return groups;
    }

    static ObjectNode group(String code, String reason, BigDecimal amount, String detailsKey) {
        ObjectNode g = Parties.object();
        g.put("adjustmentGroupCode", code);
        ObjectNode detail = Parties.object();
        detail.put("adjustmentReasonCode", reason);
        detail.put("adjustmentAmount", amount.toPlainString());
        g.putArray(detailsKey).add(detail);
        return g;
    }

    /**
     * A prior payer (2320 + 2330A/B) of responsibility {@code level}. {@code paid} and {@code adjustments}
     * are null when the payer adjudicated lines only (AMT*D then is the sum of its SVD02, given by the caller).
     */
    ObjectNode otherSubscriber(Pools.Payer payer, String level, boolean professional, ObjectNode subscriber,
                               BigDecimal paid, ArrayNode adjustments, LocalDate paidDate) {
        ObjectNode o = Parties.object();
        o.put("paymentResponsibilityLevelCode", level);
        o.put("individualRelationshipCode", "18");
        String group = payer.medicare() ? null : "G" + pick.digits(6);
        if (group != null) {
            o.put(professional ? "insuranceGroupOrPolicyNumber" : "groupNumber", group);
        }
        String filing = professional ? payer.professionalFiling() : payer.institutionalFiling();
        o.put("claimFilingIndicatorCode", !professional && "CI".equals(filing) ? "HM" : filing);
        o.put("benefitsAssignmentCertificationIndicator", "Y");
        o.put("releaseOfInformationCode", "Y");
        if (paid != null) {
            o.put("payerPaidAmount", paid.toPlainString());
        }
        if (adjustments != null && !adjustments.isEmpty()) {
            o.set("claimLevelAdjustments", adjustments);
        }
        ObjectNode name = Parties.object();
        name.put("otherInsuredQualifier", "1");
        name.put("otherInsuredLastName", subscriber.get("lastName").asText());
        name.put("otherInsuredFirstName", subscriber.get("firstName").asText());
        name.put("otherInsuredIdentifierTypeCode", "MI");
        name.put("otherInsuredIdentifier", "X" + pick.digits(9));
        o.set("otherSubscriberName", name);
        ObjectNode payerName = Parties.object();
        payerName.put("otherPayerOrganizationName", payer.name());
        payerName.put("otherPayerIdentifierTypeCode", "PI");
        payerName.put("otherPayerIdentifier", payer.id());
        payerName.put("otherPayerAdjudicationOrPaymentDate", Pick.d8(paidDate));
        o.set("otherPayerName", payerName);
        return o;
    }

    /** A 2430 line adjudication by {@code payerId} of a professional line. */
    static ObjectNode lineAdjudication(String payerId, String procedureCode, String units, Split s, LocalDate paidDate) {
        ObjectNode a = Parties.object();
        a.put("otherPayerPrimaryIdentifier", payerId);
        a.put("serviceLinePaidAmount", s.paid().toPlainString());
        a.put("serviceIdQualifier", "HC");
        a.put("procedureCode", procedureCode);
        a.put("paidServiceUnitCount", units);
        ArrayNode cas = adjustments(s, "adjustmentDetails");
        if (!cas.isEmpty()) {
            a.set("claimAdjustmentInformation", cas);
        }
        a.put("adjudicationOrPaymentDate", Pick.d8(paidDate));
        return a;
    }
}
