package io.claimgate.x12.validate;

import static io.claimgate.x12.validate.Small835.BASE;
import static io.claimgate.x12.validate.SmallTransaction.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import org.junit.jupiter.api.Test;

/** 835-specific errors on a small 835 (that pyx12 accepts) broken in one place. */
class RemittanceValidatorTest {

    private static void accepted(SmallTransaction t) {
        FileReport r = t.validate();
        assertTrue(r.accepted(), () -> transaction(r).issues().toString());
    }

    @Test
    void acceptsTheBaseFileAndCountsItsClaims() {
        FileReport r = BASE.validate();
        assertTrue(r.accepted(), () -> transaction(r).issues().toString());
        TransactionReport t = transaction(r);
        assertEquals("835", t.transactionSetId());
        assertEquals(1, t.claimCount());
        assertEquals(0, t.issueCount());
    }

    @Test
    void missingCheckIssueDate() {
        expectMissingBpr16(BASE.replacing(4, "BPR*I*170*C*ACH*CCP*01*123456789*DA*1234567*1234567890**01*987654321*DA*7654321"));
        // The LFH samples put the date one place early (BPR15): BPR16 is then missing.
        expectMissingBpr16(BASE.replacing(4, "BPR*I*170*C*CHK***********20240105"));
    }

    private static void expectMissingBpr16(SmallTransaction t) {
        X12Issue i = t.expect(X12Error.REQUIRED_ELEMENT_MISSING, 4, "BPR16", "", "373");
        assertEquals("1", i.error().wireCode());
    }

    @Test
    void invalidCheckIssueDate() {
        BASE.replacing(4, "BPR*I*170*C*ACH*CCP*01*123456789*DA*1234567*1234567890**01*987654321*DA*7654321*20002316")
                .expect(X12Error.INVALID_DATE, 4, "BPR16", "", "373");
    }

    @Test
    void invalidProductionDate() {
        BASE.replacing(7, "DTM*405*20240231").expect(X12Error.INVALID_DATE, 7, "DTM02", "", "373");
    }

    @Test
    void payeeStateMustBeAStateOrProvince() {
        X12Issue i = BASE.replacing(14, "N4*NORTH POLE*NP*00000").expect(X12Error.INVALID_CODE, 14, "N402", "1000B", "156");
        assertEquals("NP", i.badValue());
    }

    @Test
    void payerTechnicalContactIsRequired() {
        // Without PER*BL the payee N1 (now segment 11) closes the payer loop.
        BASE.removing(11).expect(X12Error.REQUIRED_SEGMENT_MISSING, 11, "PER", "1000A", "");
    }

    @Test
    void payerContactsAndWebSiteAreAccepted() {
        accepted(BASE.inserting(11, "PER*CX*CLAIMS*TE*8005551234").inserting(13, "PER*BL*EDI*EM*EDI@EXAMPLE.COM",
                "PER*IC**UR*WWW.EXAMPLE.COM"));
    }

    @Test
    void webSiteContactMustBeAnAddress() {
        BASE.inserting(12, "PER*IC**TE*8005551234").expect(X12Error.INVALID_CODE, 12, "PER03", "1000A", "365");
    }

    @Test
    void claimStatusCode() {
        BASE.replacing(17, "CLP*CLAIM-1*5*250*170*30*12*PAYERCCN1*11*1").expect(X12Error.INVALID_CODE, 17, "CLP02", "2100", "1029");
    }

    @Test
    void claimPaidLessThanChargedWithoutAnyAdjustment() {
        // The line is paid in full, so nothing at line level; the claim's 80.00 is adjusted nowhere.
        BASE.replacing(21, "SVC*HC:99213*250*250**1").removing(23, 24)
                .expect(X12Error.DEPENDENT_SEGMENT_MISSING, 17, "CAS", "2100", "");
    }

    @Test
    void claimLevelAdjustmentsExplainAClaimWithoutLines() {
        accepted(BASE.removing(21, 26).inserting(18, "CAS*CO*45*50", "CAS*PR*1*30"));
        BASE.removing(21, 26).expect(X12Error.DEPENDENT_SEGMENT_MISSING, 17, "CAS", "2100", "");
    }

    @Test
    void serviceLinePaidLessThanChargedWithoutAdjustment() {
        FileReport r = BASE.removing(23, 24).validate();
        // Both the line and the claim lack the adjustment that explains their difference.
        assertEquals(2, transaction(r).issues().stream().filter(i -> i.error() == X12Error.DEPENDENT_SEGMENT_MISSING).count());
        X12Issue line = transaction(r).issues().get(0);
        assertEquals("2110", line.loopId());
        assertEquals(21, line.position().segmentIndex());
    }

    @Test
    void serviceLineThatDoesNotBalance() {
        BASE.replacing(24, "CAS*PR*1*20").expect(X12Error.PATTERN_MISMATCH, 21, "SVC03", "2110", "782");
    }

    @Test
    void adjustmentGroupCode() {
        BASE.replacing(23, "CAS*CR*45*50").expect(X12Error.INVALID_CODE, 23, "CAS01", "2110", "1033");
    }

    @Test
    void statementDatesMayComeInEitherOrder() {
        accepted(BASE.replacing(19, "DTM*233*20231215").replacing(20, "DTM*232*20231215"));
    }

    @Test
    void providerSummaryDropsTheElementsThatAreNotUsed() {
        accepted(BASE.inserting(17, "TS3*1234567893*11*20241231*1*250"));
        BASE.inserting(17, "TS3*1234567893*11*20241231*1*250****138018.40")
                .expect(X12Error.ELEMENT_NOT_USED, 17, "TS309", "2000", "782");
    }

    @Test
    void claimWithoutHeaderNumberFitsNowhere() {
        FileReport r = BASE.removing(16).validate();
        X12Issue first = transaction(r).issues().get(0);
        assertEquals(X12Error.UNEXPECTED_SEGMENT, first.error());
        assertEquals(16, first.position().segmentIndex());
    }

    @Test
    void providerAdjustments() {
        accepted(BASE.inserting(27, "PLB*1234567893*20241231*WO:CLAIM-0*25.00*L6*-5.00"));
        BASE.inserting(27, "PLB*1234567893*20241231*ZZ:CLAIM-0*25.00")
                .expect(X12Error.INVALID_CODE, 27, "PLB03-01", "", "426");
        BASE.inserting(27, "PLB*1234567893*20241231*WO:CLAIM-0*25.00*L6")
                .expect(X12Error.CONDITIONAL_ELEMENT_MISSING, 27, "PLB06", "", "782");
    }
}
