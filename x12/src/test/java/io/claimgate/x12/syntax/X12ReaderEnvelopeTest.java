package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Envelope problems are reported with their X12 error and position, and reading goes on. */
class X12ReaderEnvelopeTest {

    private static final String ISA = X12Text.standard().isa("000000021").text();
    private static final String GS = "GS*HC*S*R*20240101*1200*7*X*005010X222A1~";

    private static ReadResult read(String x12) {
        return ReadResult.of(x12.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aCorrectEnvelopeHasNoIssues() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~SE*3*0001~GE*1*7~IEA*1*000000021~");
        assertEquals(List.of(), r.issues());
    }

    @Test
    void ieaControlNumberMustMatchIsa13() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~SE*3*0001~GE*1*7~IEA*1*000000099~");
        X12Issue issue = r.only(X12Error.INTERCHANGE_CONTROL_MISMATCH);
        assertEquals(1, r.issues().size());
        assertEquals("001", issue.error().wireCode());
        assertEquals(7, issue.position().segmentIndex());
        assertEquals("IEA", issue.position().segmentId());
        assertEquals(2, issue.position().element());
        assertEquals("000000099", issue.badValue());
        assertEquals(ISA.length() + GS.length() + "ST*837*0001~BHT*0019~SE*3*0001~GE*1*7~".length(), issue.position().byteOffset());
    }

    @Test
    void ieaCountsTheGroups() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~GE*1*7~IEA*2*000000021~");
        X12Issue issue = r.only(X12Error.INVALID_GROUP_COUNT);
        assertEquals(1, r.issues().size());
        assertEquals("IEA01", issue.position().reference());
    }

    @Test
    void ge01CountsTheTransactionSets() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~ST*837*0002~SE*2*0002~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.GROUP_COUNT_MISMATCH);
        assertEquals(1, r.issues().size());
        assertEquals("5", issue.error().wireCode());
        assertEquals(7, issue.position().segmentIndex());
        assertEquals("GE01", issue.position().reference());
    }

    @Test
    void ge02MustMatchGs06() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~GE*1*8~IEA*1*000000021~");
        assertEquals("GE02", r.only(X12Error.GROUP_CONTROL_MISMATCH).position().reference());
        assertEquals(1, r.issues().size());
    }

    @Test
    void se01CountsTheSegmentsOfTheTransactionSet() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~NM1*41~SE*3*0001~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.TRANSACTION_COUNT_MISMATCH);
        assertEquals(1, r.issues().size());
        assertEquals("4", issue.error().wireCode());
        assertEquals(6, issue.position().segmentIndex());
        assertEquals(4, issue.position().segmentInTransaction());
        assertEquals("SE01", issue.position().reference());
        assertEquals("3", issue.badValue());
    }

    @Test
    void se02MustMatchSt02() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~SE*3*0002~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.TRANSACTION_CONTROL_MISMATCH);
        assertEquals(1, r.issues().size());
        assertEquals("3", issue.error().wireCode());
        assertEquals("SE02", issue.position().reference());
        assertEquals(5, issue.position().segmentIndex());
    }

    @Test
    void aMissingSeIsReportedAtItsSt() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.TRANSACTION_TRAILER_MISSING);
        assertEquals(1, r.issues().size());
        assertEquals(3, issue.position().segmentIndex());
        assertEquals("ST", issue.position().segmentId());
    }

    @Test
    void aMissingSeBeforeTheNextStIsReported() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~ST*837*0002~SE*2*0002~GE*2*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.TRANSACTION_TRAILER_MISSING);
        assertEquals(1, r.issues().size());
        assertEquals(3, issue.position().segmentIndex());
    }

    @Test
    void aMissingGeIsReportedAtItsGs() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.GROUP_TRAILER_MISSING);
        assertEquals(1, r.issues().size());
        assertEquals(2, issue.position().segmentIndex());
        assertEquals("GS", issue.position().segmentId());
    }

    @Test
    void aMissingIeaIsAPrematureEndOfFile() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~GE*1*7~");
        X12Issue issue = r.only(X12Error.PREMATURE_END_OF_FILE);
        assertEquals(1, r.issues().size());
        assertEquals("023", issue.error().wireCode());
        assertEquals(5, issue.position().segmentIndex());
    }

    @Test
    void aMissingIeaBeforeTheNextIsaIsReported() {
        String second = X12Text.standard().isa("000000022").text();
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~GE*1*7~" + second + "IEA*0*000000022~");
        X12Issue issue = r.only(X12Error.INVALID_CONTROL_STRUCTURE);
        assertEquals(1, r.issues().size());
        assertEquals(1, issue.position().segmentIndex(), "reported at the ISA left open");
    }

    @Test
    void allTrailersMissingAreAllReported() {
        ReadResult r = read(ISA + GS + "ST*837*0001~BHT*0019~");
        assertEquals(List.of(X12Error.TRANSACTION_TRAILER_MISSING, X12Error.GROUP_TRAILER_MISSING,
                X12Error.PREMATURE_END_OF_FILE), r.errors());
    }

    @Test
    void aSegmentOutsideAnyTransactionSetIsAControlStructureError() {
        ReadResult r = read(ISA + GS + "ST*837*0001~SE*2*0001~NM1*41*2~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.INVALID_CONTROL_STRUCTURE);
        assertEquals(1, r.issues().size());
        assertEquals(5, issue.position().segmentIndex());
        assertEquals("NM1", issue.position().segmentId());
        assertEquals(0, issue.position().segmentInTransaction());
    }

    @Test
    void aSegmentBetweenIsaAndGsIsAControlStructureError() {
        ReadResult r = read(ISA + "NM1*41*2~" + GS + "ST*837*0001~SE*2*0001~GE*1*7~IEA*1*000000021~");
        assertEquals(2, r.only(X12Error.INVALID_CONTROL_STRUCTURE).position().segmentIndex());
        assertEquals(1, r.issues().size());
    }

    @Test
    void anStOutsideAGroupIsReported() {
        ReadResult r = read(ISA + "ST*837*0001~SE*2*0001~IEA*0*000000021~");
        assertEquals(2, r.only(X12Error.TRANSACTION_NOT_IN_GROUP).position().segmentIndex());
        assertEquals(1, r.issues().size());
    }

    @Test
    void aTa1BetweenIsaAndIeaIsAccepted() {
        ReadResult r = read(ISA + "TA1*000000005*240101*1200*A*000~IEA*0*000000021~");
        assertEquals(List.of(), r.issues());
    }

    @Test
    void aTruncatedFileReportsTheUnterminatedSegmentAndTheOpenEnvelopes() {
        String whole = ISA + GS + "ST*837*0001~NM1*41*2*PREMIER BILLING~SE*3*0001~GE*1*7~IEA*1*000000021~";
        int cut = whole.indexOf("PREMIER") + 4;
        ReadResult r = read(whole.substring(0, cut));
        assertEquals(List.of("ISA", "GS", "ST", "NM1"), r.ids());
        assertEquals("PREM", r.segments().get(3).element(3));
        X12Issue unterminated = r.issues().get(0);
        assertEquals(X12Error.PREMATURE_END_OF_FILE, unterminated.error());
        assertEquals(4, unterminated.position().segmentIndex());
        assertEquals(ISA.length() + GS.length() + "ST*837*0001~".length(), unterminated.position().byteOffset());
        assertTrue(r.errors().containsAll(List.of(X12Error.TRANSACTION_TRAILER_MISSING, X12Error.GROUP_TRAILER_MISSING)));
        assertEquals(4, r.issues().size());
    }

    @Test
    void aTruncatedIsaIsNotX12() {
        ReadResult r = read(ISA.substring(0, 60));
        assertTrue(r.notX12());
        assertEquals(List.of(X12Error.NOT_X12), r.errors());
    }

    @Test
    void aBadIsaFieldIsReportedWithItsTa1Code() {
        String badDate = ISA.replace("*240101*", "*241301*");
        ReadResult r = read(badDate + GS + "ST*837*0001~SE*2*0001~GE*1*7~IEA*1*000000021~");
        X12Issue issue = r.only(X12Error.INVALID_INTERCHANGE_DATE);
        assertEquals("014", issue.error().wireCode());
        assertEquals("ISA09", issue.position().reference());
        assertEquals(1, r.issues().size());
    }

    @Test
    void issuesAreHandedToTheListenerAsTheyAreFound() {
        List<X12Issue> heard = new java.util.ArrayList<>();
        byte[] data = (ISA + GS + "ST*837*0001~SE*9*0001~GE*1*7~IEA*1*000000021~").getBytes(StandardCharsets.US_ASCII);
        try (X12Reader reader = X12Reader.of(new java.io.ByteArrayInputStream(data), heard::add)) {
            while (reader.next()) {
                if (reader.segment().is("SE")) {
                    assertEquals(1, heard.size(), "the SE01 problem is heard while the SE is current");
                }
            }
            assertEquals(reader.issues(), heard);
            assertTrue(reader.hasErrors());
            assertFalse(reader.notX12());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
