package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.remit.Adjustment;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.ProviderAdjustment;
import io.claimgate.x12.remit.Remittance;
import io.claimgate.x12.remit.ServicePayment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The real 835 samples, read and checked against values counted by hand from the files. */
class RemittanceSampleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, claims, sum of CLP03, sum of CLP04, BPR02, PLB total, balanced, issue codes
            "LFH__835_005010X221A1_cob-contractural-adjustment.835, 1, 541.00, 34.00, 34.00, 0, true, ''",
            "LFH__835_005010X221A1_managed-care.835, 2, 2000.00, 945.00, 945.00, 0, true, INVALID_DATE",
            "LFH__835_005010X221A1_medicare-part-a.835, 2, 226366.97, 149998.73, 150000.00, -1.27, true, ''",
            "LFH__835_005010X221A1_secondary-payment.835, 2, 11075.14, 1222.00, 1222.00, 0, true, ''",
            "LFH__835_005010X221A1_tertiary-payment.835, 1, 1766.50, 187.50, 187.50, 0, false, AMOUNTS_DO_NOT_BALANCE",
            "edi835parser__emedny_sample.txt, 3, 102.50, 45.75, 45.75, 0, true, ''",
            "edi835parser__united_healthcare_legacy_sample.txt, 2, 1157.52, 349.99, 349.99, 0, true, ''",
            "pyx12__835_mult_loops.txt, 1, 915.39, 0, 0, 0, true, ''",
    })
    void totalsMatchTheFile(String file, int claims, String charge, String paid, String bpr, String plb, boolean balanced,
                            String issueCodes) {
        InboundFile f = InboundSamples.read("835/" + file);
        assertFalse(f.result().notX12());
        assertEquals(1, f.remittances().size());
        Remittance r = f.remittances().get(0);
        assertEquals(claims, r.claims().size());
        assertEquals(claims, r.summary().claims());
        assertEquals(0, new BigDecimal(charge).compareTo(r.summary().chargeTotal()), "CLP03");
        assertEquals(0, new BigDecimal(paid).compareTo(r.summary().paidTotal()), "CLP04");
        assertEquals(0, new BigDecimal(bpr).compareTo(r.summary().paymentAmount()), "BPR02");
        assertEquals(0, new BigDecimal(bpr).compareTo(r.header().payment().amount()), "BPR02");
        assertEquals(0, new BigDecimal(plb).compareTo(r.summary().providerAdjustmentTotal()), "PLB");
        assertEquals(balanced, r.summary().balanced());
        List<String> codes = f.issues().stream().map(i -> i.error().name()).toList();
        assertEquals(issueCodes.isEmpty() ? List.of() : List.of(issueCodes.split(" ")), codes, f.issues().toString());
    }

    @Test
    void managedCareClaimsLinesAndAdjustments() {
        Remittance r = InboundSamples.read("835/LFH__835_005010X221A1_managed-care.835").remittances().get(0);
        assertEquals("I", r.header().payment().handling());
        assertEquals("ACH", r.header().payment().method());
        assertEquals("CCP", r.header().payment().format());
        assertEquals("888999777", r.header().payment().senderDfi());
        assertEquals("144444", r.header().payment().receiverAccount());
        assertNull(r.header().payment().date(), "BPR16 20002316 is not a date");
        X12Issue dateIssue = InboundSamples.read("835/LFH__835_005010X221A1_managed-care.835").issues().get(0);
        assertEquals("BPR16", dateIssue.position().reference());
        assertEquals(4, dateIssue.position().segmentIndex());
        assertEquals("7170066655", r.header().traceNumber());
        assertEquals("1935665544", r.header().traceOriginator());
        assertEquals(LocalDate.of(2002, 3, 14), r.header().productionDate());
        assertEquals("RUSHMORE LIFE", r.header().payer().name());
        assertEquals("5544667733", r.header().payee().id());

        ClaimPayment c = r.claims().get(0);
        assertEquals("5554555444", c.patientControlNumber());
        assertEquals("1", c.status());
        assertEquals("Processed as Primary", c.statusDescription());
        assertEquals(new BigDecimal("800.00"), c.charge());
        assertEquals(new BigDecimal("450.00"), c.paid());
        assertEquals(new BigDecimal("300.00"), c.patientResponsibility());
        assertEquals("12", c.filingIndicator());
        assertEquals("94060555410000", c.payerClaimControlNumber());
        assertEquals("BUDD", c.patient().name());
        assertEquals(ClaimPayment.Kind.ORIGINAL, c.kind());
        Adjustment claimCas = c.adjustments().get(0);
        assertEquals("CO", claimCas.group());
        assertEquals("Contractual Obligations", claimCas.groupDescription());
        assertEquals("A2", claimCas.reason());
        assertEquals(new BigDecimal("50.00"), claimCas.amount());
        ServicePayment line = c.lines().get(0);
        assertEquals("HC", line.procedure().qualifier());
        assertEquals("99211", line.procedure().code());
        assertEquals(new BigDecimal("800.00"), line.charge());
        assertEquals(new BigDecimal("500.00"), line.paid());
        assertEquals(LocalDate.of(2002, 3, 1), line.serviceDates().from());
        assertEquals(LocalDate.of(2002, 3, 4), line.serviceDates().to());
        assertEquals("PR", line.adjustments().get(0).group());
        assertEquals("1", line.adjustments().get(0).reason());
        assertEquals("Deductible Amount.", line.adjustments().get(0).reasonDescription());
        assertEquals(2, r.claims().get(1).lines().get(0).adjustments().size());
    }

    @Test
    void secondaryPaymentCasTriplesAndRenderingProvider() {
        Remittance r = InboundSamples.read("835/LFH__835_005010X221A1_secondary-payment.835").remittances().get(0);
        ClaimPayment c = r.claims().get(1);
        assertEquals("0001000053", c.patientControlNumber());
        assertEquals("2", c.status());
        assertEquals("SMITH JONES PA", c.renderingProvider().name());
        assertEquals(LocalDate.of(2005, 1, 6), c.statementPeriod().from());
        assertEquals(LocalDate.of(2005, 1, 6), c.statementPeriod().to());
        ServicePayment second = c.lines().get(1);
        assertEquals(3, second.adjustments().size(), "CAS*PR*1*150.00**2*70.00 holds two triples, CAS*CO*42 one");
        assertEquals("2", second.adjustments().get(1).reason());
        assertEquals(new BigDecimal("70.00"), second.adjustments().get(1).amount());
        assertEquals(new BigDecimal("305.00"), second.adjustmentTotal());
        assertEquals("220", second.revenueCode());
        assertEquals(new BigDecimal("500.00"), second.allowedAmount());
        assertEquals("1B", second.references().get(0).qualifier());
        assertEquals("43285", second.references().get(0).value());
    }

    @Test
    void medicarePartARemarksAndProviderAdjustment() {
        Remittance r = InboundSamples.read("835/LFH__835_005010X221A1_medicare-part-a.835").remittances().get(0);
        assertEquals("C", r.header().payment().handling());
        assertEquals(LocalDate.of(2002, 9, 13), r.header().payment().date());
        ClaimPayment second = r.claims().get(1);
        assertEquals("130212", second.headerNumber());
        assertEquals("MB", second.filingIndicator());
        assertEquals("13", second.facilityCode());
        assertEquals("1", second.frequency());
        assertEquals("MOA", second.remarks().get(0).source());
        assertEquals("MA02", second.remarks().get(0).code());
        assertTrue(second.remarks().get(0).description().contains("appeal"));
        assertTrue(r.claims().get(0).remarks().isEmpty(), "MIA*0***138018.40 carries no remark code");
        ProviderAdjustment plb = r.adjustments().get(0);
        assertEquals("6543210903", plb.providerId());
        assertEquals(LocalDate.of(2002, 12, 31), plb.fiscalPeriodEnd());
        assertEquals("CV", plb.items().get(0).reason());
        assertEquals("Capital Passthru", plb.items().get(0).reasonDescription());
        assertEquals("CP", plb.items().get(0).reference());
        assertEquals(new BigDecimal("-1.27"), plb.items().get(0).amount());
    }

    @Test
    void remarkCodesOnLinesAndSubmittedProcedure() {
        Remittance r = InboundSamples.read("835/pyx12__835_mult_loops.txt").remittances().get(0);
        ClaimPayment c = r.claims().get(0);
        assertEquals("4", c.status());
        assertEquals("Denied", c.statusDescription());
        assertEquals(3, c.lines().size());
        for (ServicePayment l : c.lines()) {
            assertEquals("N14", l.remarks().get(0).code());
            assertEquals("LQ", l.remarks().get(0).source());
            assertFalse(l.remarks().get(0).description().isEmpty());
        }
        assertEquals(new BigDecimal("68"), c.lines().get(0).unitsPaid());
        assertTrue(c.lines().get(0).submittedProcedure().isEmpty());
    }

    @Test
    void unbalancedLineIsPositioned() {
        InboundFile f = InboundSamples.read("835/LFH__835_005010X221A1_tertiary-payment.835");
        X12Issue i = f.issues().get(0);
        assertEquals(X12Error.AMOUNTS_DO_NOT_BALANCE, i.error());
        assertEquals(20, i.position().segmentIndex());
        assertEquals("SVC", i.position().segmentId());
        assertTrue(i.message().contains("22832.50"), i.message());
    }
}
