package io.claimgate.x12.validate;

import static io.claimgate.x12.validate.Small837P.inserting;
import static io.claimgate.x12.validate.Small837P.removing;
import static io.claimgate.x12.validate.Small837P.replacing;
import static io.claimgate.x12.validate.Small837P.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of error the validator reports, on a small 837P broken in one place. */
class X12ValidatorTest {

    private static List<X12Issue> transactionIssues(FileReport r) {
        return r.interchanges().get(0).groups().get(0).transactions().get(0).issues();
    }

    /** The one issue with code {@code e} in the transaction set, checked for where it is. */
    private static X12Issue expect(String x12, X12Error e, long segmentIndex, String reference, String loop, String dataElement) {
        FileReport r = validate(x12);
        assertFalse(r.accepted(), "should be rejected");
        List<X12Issue> found = transactionIssues(r).stream().filter(i -> i.error() == e).toList();
        assertEquals(1, found.size(), e + " in " + transactionIssues(r));
        X12Issue i = found.get(0);
        assertEquals(segmentIndex, i.position().segmentIndex(), i.toString());
        assertEquals(segmentIndex - 2, i.position().segmentInTransaction(), i.toString());
        assertEquals(reference, i.position().reference(), i.toString());
        assertEquals(loop, i.loopId(), i.toString());
        assertEquals(dataElement, i.dataElement(), i.toString());
        return i;
    }

    @Test
    void acceptsTheBaseFile() {
        FileReport r = validate(Small837P.file());
        assertTrue(r.accepted(), () -> transactionIssues(r).toString());
        TransactionReport t = r.interchanges().get(0).groups().get(0).transactions().get(0);
        assertEquals("837", t.transactionSetId());
        assertEquals("0001", t.controlNumber());
        assertEquals(1, t.claimCount());
        assertEquals(0, t.issueCount());
    }

    @Test
    void segmentNotInTheGuide() {
        expect(inserting(18, "ZZZ*1"), X12Error.SEGMENT_NOT_IN_TRANSACTION, 18, "ZZZ", "2300", "");
    }

    @Test
    void malformedSegmentIdIsReportedOnceByTheReader() {
        X12Issue i = expect(inserting(18, "Z*Z*1"), X12Error.UNRECOGNIZED_SEGMENT, 18, "Z", "2300", "");
        assertEquals("1", i.error().wireCode());
    }

    @Test
    void segmentWithAQualifierTheGuideDoesNotKnow() {
        FileReport r = validate(replacing(9, "NM1*117*2*BILLING CLINIC*****XX*1234567893"));
        List<X12Issue> issues = transactionIssues(r);
        // The NM1 and the rest of its would-be loop fit nowhere; 2010AA is missing when the next HL comes.
        assertEquals(List.of(X12Error.UNEXPECTED_SEGMENT, X12Error.UNEXPECTED_SEGMENT, X12Error.UNEXPECTED_SEGMENT,
                X12Error.UNEXPECTED_SEGMENT, X12Error.REQUIRED_SEGMENT_MISSING), issues.stream().map(X12Issue::error).toList());
        X12Issue i = issues.get(0);
        assertEquals(9, i.position().segmentIndex());
        assertEquals("2000A", i.loopId());
        assertEquals("2", i.error().wireCode());
        assertEquals("2010AA", issues.get(4).loopId());
        assertEquals(13, issues.get(4).position().segmentIndex());
    }

    @Test
    void segmentOutOfOrder() {
        List<String> body = new ArrayList<>(Small837P.TRANSACTION);
        body.set(6, "N4*PHILADELPHIA*PA*191031234");
        body.set(7, "N3*1 MAIN ST");
        X12Issue i = expect(Small837P.file(body), X12Error.SEGMENT_OUT_OF_SEQUENCE, 11, "N3", "2010AA", "");
        assertEquals("7", i.error().wireCode());
    }

    @Test
    void segmentOverMaximumUse() {
        expect(inserting(13, "REF*EI*987654321"), X12Error.SEGMENT_OVER_MAXIMUM, 13, "REF", "2010AA", "");
    }

    @Test
    void loopOverMaximumRepeats() {
        FileReport r = validate(inserting(13, "NM1*85*2*OTHER CLINIC*****XX*1234567893"));
        X12Issue i = transactionIssues(r).stream().filter(x -> x.error() == X12Error.LOOP_OVER_MAXIMUM).findFirst().orElseThrow();
        assertEquals(13, i.position().segmentIndex());
        assertEquals("2010AA", i.loopId());
        assertEquals("4", i.error().wireCode());
    }

    @Test
    void requiredSegmentMissingIsReportedWhereTheParserMovesPastIt() {
        // Without N3 the N4 (now segment 10) moves past the place N3 had to be.
        X12Issue i = expect(removing(10), X12Error.REQUIRED_SEGMENT_MISSING, 10, "N3", "2010AA", "");
        assertEquals("3", i.error().wireCode());
    }

    @Test
    void requiredSegmentMissingIsReportedWhenItsLoopCloses() {
        // Without the REF*EI at the end of 2010AA, the HL that follows (now segment 12) closes the loop.
        expect(removing(12), X12Error.REQUIRED_SEGMENT_MISSING, 12, "REF", "2010AA", "");
    }

    @Test
    void requiredLoopMissing() {
        expect(removing(16), X12Error.REQUIRED_SEGMENT_MISSING, 16, "NM1", "2010BB", "");
    }

    @Test
    void requiredElementMissing() {
        expect(replacing(9, "NM1*85*2******XX*1234567893"), X12Error.REQUIRED_ELEMENT_MISSING, 9, "NM103", "2010AA", "1035");
    }

    @Test
    void requiredComponentMissing() {
        expect(replacing(18, "HI*ABK*ABF:R05"), X12Error.REQUIRED_ELEMENT_MISSING, 18, "HI01-02", "2300", "1271");
    }

    @Test
    void notUsedElementPresent() {
        X12Issue i = expect(replacing(9, "NM1*85*2*BILLING CLINIC***DR**XX*1234567893"), X12Error.ELEMENT_NOT_USED, 9, "NM106", "2010AA", "1038");
        assertEquals("I10", i.error().wireCode());
        assertEquals("DR", i.badValue());
    }

    @Test
    void elementTooShort() {
        expect(replacing(11, "N4*P*PA*191031234"), X12Error.ELEMENT_TOO_SHORT, 11, "N401", "2010AA", "19");
    }

    @Test
    void componentTooLong() {
        expect(replacing(17, "CLM*ACC1*100***111:B:1*Y*A*Y*Y"), X12Error.ELEMENT_TOO_LONG, 17, "CLM05-01", "2300", "1331");
    }

    @Test
    void numericElementWithALetter() {
        expect(replacing(19, "LX*A"), X12Error.INVALID_CHARACTER, 19, "LX01", "2400", "554");
        expect(replacing(20, "SV1*HC:99213*6O*UN*1***1:2"), X12Error.INVALID_CHARACTER, 20, "SV102", "2400", "782");
    }

    @Test
    void invalidCode() {
        X12Issue i = expect(replacing(14, "SBR*Z*18*******CI"), X12Error.INVALID_CODE, 14, "SBR01", "2000B", "1138");
        assertEquals("Z", i.badValue());
        assertFalse(i.message().contains("Z*"), "no values in messages");
    }

    @Test
    void invalidDates() {
        expect(replacing(21, "DTP*472*D8*20240231"), X12Error.INVALID_DATE, 21, "DTP03", "2400", "1251");
        expect(replacing(21, "DTP*472*RD8*20240105-20240101"), X12Error.INVALID_DATE, 21, "DTP03", "2400", "1251");
        expect(replacing(4, "BHT*0019*00*0123*20241301*1200*CH"), X12Error.INVALID_DATE, 4, "BHT04", "", "373");
    }

    @Test
    void invalidTime() {
        expect(replacing(4, "BHT*0019*00*0123*20240101*2561*CH"), X12Error.INVALID_TIME, 4, "BHT05", "", "337");
    }

    @Test
    void tooManyElementsComponentsAndRepetitions() {
        expect(replacing(19, "LX*1*2"), X12Error.TOO_MANY_ELEMENTS, 19, "LX02", "2400", "");
        expect(replacing(17, "CLM*ACC:1*100***11:B:1*Y*A*Y*Y"), X12Error.TOO_MANY_COMPONENTS, 17, "CLM01-02", "2300", "1028");
        X12Issue r = expect(replacing(19, "LX*1^2"), X12Error.TOO_MANY_REPETITIONS, 19, "LX01", "2400", "554");
        assertEquals(2, r.position().repetition());
    }

    @Test
    void trailingElementSeparators() {
        expect(replacing(10, "N3*1 MAIN ST*"), X12Error.TOO_MANY_ELEMENTS, 10, "N302", "2010AA", "");
    }

    @Test
    void syntaxRules() {
        expect(replacing(6, "PER*IC*JANE*TE*5555551234*EX"), X12Error.CONDITIONAL_ELEMENT_MISSING, 6, "PER06", "1000A", "364");
        expect(replacing(11, "N4*PHILADELPHIA*PA*191031234*CA***ON"), X12Error.EXCLUSION_VIOLATED, 11, "N407", "2010AA", "1715");
    }

    @Test
    void hierarchicalParentMustBeTheEnclosingLevel() {
        expect(replacing(13, "HL*2*5*22*0"), X12Error.INVALID_CODE, 13, "HL02", "2000B", "734");
    }

    @Test
    void claimChargeMustBalanceWithTheLines() {
        X12Issue i = expect(replacing(23, "SV1*HC:87880*30*UN*1***1"), X12Error.PATTERN_MISMATCH, 17, "CLM02", "2300", "782");
        assertTrue(i.message().contains("sum of the service line charges"));
    }

    @Test
    void replacementClaimNeedsThePayerClaimControlNumber() {
        String replacement = "CLM*ACC1*100***11:B:7*Y*A*Y*Y";
        expect(replacing(17, replacement), X12Error.DEPENDENT_SEGMENT_MISSING, 17, "REF", "2300", "");
        List<String> body = new ArrayList<>(Small837P.TRANSACTION);
        body.set(13, replacement);
        body.add(14, "REF*F8*ORIGINAL1");
        FileReport r = validate(Small837P.file(body));
        assertTrue(r.accepted(), () -> transactionIssues(r).toString());
    }

    @Test
    void diagnosisPointerMustPointAtADiagnosis() {
        expect(replacing(20, "SV1*HC:99213*60*UN*1***1:3"), X12Error.INVALID_CODE, 20, "SV107-02", "2400", "1328");
    }

    @Test
    void patientLoopOnlyWhenThePatientIsNotTheSubscriber() {
        List<String> body = new ArrayList<>(Small837P.TRANSACTION.subList(0, 13));
        body.set(9, "HL*2*1*22*1");
        body.addAll(List.of("HL*3*2*23*0", "PAT*19", "NM1*QC*1*DOE*JANE", "N3*1 MAIN ST", "N4*PHILADELPHIA*PA*19103",
                "DMG*D8*20100101*F"));
        body.addAll(Small837P.TRANSACTION.subList(13, Small837P.TRANSACTION.size()));
        // SBR02 = 18 says the subscriber is the patient: a 2000C loop contradicts it.
        expect(Small837P.file(body), X12Error.DEPENDENT_SEGMENT_NOT_USED, 17, "HL", "2000C", "");
        body.set(10, "SBR*P********CI");
        FileReport r = validate(Small837P.file(body));
        assertTrue(r.accepted(), () -> transactionIssues(r).toString());
    }

    @Test
    void unknownImplementationConvention() {
        String x12 = Small837P.file().replace("005010X222A1", "005010X999A1");
        FileReport r = validate(x12);
        assertFalse(r.accepted());
        X12Issue i = transactionIssues(r).get(0);
        assertEquals(X12Error.IMPLEMENTATION_CONVENTION_NOT_SUPPORTED, i.error());
        assertEquals("I6", i.error().wireCode());
        assertEquals(3, i.position().segmentIndex());
    }

    @Test
    void envelopeIssuesGoToTheirLevel() {
        String x12 = Small837P.file().replace("SE*23*0001", "SE*22*0001").replace("GE*1*1", "GE*2*1").replace("IEA*1*", "IEA*2*");
        FileReport r = validate(x12);
        assertFalse(r.accepted());
        InterchangeReport isa = r.interchanges().get(0);
        assertEquals(List.of(X12Error.INVALID_GROUP_COUNT), isa.issues().stream().map(X12Issue::error).toList());
        assertEquals(List.of(X12Error.GROUP_COUNT_MISMATCH), isa.groups().get(0).issues().stream().map(X12Issue::error).toList());
        assertEquals(List.of(X12Error.TRANSACTION_COUNT_MISMATCH), transactionIssues(r).stream().map(X12Issue::error).toList());
        assertEquals("000000001", isa.controlNumber());
        assertEquals("1", isa.groups().get(0).controlNumber());
    }

    @Test
    void notX12() {
        FileReport r = validate("hello, this is not X12");
        assertTrue(r.notX12());
        assertFalse(r.accepted());
    }

    @Test
    void issuesAreCappedPerTransactionButCounted() {
        List<String> body = new ArrayList<>(Small837P.TRANSACTION);
        for (int k = 0; k < 20; k++) {
            body.add(15, "ZZZ*" + k);
        }
        FileReport r = new X12Validator(5).validate(new java.io.ByteArrayInputStream(Small837P.file(body).getBytes()));
        TransactionReport t = r.interchanges().get(0).groups().get(0).transactions().get(0);
        assertEquals(5, t.issues().size());
        assertEquals(20, t.issueCount());
        assertTrue(t.truncated());
        assertFalse(r.accepted());
    }

    @Test
    void notUsedSegmentIsReported() {
        GuideTable t = GuideTable.parse("t", """
                guide T 999 XX "test"
                segment ST R 1
                  ST01 143 R ID 3 3
                segment XYZ N 1
                  XYZ01 1 N
                segment SE R 1
                  SE01 96 R N0 1 10
                """);
        IssueSink sink = new IssueSink(10);
        LoopTracker tracker = new LoopTracker(t.root(), sink);
        io.claimgate.x12.syntax.Delimiters d = new io.claimgate.x12.syntax.Delimiters('*', ':', '^', '~');
        tracker.accept(io.claimgate.x12.syntax.Segment.of(d, "ST", "999"));
        tracker.accept(io.claimgate.x12.syntax.Segment.of(d, "XYZ", "1"));
        tracker.accept(io.claimgate.x12.syntax.Segment.of(d, "SE", "3"));
        assertEquals(List.of(X12Error.SEGMENT_NOT_USED), sink.issues().stream().map(X12Issue::error).toList());
        assertEquals("I4", sink.issues().get(0).error().wireCode());
    }
}
