package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.claimgate.x12.claim.ClaimFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SNIP 3: balancing. */
class BalancingRulesTest {
    private static final String LINE0 = "claimInformation.serviceLines[0]";
    private static final String ADJUDICATION = LINE0 + ".lineAdjudicationInformation[0]";
    private static final String COB0 = "claimInformation.otherSubscriberInformation[0]";

    @Test
    void professionalClaimChargeMustEqualLineCharges() {
        ObjectNode claim = professional();
        at(claim, "claimInformation").put("claimChargeAmount", "200.00");
        assertOnly(professional(claim), Code.CHARGE_TOTAL_MISMATCH, "claimInformation.claimChargeAmount");
    }

    @Test
    void institutionalClaimChargeMustEqualLineCharges() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.serviceLines[1].institutionalService").put("lineItemChargeAmount", "500.01");
        assertOnly(institutional(claim), Code.CHARGE_TOTAL_MISMATCH, "claimInformation.claimChargeAmount");
    }

    @Test
    void chargeTotalComparesValuesNotScale() {
        ObjectNode claim = professional();
        at(claim, "claimInformation").put("claimChargeAmount", "210");
        assertIssues(professional(claim));
    }

    @Test
    void payerPaidAmountMustEqualItsLinePaidAmounts() {
        ObjectNode claim = professional();
        at(claim, COB0).put("payerPaidAmount", "70.00");
        assertOnly(professional(claim), Code.COB_PAID_TOTAL_MISMATCH, COB0 + ".payerPaidAmount");
    }

    @Test
    void claimLevelAdjustmentsReduceThePayerPaidAmount() {
        // RFI 524: sum of SVD02 (80) less the 2320 CAS amounts (PR 1 20) balances to AMT*D.
        ObjectNode claim = professional();
        at(claim, COB0).put("payerPaidAmount", "80.00");
        assertOnly(professional(claim), Code.COB_PAID_TOTAL_MISMATCH, COB0 + ".payerPaidAmount");
        at(claim, COB0).put("payerPaidAmount", "60.00");
        assertIssues(professional(claim));
    }

    @Test
    void payerPaidAmountIsNotComparedWhenThatPayerAdjudicatedNoLine() {
        ObjectNode claim = professional();
        at(claim, COB0).put("payerPaidAmount", "70.00");
        at(claim, ADJUDICATION).put("otherPayerPrimaryIdentifier", "11111");
        assertIssues(professional(claim));
    }

    @Test
    void lineChargeMustEqualPaidPlusAdjustments() {
        ObjectNode claim = professional();
        at(claim, ADJUDICATION + ".claimAdjustmentInformation[1].adjustmentDetails[0]").put("adjustmentAmount", "15.00");
        assertOnly(professional(claim), Code.LINE_ADJUDICATION_UNBALANCED, ADJUDICATION + ".serviceLinePaidAmount");
    }

    @Test
    void changedLinePaidAmountUnbalancesLineAndPayerTotal() {
        ObjectNode claim = professional();
        at(claim, ADJUDICATION).put("serviceLinePaidAmount", "90.00");
        assertIssues(professional(claim),
                "COB_PAID_TOTAL_MISMATCH " + COB0 + ".payerPaidAmount",
                "LINE_ADJUDICATION_UNBALANCED " + ADJUDICATION + ".serviceLinePaidAmount");
    }

    @Test
    void adjustmentAmountsMayBeNegative() {
        ObjectNode claim = professional();
        at(claim, COB0 + ".claimLevelAdjustments[0].adjustmentDetails[0]").put("adjustmentAmount", "-20.00");
        at(claim, COB0).put("payerPaidAmount", "100.00"); // 80 paid on the lines less -20 at claim level
        assertIssues(professional(claim));
    }

    @Test
    void malformedAmountIsReportedOnceBySchema() {
        ObjectNode claim = professional();
        at(claim, "claimInformation").put("claimChargeAmount", "210.001");
        assertOnly(professional(claim), Code.INVALID_FORMAT, "claimInformation.claimChargeAmount");
    }

    @Test
    void negativeAndSubCentAmountsOfClaimsBuiltInCode() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        ClaimInformation info = with(claim.claimInformation(), "patientAmountPaid", new BigDecimal("-5.00"));
        info = with(info, "patientEstimatedAmountDue", new BigDecimal("1.005"));
        assertEquals(List.of("NEGATIVE_AMOUNT claimInformation.patientAmountPaid",
                "AMOUNT_PRECISION claimInformation.patientEstimatedAmountDue"),
                rules(with(claim, "claimInformation", info)));
    }

    @Test
    void trailingZerosAreNotExtraDecimals() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        ClaimInformation info = with(claim.claimInformation(), "patientAmountPaid", new BigDecimal("5.000"));
        assertEquals(List.of(), rules(with(claim, "claimInformation", info)));
    }

    @Test
    void ruleAndSchemaNameTheSameFieldsSoEachIsReportedOnce() {
        // The rules' paths for CAS details must be the schema check's, or the field would be reported twice.
        ObjectNode claim = institutional();
        at(claim, "claimInformation.otherSubscriberInformation.claimLevelAdjustments[0].claimAdjustmentDetails[0]")
                .put("adjustmentAmount", "100.005");
        assertOnly(institutional(claim), Code.INVALID_FORMAT,
                "claimInformation.otherSubscriberInformation.claimLevelAdjustments[0].claimAdjustmentDetails[0]"
                        + ".adjustmentAmount");
        claim = professional();
        at(claim, ADJUDICATION + ".claimAdjustmentInformation[1].adjustmentDetails[0]").put("adjustmentAmount", "10.001");
        at(claim, "claimInformation.serviceLines[1].professionalService").put("lineItemChargeAmount", "-100.00");
        assertIssues(professional(claim),
                "INVALID_FORMAT " + ADJUDICATION + ".claimAdjustmentInformation[1].adjustmentDetails[0].adjustmentAmount",
                "INVALID_FORMAT claimInformation.serviceLines[1].professionalService.lineItemChargeAmount",
                "CHARGE_TOTAL_MISMATCH claimInformation.claimChargeAmount",
                "LINE_ADJUDICATION_UNBALANCED " + ADJUDICATION + ".serviceLinePaidAmount");
    }

    @Test
    void institutionalLineAdjustmentObjectIsBalancedToo() {
        ObjectNode claim = institutional();
        ObjectNode adjudication = at(claim, "claimInformation.serviceLines[1]").putObject("lineAdjustmentInformation");
        adjudication.put("otherPayerPrimaryIdentifier", "88888").put("serviceLinePaidAmount", "400.00")
                .put("serviceLineRevenueCode", "0300").put("paidServiceUnitCount", "1")
                .put("adjudicationOrPaymentDate", "20240320");
        adjudication.putArray("lineAdjustment").addObject().put("adjustmentGroupCode", "CO")
                .putArray("claimAdjustmentDetails").addObject().put("adjustmentReasonCode", "45")
                .put("adjustmentAmount", "100.00");
        at(claim, "claimInformation.otherSubscriberInformation").put("payerPaidAmount", "300.00"); // 400 less CO 45 100
        assertIssues(institutional(claim));
        adjudication.put("serviceLinePaidAmount", "350.00");
        assertIssues(institutional(claim),
                "COB_PAID_TOTAL_MISMATCH claimInformation.otherSubscriberInformation.payerPaidAmount",
                "LINE_ADJUDICATION_UNBALANCED claimInformation.serviceLines[1].lineAdjustmentInformation"
                        + ".serviceLinePaidAmount");
    }
}
