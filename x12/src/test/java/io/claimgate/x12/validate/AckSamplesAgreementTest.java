package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acknowledgments among the samples (999 and TA1) get the verdict pyx12 gives them (samples/pyx12-verdicts.tsv),
 * read with the 005010X231A1 table, and every rejection is positioned.
 */
class AckSamplesAgreementTest {
    private static final String ISA = "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SENDER         *240101*1200*^*00501*000000001*0*T*:~";

    static Stream<Pyx12AgreementTest.Verdict> ackSamples() throws IOException {
        List<Pyx12AgreementTest.Verdict> out = new ArrayList<>();
        try (InputStream in = AckSamplesAgreementTest.class.getResourceAsStream("/samples/pyx12-verdicts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length > 1 && (f[0].startsWith("999/") || f[0].startsWith("TA1/"))) {
                    out.add(new Pyx12AgreementTest.Verdict(f[0], f[1].equals("OK")));
                }
            }
        }
        return out.stream();
    }

    @Test
    void thereAreAckSamplesOfBothVerdicts() throws IOException {
        List<Pyx12AgreementTest.Verdict> v = ackSamples().toList();
        assertEquals(6, v.size(), v.toString());
        assertTrue(v.stream().anyMatch(Pyx12AgreementTest.Verdict::ok));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ackSamples")
    void agreesWithPyx12(Pyx12AgreementTest.Verdict v) throws IOException {
        FileReport r = Pyx12AgreementTest.validate(v.file());
        List<X12Issue> issues = Pyx12AgreementTest.allIssues(r);
        assertEquals(v.ok(), r.accepted(), v.file() + " " + issues);
        assertFalse(r.notX12(), v.file());
        if (!v.ok()) {
            assertTrue(issues.stream().filter(X12Issue::isError).allMatch(i -> i.position().segmentIndex() > 0), issues.toString());
        }
    }

    @Test
    void the999TableReadsBothVersionNames() {
        GuideTable t = Guides.forVersion("005010X231A1");
        assertNotNull(t);
        assertEquals("999", t.transactionSetId());
        assertEquals(t, Guides.forVersion("005010X231"));
        assertTrue(t.loops().stream().map(GuideLoop::id).toList().containsAll(List.of("2000", "2100", "2110")));
    }

    @Test
    void aRepeatedSituationalTriggerContextIsRejectedWherePyx12RejectsIt() throws IOException {
        List<X12Issue> issues = Pyx12AgreementTest.allIssues(Pyx12AgreementTest.validate("999/staedi__x12_simple999.edi"));
        assertEquals(1, issues.size(), issues.toString());
        X12Issue i = issues.get(0);
        assertEquals(X12Error.TOO_MANY_REPETITIONS, i.error());
        assertEquals("CTX", i.position().segmentId());
        assertEquals(12, i.position().segmentInTransaction());
        assertEquals("2100", i.loopId());
    }

    @Test
    void businessUnitContextIsToldFromSegmentContextByItsName() {
        String x12 = ISA + "\nGS*FA*RECEIVER*SENDER*20240101*1200*1*X*005010X231A1~\nST*999*0001*005010X231A1~\n"
                + "AK1*HC*5*005010X222A1~\nAK2*837*0001*005010X222A1~\nIK3*CLM*22*2300*8~\n"
                + "CTX*SITUATIONAL TRIGGER*CLM*22*2300*5:1*C023:1331~\nCTX*CLM01:PCN123~\n"
                + "IK4*5:1*1331*7*99~\nCTX*SITUATIONAL TRIGGER*CLM*22~\nIK5*R*I5~\nAK9*R*1*1*0~\nSE*11*0001~\n"
                + "GE*1*1~\nIEA*1*000000001~\n";
        FileReport r = validate(x12);
        List<X12Issue> issues = Pyx12AgreementTest.allIssues(r);
        assertEquals(1, issues.size(), issues.toString());
        // CTX06-01 is a data element number (N0): C023 is a composite id, not allowed there.
        assertEquals(X12Error.INVALID_CHARACTER, issues.get(0).error());
        assertEquals(6, issues.get(0).position().element());
        assertTrue(validate(x12.replace("C023:1331", "1331")).accepted());
    }

    @Test
    void aSoundTa1OnlyInterchangeIsAccepted() {
        assertTrue(validate(ISA + "TA1*000000123*231231*1159*R*021~IEA*0*000000001~").accepted());
        assertTrue(validate(ISA + "TA1*000000123*231231*1159*A*000~TA1*000000124*231231*1159*R*001~IEA*0*000000001~")
                .accepted());
    }

    @Test
    void aBrokenTa1IsRejectedAtEachBadElement() {
        FileReport r = validate(ISA + "TA1*12345*231399*2561*Q*999~IEA*0*000000001~");
        assertFalse(r.accepted());
        List<X12Issue> issues = r.interchanges().get(0).issues();
        assertEquals(List.of(1, 2, 3, 4, 5), issues.stream().map(i -> i.position().element()).toList());
        assertTrue(issues.stream().allMatch(i -> i.error() == X12Error.INVALID_CONTROL_STRUCTURE
                && i.position().segmentId().equals("TA1") && i.position().segmentIndex() == 2), issues.toString());
    }

    @Test
    void aTa1OnlyInterchangeCountingAGroupIsRejectedAtTheIea() throws IOException {
        FileReport r = Pyx12AgreementTest.validate("TA1/staedi__wiki_x12_interchange_ack.txt");
        List<X12Issue> issues = Pyx12AgreementTest.allIssues(r);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(X12Error.INVALID_GROUP_COUNT, issues.get(0).error());
        assertEquals("IEA", issues.get(0).position().segmentId());
        assertEquals(1, issues.get(0).position().element());
    }

    private static FileReport validate(String x12) {
        return new X12Validator().validate(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)));
    }
}
