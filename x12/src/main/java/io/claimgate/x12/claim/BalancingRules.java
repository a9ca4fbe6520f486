package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * WEDI SNIP level 3, balancing: the amounts of a claim that must add up.
 *
 * <ul>
 * <li>CLM02 total claim charge = the sum of the lines' SV102 (837P) / SV203 (837I).</li>
 * <li>2320 AMT*D payer paid amount = the sum of that payer's 2430 SVD02 line paid amounts, when the payer
 *     adjudicated lines (2430 SVD01 equal to the 2330B NM109 payer id).</li>
 * <li>2430: the line charge = SVD02 paid + the line's CAS adjustment amounts.</li>
 * <li>Amounts carry at most 2 decimals; all but CAS adjustment amounts are not negative.</li>
 * </ul>
 */
final class BalancingRules {
    private BalancingRules() {
    }

    static void check(RuleContext c) {
        if (c.info == null) {
            return;
        }
        chargeTotal(c);
        payerPaidTotals(c);
        lineAdjudications(c);
        amounts(c);
    }

    private static void chargeTotal(RuleContext c) {
        BigDecimal claimCharge = c.info.claimChargeAmount();
        List<ServiceLine> lines = c.info.serviceLines();
        if (claimCharge == null || lines.isEmpty() || lines.stream().anyMatch(l -> l.lineItemChargeAmount() == null)) {
            return; // a missing amount is reported by the schema check; no total to compare
        }
        if (claimCharge.compareTo(c.info.serviceLineChargeTotal()) != 0) {
            c.error(Code.CHARGE_TOTAL_MISMATCH, ClaimPaths.info("claimChargeAmount"),
                    "must equal the sum of the service lines' lineItemChargeAmount");
        }
    }

    private static void payerPaidTotals(RuleContext c) {
        List<OtherSubscriber> others = c.info.otherSubscribers();
        for (int i = 0; i < others.size(); i++) {
            OtherSubscriber o = others.get(i);
            String payerId = o.otherPayerName() == null ? null : o.otherPayerName().identifier();
            if (o.payerPaidAmount() == null || payerId == null) {
                continue;
            }
            BigDecimal linePaid = BigDecimal.ZERO;
            boolean adjudicated = false;
            for (ServiceLine line : c.info.serviceLines()) {
                for (LineAdjudication a : line.lineAdjudications()) {
                    if (payerId.equals(a.otherPayerPrimaryIdentifier()) && a.serviceLinePaidAmount() != null) {
                        adjudicated = true;
                        linePaid = linePaid.add(a.serviceLinePaidAmount());
                    }
                }
            }
            // 837 guides, 2320 AMT*D and X12 RFI 524: for a given prior payer, the sum of the line payments
            // (2430 SVD02) less the claim-level adjustments (2320 CAS) balances to the payer paid amount.
            BigDecimal claimAdjustments = BigDecimal.ZERO;
            for (AdjustmentGroup group : o.claimLevelAdjustments()) {
                for (Adjustment adjustment : group.adjustments()) {
                    if (adjustment.amount() != null) {
                        claimAdjustments = claimAdjustments.add(adjustment.amount());
                    }
                }
            }
            if (adjudicated && o.payerPaidAmount().compareTo(linePaid.subtract(claimAdjustments)) != 0) {
                c.error(Code.COB_PAID_TOTAL_MISMATCH, c.paths.otherSubscriber(i) + ".payerPaidAmount",
                        "must equal the sum of this payer's serviceLinePaidAmount on the lines it adjudicated,"
                                + " less its claim-level adjustment amounts");
            }
        }
    }

    private static void lineAdjudications(RuleContext c) {
        List<ServiceLine> lines = c.info.serviceLines();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal charge = lines.get(i).lineItemChargeAmount();
            List<LineAdjudication> adjudications = lines.get(i).lineAdjudications();
            for (int j = 0; j < adjudications.size(); j++) {
                LineAdjudication a = adjudications.get(j);
                if (charge == null || a.serviceLinePaidAmount() == null) {
                    continue;
                }
                BigDecimal accounted = a.serviceLinePaidAmount().add(sum(a.adjustments()));
                if (charge.compareTo(accounted) != 0) {
                    c.error(Code.LINE_ADJUDICATION_UNBALANCED, c.paths.lineAdjudication(i, j) + ".serviceLinePaidAmount",
                            "the line charge must equal serviceLinePaidAmount plus the line's adjustment amounts");
                }
            }
        }
    }

    private static BigDecimal sum(List<AdjustmentGroup> groups) {
        BigDecimal total = BigDecimal.ZERO;
        for (AdjustmentGroup g : groups) {
            for (Adjustment a : g.adjustments()) {
                if (a.amount() != null) {
                    total = total.add(a.amount());
                }
            }
        }
        return total;
    }

    private static void amounts(RuleContext c) {
        ClaimInformation info = c.info;
        amount(c, () -> ClaimPaths.info("claimChargeAmount"), info.claimChargeAmount(), false);
        amount(c, () -> ClaimPaths.info("patientAmountPaid"), info.patientAmountPaid(), false);
        amount(c, () -> ClaimPaths.info("patientEstimatedAmountDue"), info.patientEstimatedAmountDue(), false);
        List<OtherSubscriber> others = info.otherSubscribers();
        for (int i = 0; i < others.size(); i++) {
            OtherSubscriber o = others.get(i);
            int at = i;
            amount(c, () -> c.paths.otherSubscriber(at) + ".payerPaidAmount", o.payerPaidAmount(), false);
            amount(c, () -> c.paths.otherSubscriber(at) + ".nonCoveredChargeAmount", o.nonCoveredChargeAmount(), false);
            amount(c, () -> c.paths.otherSubscriber(at) + ".remainingPatientLiability", o.remainingPatientLiability(),
                    false);
            List<AdjustmentGroup> groups = o.claimLevelAdjustments();
            for (int g = 0; g < groups.size(); g++) {
                List<Adjustment> details = groups.get(g).adjustments();
                for (int d = 0; d < details.size(); d++) {
                    int group = g;
                    int detail = d;
                    amount(c, () -> c.paths.claimAdjustment(at, group, detail) + ".adjustmentAmount",
                            details.get(d).amount(), true);
                }
            }
        }
        List<ServiceLine> lines = info.serviceLines();
        for (int i = 0; i < lines.size(); i++) {
            lineAmounts(c, i, lines.get(i));
        }
    }

    private static void lineAmounts(RuleContext c, int i, ServiceLine line) {
        if (line.professionalService() != null) {
            amount(c, () -> ClaimPaths.line(i) + ".professionalService.lineItemChargeAmount",
                    line.professionalService().lineItemChargeAmount(), false);
        }
        if (line.institutionalService() != null) {
            amount(c, () -> ClaimPaths.line(i) + ".institutionalService.lineItemChargeAmount",
                    line.institutionalService().lineItemChargeAmount(), false);
            amount(c, () -> ClaimPaths.line(i) + ".institutionalService.nonCoveredChargeAmount",
                    line.institutionalService().nonCoveredChargeAmount(), false);
        }
        amount(c, () -> ClaimPaths.line(i) + ".salesTaxAmount", line.salesTaxAmount(), false);
        amount(c, () -> ClaimPaths.line(i) + ".postageTaxAmount", line.postageTaxAmount(), false);
        amount(c, () -> ClaimPaths.line(i) + ".serviceTaxAmount", line.serviceTaxAmount(), false);
        amount(c, () -> ClaimPaths.line(i) + ".facilityTaxAmount", line.facilityTaxAmount(), false);
        List<LineAdjudication> adjudications = line.lineAdjudications();
        for (int j = 0; j < adjudications.size(); j++) {
            LineAdjudication a = adjudications.get(j);
            int at = j;
            amount(c, () -> c.paths.lineAdjudication(i, at) + ".serviceLinePaidAmount", a.serviceLinePaidAmount(), false);
            amount(c, () -> c.paths.lineAdjudication(i, at) + ".remainingPatientLiability", a.remainingPatientLiability(),
                    false);
            for (int g = 0; g < a.adjustments().size(); g++) {
                List<Adjustment> details = a.adjustments().get(g).adjustments();
                for (int d = 0; d < details.size(); d++) {
                    int group = g;
                    int detail = d;
                    amount(c, () -> c.paths.lineAdjustment(i, at, group, detail) + ".adjustmentAmount",
                            details.get(d).amount(), true);
                }
            }
        }
    }

    /** CAS amounts may be negative (a reversal); every other amount of the claim JSON is unsigned. */
    private static void amount(RuleContext c, Supplier<String> path, BigDecimal amount, boolean signed) {
        if (amount == null) {
            return;
        }
        if (!signed && amount.signum() < 0) {
            c.error(Code.NEGATIVE_AMOUNT, path.get(), "must not be negative");
        }
        // stripping zeros only lowers the scale: a scale of 2 or less needs no stripped copy
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            c.error(Code.AMOUNT_PRECISION, path.get(), "at most 2 decimals");
        }
    }
}
