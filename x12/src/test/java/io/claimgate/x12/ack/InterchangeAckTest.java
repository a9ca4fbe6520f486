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
import org.junit.jupiter.api.Test;

/**
 * TA1 for interchanges whose envelope is in error, the usage indicator following the acknowledged ISA15, and the
 * interchanges that cannot be acknowledged. Every acknowledgment written is read back by our own validator (999
 * table and TA1 check) and left in {@code target/ack-samples/} for the manual pyx12 check.
 */
class InterchangeAckTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 5, 6, 7, 8);
    private static final AckOptions FOLLOW = AckOptions.of(17, 42, AT, AckOptions.UsageIndicator.AS_ACKNOWLEDGED);
    private static final X12Issue GROUP_COUNT = X12Issue.error(X12Error.INVALID_GROUP_COUNT,
            new Position(40, 0, "IEA", 1, 0, 0, -1), "IEA01 says 1 groups; the interchange has 2", "1");
    private static final X12Issue CONTROL = X12Issue.error(X12Error.INTERCHANGE_CONTROL_MISMATCH,
            new Position(40, 0, "IEA", 2, 0, 0, -1), "IEA02 does not match", "000000001");

    private record Written(AckSummary summary, List<String> lines, byte[] bytes) {
    }

    @Test
    void envelopeErrorGetsATa1BeforeTheFaGroupWithTheFirstNoteCode() throws IOException {
        Written w = write("ta1-and-999", interchange("000000905", "P", List.of(GROUP_COUNT, CONTROL), group("7")));
        assertEquals(List.of(
                "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SUBMITTER      *240506*0708*^*00501*000000017*0*P*:~",
                "TA1*000000905*240506*0700*R*021~",
                "GS*FA*RECEIVER*SUBMITTER*20240506*0708*42*X*005010X231A1~",
                "ST*999*0001*005010X231A1~", "AK1*HC*7*005010X222A1~", "AK2*837*0001*005010X222A1~", "IK5*A~",
                "AK9*A*1*1*1~", "SE*6*0001~", "GE*1*42~", "IEA*1*000000017~"), w.lines());
        assertEquals(new AckSummary(1, 1, 1, List.of()), w.summary());
        assertAcceptedByOurValidator(w);
    }

    @Test
    void envelopeErrorWithoutGroupsGetsATa1Only() throws IOException {
        Written w = write("ta1-only", interchange("000000906", "T", List.of(CONTROL)));
        assertEquals(List.of(
                "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SUBMITTER      *240506*0708*^*00501*000000017*0*T*:~",
                "TA1*000000906*240506*0700*R*001~", "IEA*0*000000017~"), w.lines());
        assertEquals(new AckSummary(1, 0, 1, List.of()), w.summary());
        assertAcceptedByOurValidator(w);
    }

    @Test
    void warningsAndSoundTa1OnlyInterchangesGetNothing() throws IOException {
        X12Issue warning = new X12Issue(X12Error.INVALID_GROUP_COUNT, X12Issue.Severity.WARNING, Position.NONE, "", "");
        Written w = write("nothing", interchange("000000907", "T", List.of(warning)));
        assertEquals(new AckSummary(0, 0, 0, List.of()), w.summary());
        assertEquals(0, w.bytes().length);
    }

    @Test
    void usageFollowsTheAcknowledgedInterchange() throws IOException {
        FileReport report = new FileReport(false, List.of(), List.of(
                interchange("000000001", "P", List.of(), group("1")).interchanges().get(0),
                interchange("000000002", "T", List.of(), group("2")).interchanges().get(0),
                interchange("000000003", "X", List.of(), group("3")).interchanges().get(0)));
        Written w = write("usage", report);
        List<String> isa = w.lines().stream().filter(l -> l.startsWith("ISA")).toList();
        assertEquals(3, isa.size());
        assertTrue(isa.get(0).endsWith("*000000017*0*P*:~"), isa.get(0));
        assertTrue(isa.get(1).endsWith("*000000018*0*T*:~"), isa.get(1));
        assertTrue(isa.get(2).endsWith("*000000019*0*T*:~"), isa.get(2)); // not P: a test acknowledgment
        assertTrue(w.lines().contains("GS*FA*RECEIVER*SUBMITTER*20240506*0708*44*X*005010X231A1~"), w.lines().toString());
        assertAcceptedByOurValidator(w);
    }

    @Test
    void anInterchangeThatCannotBeNamedGetsIts999sButNoTa1() throws IOException {
        X12Issue badControl = X12Issue.error(X12Error.INVALID_INTERCHANGE_CONTROL, new Position(1, 0, "ISA", 13, 0, 0, 0),
                "ISA13 must be 9 digits", "12AB");
        Written w = write("unnamed", interchange("12AB", "T", List.of(badControl), group("9")));
        assertEquals(1, w.summary().interchanges());
        assertEquals(0, w.summary().interchangeAcks());
        assertEquals(List.of("interchange 1 (ISA13 12AB): no TA1, " + InterchangeAck.UNNAMEABLE), w.summary().notAcknowledged());
        assertTrue(w.lines().stream().noneMatch(l -> l.startsWith("TA1")));
        assertAcceptedByOurValidator(w);
    }

    @Test
    void anInterchangeWhoseSenderCannotBeAddressedGetsNothing() throws IOException {
        InterchangeReport ir = new InterchangeReport("000000908", "Z", "SUB*MITTER", "ZZ", "RECEIVER", "240506", "0700", "T",
                List.of(), List.of(group("1")));
        Written w = write("unaddressable", new FileReport(false, List.of(), List.of(ir)));
        assertEquals(0, w.bytes().length);
        assertEquals(List.of("interchange 1 (ISA13 000000908): no acknowledgment, its ISA05/ISA06 cannot address a reply"),
                w.summary().notAcknowledged());
    }

    @Test
    void ta1ChecksWhatItCopies() {
        assertThrows(IllegalArgumentException.class, () -> new InterchangeAck("12345678", "240506", "0700", "R", "001"));
        assertThrows(IllegalArgumentException.class, () -> new InterchangeAck("123456789", "241306", "0700", "R", "001"));
        assertThrows(IllegalArgumentException.class, () -> new InterchangeAck("123456789", "240506", "0700", "X", "001"));
        assertThrows(IllegalArgumentException.class, () -> new InterchangeAck("123456789", "240506", "0700", "R", "1"));
    }

    private static void assertAcceptedByOurValidator(Written w) {
        FileReport back = new X12Validator().validate(new ByteArrayInputStream(w.bytes()));
        assertTrue(back.accepted(), back.toString());
    }

    private static GroupReport group(String control) {
        return new GroupReport("HC", control, "005010X222A1", List.of(),
                List.of(new TransactionReport("837", "0001", "005010X222A1", List.of(), 1)));
    }

    private static FileReport interchange(String control, String usage, List<X12Issue> issues, GroupReport... groups) {
        InterchangeReport ir = new InterchangeReport(control, "ZZ", "SUBMITTER", "ZZ", "RECEIVER", "240506", "0700", usage,
                issues, List.of(groups));
        return new FileReport(false, List.of(), List.of(ir));
    }

    private static Written write(String name, FileReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AckSummary summary = new FunctionalAckWriter().write(report, FOLLOW, out);
        Path dir = Path.of("target", "ack-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".999"), out.toByteArray());
        String text = out.toString(StandardCharsets.UTF_8);
        return new Written(summary, text.isEmpty() ? List.of() : Arrays.asList(text.split("\n")), out.toByteArray());
    }
}
