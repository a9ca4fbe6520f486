package io.claimgate.x12.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 999s written from hand-built validation reports, every segment asserted. Each 999 is also left in
 * {@code target/ack-samples/} so that it can be checked with an independent validator (see the report of the
 * branch: {@code /tmp/pyx12check.sh x12/target/ack-samples/*.999} must say OK for every file).
 */
class FunctionalAckWriterTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 5, 6, 7, 8);
    private static final AckOptions OPTIONS = AckOptions.of(17, 42, AT, false);
    private static final String ISA = "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SUBMITTER      *240506*0708*^*00501*000000017*0*T*:~";
    private static final String GS = "GS*FA*RECEIVER*SUBMITTER*20240506*0708*42*X*005010X231A1~";

    @Test
    void acceptedGroupOfTwoTransactions() throws IOException {
        FileReport report = file(group("101", tx("0001"), tx("0002")));
        assertEquals(List.of(ISA, GS,
                "ST*999*0001*005010X231A1~",
                "AK1*HC*101*005010X223A2~",
                "AK2*837*0001*005010X223A2~",
                "IK5*A~",
                "AK2*837*0002*005010X223A2~",
                "IK5*A~",
                "AK9*A*2*2*2~",
                "SE*8*0001~",
                "GE*1*42~",
                "IEA*1*000000017~"), write("accepted", report, new FunctionalAckWriter()));
    }

    @Test
    void segmentAndElementErrorsRejectTheTransaction() throws IOException {
        X12Issue zip = element(X12Error.PATTERN_MISMATCH, 9, "N4", 3, 0, "2010AA", "116", "17111");
        X12Issue qualifier = element(X12Error.INVALID_CODE, 23, "CLM", 5, 2, "2300", "1332", "B");
        X12Issue notUsed = element(X12Error.ELEMENT_NOT_USED, 23, "CLM", 6, 0, "2300", "1073", "Y");
        X12Issue missing = new X12Issue(X12Error.REQUIRED_SEGMENT_MISSING, X12Issue.Severity.ERROR,
                new Position(30, 25, "DTP", 0, 0, 0, -1), "Statement Dates missing", "", "2300", "");
        FileReport report = file(group("7", tx("0021", zip, qualifier, notUsed, missing)));
        assertEquals(List.of(ISA, GS,
                "ST*999*0001*005010X231A1~",
                "AK1*HC*7*005010X223A2~",
                "AK2*837*0021*005010X223A2~",
                "IK3*N4*9*2010*8~",
                "IK4*3*116*I12*17111~",
                "IK3*CLM*23*2300*8~",
                "IK4*5:2*1332*7*B~",
                "IK4*6*1073*I10*Y~",
                "IK3*DTP*25*2300*3~",
                "IK5*R*5*I5~",
                "AK9*R*1*1*0~",
                "SE*12*0001~",
                "GE*1*42~",
                "IEA*1*000000017~"), write("rejected", report, new FunctionalAckWriter()));
    }

    @Test
    void someAcceptedSomeRejectedIsPartial() throws IOException {
        X12Issue bad = element(X12Error.INVALID_DATE, 5, "DTP", 3, 0, "2300", "1251", "20241341");
        List<String> lines = write("partial", file(group("8", tx("0001"), tx("0002", bad), tx("0003"))),
                new FunctionalAckWriter());
        assertEquals("IK3*DTP*5*2300*8~", lines.get(7));
        assertEquals("IK4*3*1251*8*20241341~", lines.get(8));
        assertEquals("IK5*R*5~", lines.get(9));
        assertEquals("AK9*P*3*3*2~", lines.get(12));
    }

    @Test
    void warningsOnlyAcceptWithErrorsNoted() throws IOException {
        X12Issue warning = new X12Issue(X12Error.CODE_NOT_USED, X12Issue.Severity.WARNING,
                new Position(12, 8, "REF", 1, 0, 0, -1), "", "XX", "2010AA", "128");
        List<String> lines = write("warning", file(group("9", tx("0001", warning))), new FunctionalAckWriter());
        assertEquals(List.of("IK3*REF*8*2010*8~", "IK4*1*128*I6*XX~", "IK5*E*I5~", "AK9*E*1*1*1~"),
                lines.subList(5, 9));
    }

    @Test
    void badValueIsCopiedOnlyWhenSafe() throws IOException {
        X12Issue withDelimiter = element(X12Error.INVALID_CHARACTER, 4, "NM1", 3, 0, "1000A", "1035", "A*B");
        X12Issue tooLong = element(X12Error.ELEMENT_TOO_LONG, 4, "NM1", 9, 0, "1000A", "67", "9".repeat(100));
        X12Issue control = element(X12Error.INVALID_CHARACTER, 4, "NM1", 4, 0, "1000A", "1036", "A\u0007");
        X12Issue missing = element(X12Error.REQUIRED_ELEMENT_MISSING, 4, "NM1", 8, 0, "1000A", "66", "XX");
        List<String> lines = write("unsafe", file(group("10", tx("0001", withDelimiter, tooLong, control, missing))),
                new FunctionalAckWriter());
        assertEquals(List.of("IK3*NM1*4*1000*8~", "IK4*3*1035*6~", "IK4*9*67*5~", "IK4*4*1036*6~", "IK4*8*66*1~",
                "IK5*R*5~"), lines.subList(5, 11));
    }

    @Test
    void repetitionIsTheThirdComponentOfIk401() throws IOException {
        X12Issue rep = new X12Issue(X12Error.INVALID_CODE, X12Issue.Severity.ERROR,
                new Position(40, 33, "HI", 2, 1, 2, -1), "", "ZZZ", "2300", "1270");
        List<String> lines = write("repetition", file(group("11", tx("0001", rep))), new FunctionalAckWriter());
        assertEquals("IK4*2:1:2*1270*7*ZZZ~", lines.get(6));
    }

    @Test
    void businessUnitContextNamesTheClaim() throws IOException {
        X12Issue bad = element(X12Error.INVALID_CODE, 23, "CLM", 7, 0, "2300", "1359", "Q");
        X12Issue outside = element(X12Error.INVALID_CODE, 3, "NM1", 2, 0, "1000A", "1065", "3");
        ClaimLocator claims = (t, segment) -> segment >= 20 ? Optional.of("PCN-0042") : Optional.empty();
        List<String> lines = write("context", file(group("12", tx("0001", bad, outside))), new FunctionalAckWriter(claims));
        assertEquals(List.of("IK3*NM1*3*1000*8~", "IK4*2*1065*7*3~", "IK3*CLM*23*2300*8~", "CTX*CLM01:PCN-0042~",
                "IK4*7*1359*7*Q~", "IK5*R*5~"), lines.subList(5, 11));
    }

    @Test
    void transactionLevelCodesComeFirstAndAtMostFive() throws IOException {
        X12Issue count = X12Issue.error(X12Error.TRANSACTION_COUNT_MISMATCH, new Position(50, 40, "SE", 1, 0, 0, -1),
                "SE01 says 41", "41");
        X12Issue convention = X12Issue.error(X12Error.TRANSACTION_CONVENTION_INVALID, Position.NONE, "");
        X12Issue control = X12Issue.error(X12Error.TRANSACTION_CONTROL_MISMATCH, Position.NONE, "");
        X12Issue id = X12Issue.error(X12Error.TRANSACTION_CONTROL_NOT_UNIQUE, Position.NONE, "");
        X12Issue seg = new X12Issue(X12Error.UNEXPECTED_SEGMENT, X12Issue.Severity.ERROR,
                new Position(20, 10, "ZZZ", 0, 0, 0, -1), "", "", "", "");
        X12Issue impl = new X12Issue(X12Error.SEGMENT_NOT_USED, X12Issue.Severity.ERROR,
                new Position(21, 11, "CUR", 0, 0, 0, -1), "", "", "2000A", "");
        List<String> lines = write("codes", file(group("13", tx("0001", count, convention, control, id, seg, impl))),
                new FunctionalAckWriter());
        assertEquals(List.of("IK3*ZZZ*10**2~", "IK3*CUR*11*2000*I4~", "IK5*R*4*19*3*23*5~"), lines.subList(5, 8));
    }

    @Test
    void groupErrorsRejectTheGroupWithTheirCodesAndDeclaredCount() throws IOException {
        X12Issue count = X12Issue.error(X12Error.GROUP_COUNT_MISMATCH, Position.NONE, "GE01 says 3", "3");
        GroupReport g = new GroupReport("HC", "14", "005010X223A2", List.of(count), List.of(tx("0001"), tx("0002")));
        List<String> lines = write("group", file(g), new FunctionalAckWriter());
        assertEquals("AK9*R*3*2*2*5~", lines.get(8));
    }

    @Test
    void everyGroupGetsItsOwn999AndEveryInterchangeItsOwnEnvelope() throws IOException {
        InterchangeReport first = new InterchangeReport("000000001", "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506", "0700",
                "P", List.of(), List.of(group("1", tx("0001")), group("2", tx("0001"))));
        InterchangeReport empty = new InterchangeReport("000000002", "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506",
                "0700", "P", List.of(), List.of());
        InterchangeReport second = new InterchangeReport("000000003", "30", "999999999", "ZZ", "RECEIVER", "240506",
                "0700", "P", List.of(), List.of(group("3", tx("0001"))));
        FileReport report = new FileReport(false, List.of(), List.of(first, empty, second));
        AckOptions own = AckOptions.of(500, 600, AT, true).withSender("30", "123456789").withApplicationCodes("GATE", "SUB");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, new FunctionalAckWriter().write(report, own, out).interchanges());
        List<String> lines = lines(out);
        save("multi", out);
        assertEquals(List.of(
                "ISA*00*          *00*          *30*123456789      *ZZ*SUBMITTER      *240506*0708*^*00501*000000500*0*P*:~",
                "GS*FA*GATE*SUB*20240506*0708*600*X*005010X231A1~",
                "ST*999*0001*005010X231A1~", "AK1*HC*1*005010X223A2~", "AK2*837*0001*005010X223A2~", "IK5*A~",
                "AK9*A*1*1*1~", "SE*6*0001~",
                "ST*999*0002*005010X231A1~", "AK1*HC*2*005010X223A2~", "AK2*837*0001*005010X223A2~", "IK5*A~",
                "AK9*A*1*1*1~", "SE*6*0002~",
                "GE*2*600~", "IEA*1*000000500~",
                "ISA*00*          *00*          *30*123456789      *30*999999999      *240506*0708*^*00501*000000501*0*P*:~",
                "GS*FA*GATE*SUB*20240506*0708*601*X*005010X231A1~",
                "ST*999*0001*005010X231A1~", "AK1*HC*3*005010X223A2~", "AK2*837*0001*005010X223A2~", "IK5*A~",
                "AK9*A*1*1*1~", "SE*6*0001~", "GE*1*601~", "IEA*1*000000501~"), lines);
    }

    @Test
    void aWholeCompositeInErrorLeavesIk402Out() throws IOException {
        X12Issue missing = element(X12Error.REQUIRED_ELEMENT_MISSING, 9, "CLM", 5, 0, "2300", "C023", "");
        List<String> lines = write("composite", file(group("15", tx("0001", missing))), new FunctionalAckWriter());
        assertEquals(List.of("IK3*CLM*9*2300*8~", "IK4*5**1~"), lines.subList(5, 7));
    }

    @Test
    void aSegmentWithoutAReadableIdGetsNoIk3ButStillRejects() throws IOException {
        X12Issue unreadable = new X12Issue(X12Error.UNRECOGNIZED_SEGMENT, X12Issue.Severity.ERROR,
                new Position(6, 4, "", 0, 0, 0, -1), "", "", "1000A", "");
        X12Issue next = new X12Issue(X12Error.REQUIRED_SEGMENT_MISSING, X12Issue.Severity.ERROR,
                new Position(7, 5, "PER", 0, 0, 0, -1), "", "", "1000A", "");
        List<String> lines = write("unreadable-id", file(group("16", tx("0001", unreadable, next))), new FunctionalAckWriter());
        assertEquals(List.of("IK3*PER*5*1000*3~", "IK5*R*5~", "AK9*R*1*1*0~"), lines.subList(5, 8));
    }

    @Test
    void acknowledgmentsAreNotAcknowledged() throws IOException {
        GroupReport fa = new GroupReport("FA", "20", "005010X231A1", List.of(),
                List.of(new TransactionReport("999", "0001", "005010X231A1", List.of(), 0)));
        InterchangeReport ir = new InterchangeReport("000000905", "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506", "0700",
                "T", List.of(), List.of(fa, group("21", tx("0001"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AckSummary summary = new FunctionalAckWriter().write(new FileReport(false, List.of(), List.of(ir)), OPTIONS, out);
        assertEquals(1, summary.functionalAcks());
        List<String> lines = lines(out);
        assertEquals(List.of("AK1*HC*21*005010X223A2~"), lines.stream().filter(l -> l.startsWith("AK1")).toList());
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        InterchangeReport onlyFa = new InterchangeReport("000000906", "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506", "0700",
                "T", List.of(), List.of(fa));
        assertEquals(new AckSummary(0, 0, 0, List.of()),
                new FunctionalAckWriter().write(new FileReport(false, List.of(), List.of(onlyFa)), OPTIONS, none));
        assertEquals(0, none.size());
    }

    @Test
    void optionsCheckTheirInputs() {
        assertThrows(IllegalArgumentException.class, () -> AckOptions.of(0, 1, AT, true));
        assertThrows(IllegalArgumentException.class, () -> AckOptions.of(1, 1_000_000_000L, AT, true));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withSender("ZZ", ""));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withSender("Z", "ME"));
        assertThrows(NullPointerException.class, () -> AckOptions.of(1, 1, null, true));
    }

    private static X12Issue element(X12Error error, int segmentInTransaction, String segment, int element, int component,
                                    String loop, String dataElement, String badValue) {
        Position p = new Position(segmentInTransaction + 2, segmentInTransaction, segment, element, component, 0, -1);
        return new X12Issue(error, X12Issue.Severity.ERROR, p, "", badValue, loop, dataElement);
    }

    private static TransactionReport tx(String control, X12Issue... issues) {
        return new TransactionReport("837", control, "005010X223A2", List.of(issues), 1);
    }

    private static GroupReport group(String control, TransactionReport... transactions) {
        return new GroupReport("HC", control, "005010X223A2", List.of(), List.of(transactions));
    }

    private static FileReport file(GroupReport... groups) {
        InterchangeReport ir = new InterchangeReport("000000905", "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506", "0700",
                "T", List.of(), List.of(groups));
        return new FileReport(false, List.of(), List.of(ir));
    }

    private static List<String> write(String name, FileReport report, FunctionalAckWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, OPTIONS, out);
        save(name, out);
        // every 999 written must itself be valid by the 005010X231A1 table
        FileReport back = new X12Validator().validate(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(back.accepted(), name + ": " + back);
        return lines(out);
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    /** Leaves the 999 where the manual pyx12 check reads it. */
    private static void save(String name, ByteArrayOutputStream out) throws IOException {
        Path dir = Path.of("target", "ack-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".999"), out.toByteArray());
    }
}
