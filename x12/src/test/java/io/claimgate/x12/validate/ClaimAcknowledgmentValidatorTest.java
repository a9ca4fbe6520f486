package io.claimgate.x12.validate;

import static io.claimgate.x12.validate.Small277CA.BASE;
import static io.claimgate.x12.validate.SmallTransaction.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import org.junit.jupiter.api.Test;

/** 277CA-specific errors on a small 277CA (that pyx12 accepts) broken in one place. */
class ClaimAcknowledgmentValidatorTest {

    private static void accepted(SmallTransaction t) {
        FileReport r = t.validate();
        assertTrue(r.accepted(), () -> transaction(r).issues().toString());
    }

    @Test
    void acceptsTheBaseFile() {
        FileReport r = BASE.validate();
        assertTrue(r.accepted(), () -> transaction(r).issues().toString());
        assertEquals("277", transaction(r).transactionSetId());
        assertEquals("005010X214", transaction(r).reference());
    }

    @Test
    void informationReceiverStatusIsRequired() {
        // Without the 2200B STC the QTY (now segment 13) moves past the place it had to be.
        BASE.removing(13).expect(X12Error.REQUIRED_SEGMENT_MISSING, 13, "STC", "2200B", "");
    }

    @Test
    void billingProviderTraceNeedsItsStatus() {
        // The imsweb samples: a 2200C TRN with no STC; the QTY (now segment 19) moves past it.
        BASE.removing(19).expect(X12Error.REQUIRED_SEGMENT_MISSING, 19, "STC", "2200C", "");
        BASE.removing(19, 21).expect(X12Error.REQUIRED_SEGMENT_MISSING, 19, "STC", "2200C", "");
    }

    @Test
    void billingProviderStatusHasNoEffectiveDate() {
        BASE.replacing(19, "STC*A1:19:PR*20240102*WQ*250").expect(X12Error.ELEMENT_NOT_USED, 19, "STC02", "2200C", "373");
    }

    @Test
    void actionCodeIsRequired() {
        BASE.replacing(25, "STC*A2:20:PR*20240102**250").expect(X12Error.REQUIRED_ELEMENT_MISSING, 25, "STC03", "2200D", "306");
    }

    @Test
    void statusCategoryComesFromItsCodeList() {
        BASE.replacing(25, "STC*Q9:20:PR*20240102*WQ*250").expect(X12Error.INVALID_CODE, 25, "STC01-01", "2200D", "1271");
    }

    @Test
    void claimServiceDateIsRequiredAndValid() {
        BASE.removing(28).expect(X12Error.REQUIRED_SEGMENT_MISSING, 28, "DTP", "2200D", "");
        BASE.replacing(28, "DTP*472*D8*20230230").expect(X12Error.INVALID_DATE, 28, "DTP03", "2200D", "1251");
        accepted(BASE.replacing(28, "DTP*472*RD8*20231201-20231215"));
    }

    @Test
    void claimReferencesMayComeInAnyOrder() {
        accepted(BASE.replacing(26, "REF*D9*CH-TRACE-1").replacing(27, "REF*1K*PAYER-CCN-1").inserting(26, "REF*BLT*111"));
        accepted(BASE.replacing(8, "DTP*009*D8*20240102").replacing(9, "DTP*050*D8*20240102"));
    }

    @Test
    void everyBillingProviderLevelHasItsTraceAndEveryPatientItsId() {
        BASE.removing(18, 21).expect(X12Error.REQUIRED_SEGMENT_MISSING, 18, "TRN", "2200C", "");
        BASE.replacing(23, "NM1*QC*1*DOE*JANE*****W123456").expect(X12Error.REQUIRED_ELEMENT_MISSING, 23, "NM108", "2100D", "66");
    }

    @Test
    void patientLevelHasNoChildCode() {
        BASE.replacing(22, "HL*4*3*PT*0").expect(X12Error.ELEMENT_NOT_USED, 22, "HL04", "2000D", "736");
    }

    @Test
    void hierarchicalParentMustBeTheEnclosingLevel() {
        // The patient (2000D) is under the billing provider HL 3, not the information receiver HL 2.
        // pyx12 does not check HL02 in a 277CA; the X12 HL semantics do.
        BASE.replacing(22, "HL*4*2*PT").expect(X12Error.INVALID_CODE, 22, "HL02", "2000D", "734");
        BASE.replacing(16, "HL*3*1*19*1").expect(X12Error.INVALID_CODE, 16, "HL02", "2000C", "734");
    }

    @Test
    void secondPatientAndSecondProviderStartNewLevels() {
        accepted(BASE.inserting(33, "HL*5*3*PT", "NM1*QC*1*ROE*RICHARD****MI*W654321", "TRN*2*CLAIM-2",
                "STC*A3:21:PR*20240102*U*80", "DTP*472*D8*20231216",
                "HL*6*2*19*1", "NM1*85*1*SMITH*ANNA****XX*1234567893", "TRN*1*PROV43", "STC*A1:19:PR**WQ*10",
                "HL*7*6*PT", "NM1*QC*1*POE*EDGAR****MI*W111111",
                "TRN*2*CLAIM-3", "STC*A2:20:PR*20240102*WQ*10", "DTP*472*D8*20231217"));
    }
}
