package io.claimgate.x12.claim.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Reader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loop placement and HL context on real 837 files written by other software. */
class ClaimLoopReaderTest {
    static final Path SAMPLES = Paths.get("src/test/resources/samples");

    record Read(ReadSummary summary, List<ClaimLoops> claims) {
    }

    static Read read(Path file) throws IOException {
        List<ClaimLoops> claims = new ArrayList<>();
        try (X12Reader reader = X12Reader.of(file)) {
            ReadSummary summary = ClaimLoopReader.read(reader, claims::add);
            return new Read(summary, claims);
        }
    }

    static Read read(String x12) throws IOException {
        List<ClaimLoops> claims = new ArrayList<>();
        try (X12Reader reader = X12Reader.of(x12.getBytes(StandardCharsets.UTF_8))) {
            ReadSummary summary = ClaimLoopReader.read(reader, claims::add);
            return new Read(summary, claims);
        }
    }

    @Test
    void professionalClaimWithPatientLevel() throws IOException {
        Read r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837"));
        assertEquals(1, r.claims().size());
        ClaimLoops c = r.claims().get(0);
        assertEquals(Guide837.PROFESSIONAL, c.guide());
        assertEquals("000000907", c.envelope().interchangeControlNumber());
        assertEquals("1", c.envelope().groupControlNumber());
        assertEquals("0021", c.envelope().transactionControlNumber());
        assertEquals("005010X222A2", c.envelope().implementationReference());
        assertEquals("244579", c.envelope().batchReference());
        assertEquals(25, c.envelope().claimPositionInTransaction());
        assertEquals(27, c.envelope().claimSegmentIndex());
        assertEquals("PREMIER BILLING SERVICE", c.header().child(Loop837.L1000A).first("NM1").element(3));
        assertEquals("KEY INSURANCE COMPANY", c.header().child(Loop837.L1000B).first("NM1").element(3));
        assertEquals("1912301953", c.billingProvider().child(Loop837.L2010AA).first("NM1").element(9));
        assertEquals("587654321", c.billingProvider().child(Loop837.L2010AA).first("REF", "EI").element(2));
        assertEquals("2345 OCEAN BLVD", c.billingProvider().child(Loop837.L2010AB).first("N3").element(1));
        assertEquals("203BF0100Y", c.billingProvider().first("PRV").element(3));
        assertEquals("JS00111223333", c.subscriber().child(Loop837.L2010BA).first("NM1").element(9));
        assertEquals("999996666", c.subscriber().child(Loop837.L2010BB).first("NM1").element(9));
        assertNotNull(c.patient());
        assertEquals("TED", c.patient().child(Loop837.L2010CA).first("NM1").element(4));
        assertEquals("19730501", c.patient().child(Loop837.L2010CA).first("DMG").element(2));
        assertEquals("26463774", c.claim().first("CLM").element(1));
        assertEquals(4, c.claim().children(Loop837.L2400).size());
        assertEquals("87070", c.claim().children(Loop837.L2400).get(1).first("SV1").component(1, 2));
        assertEquals("20061010", c.claim().children(Loop837.L2400).get(3).first("DTP", "472").element(3));
        assertTrue(c.issues().isEmpty(), c.issues().toString());
        assertFalse(r.summary().hasErrors(), r.summary().issues().toString());
        assertEquals(1, r.summary().transactions());
    }

    @Test
    void otherPayerLoopsAndClaimProviders() throws IOException {
        Read r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.cob.example3.B.837"));
        ClaimLoops c = r.claims().get(0);
        LoopNode claim = c.claim();
        assertEquals("1999996666", claim.child(Loop837.L2310B).first("NM1").element(9));
        assertEquals("88877", claim.child(Loop837.L2310B).first("REF", "G2").element(2));
        assertEquals("1581234567", claim.child(Loop837.L2310C).first("NM1").element(9));
        LoopNode other = claim.child(Loop837.L2320);
        assertNotNull(other);
        assertEquals("P", other.first("SBR").element(1));
        assertEquals(1, other.all("CAS").size());
        assertNotNull(other.child(Loop837.L2330A));
        assertNotNull(other.child(Loop837.L2330B));
        assertTrue(c.issues().isEmpty(), c.issues().toString());
    }

    @Test
    void drugLinesAndOrderingProviders() throws IOException {
        Read r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.drug.example10.2.837"));
        ClaimLoops c = r.claims().get(0);
        assertNull(c.patient());
        List<LoopNode> lines = c.claim().children(Loop837.L2400);
        assertEquals(6, lines.size());
        assertNull(lines.get(0).child(Loop837.L2410));
        assertEquals("1112223338", lines.get(0).child(Loop837.L2420E).first("NM1").element(9));
        LoopNode drug = lines.get(1).child(Loop837.L2410);
        assertEquals("00004196501", drug.first("LIN").element(3));
        assertEquals("2530001", drug.first("REF", "XZ").element(2));
        assertEquals("20040130", lines.get(1).first("DTP", "471").element(3));
    }

    @Test
    void institutionalClaimsUnderTwoSubscribers() throws IOException {
        Read r = read(SAMPLES.resolve("837I/LFH__837_005010X223A3_two-claims-single-provider.837i"));
        assertEquals(2, r.claims().size());
        ClaimLoops first = r.claims().get(0);
        ClaimLoops second = r.claims().get(1);
        assertEquals(Guide837.INSTITUTIONAL, first.guide());
        assertEquals("756048Q", first.claim().first("CLM").element(1));
        assertEquals("030005074", first.subscriber().child(Loop837.L2010BA).first("NM1").element(9));
        assertEquals("123405074", second.subscriber().child(Loop837.L2010BA).first("NM1").element(9));
        // 2310A is the attending provider in an 837I
        assertEquals("1122334455", first.claim().child(Loop837.L2310A).first("NM1").element(9));
        assertEquals(2, first.claim().children(Loop837.L2400).size());
        assertEquals("0730", first.claim().children(Loop837.L2400).get(1).first("SV2").element(1));
        // the billing provider level is shared
        assertTrue(first.billingProvider() == second.billingProvider());
        assertEquals(1, first.envelope().claimNumberInTransaction());
        assertEquals(2, second.envelope().claimNumberInTransaction());
    }

    @Test
    void everyLoopOfTheComplexSample() throws IOException {
        Read r = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_complex.txt"));
        ClaimLoops second = r.claims().get(1);
        assertEquals("A37YH667", second.claim().first("CLM").element(1));
        assertEquals("STEVEN", second.patient().child(Loop837.L2010CA).first("NM1").element(4));
        LoopNode claim = second.claim();
        for (Loop837 l : List.of(Loop837.L2310A, Loop837.L2310C, Loop837.L2310D, Loop837.L2310E, Loop837.L2310F, Loop837.L2320)) {
            assertNotNull(claim.child(l), l.id());
        }
        LoopNode other = claim.child(Loop837.L2320);
        assertEquals(2, other.children(Loop837.L2330C).size());
        assertEquals("2330G1", other.child(Loop837.L2330G).first("REF").element(2));
        LoopNode line = claim.child(Loop837.L2400);
        for (Loop837 l : List.of(Loop837.L2410, Loop837.L2420A, Loop837.L2420B, Loop837.L2420C, Loop837.L2420D,
                Loop837.L2420E, Loop837.L2420F, Loop837.L2420G, Loop837.L2420H, Loop837.L2430, Loop837.L2440)) {
            assertNotNull(line.child(l), l.id());
        }
        assertEquals("2420A", line.child(Loop837.L2420A).first("PRV").element(3));
        assertEquals("20200728", line.child(Loop837.L2430).first("DTP").element(3));
        assertEquals("12N", line.child(Loop837.L2440).first("FRM").element(1));
        // the third claim follows the second under the same patient
        assertEquals("A37YH668", r.claims().get(2).claim().first("CLM").element(1));
        assertTrue(r.claims().get(2).patient() == second.patient());
        assertEquals(3, r.claims().get(2).claim().child(Loop837.L2400).segments().size());
        assertEquals(2, r.claims().get(2).claim().children(Loop837.L2400).get(1).children(Loop837.L2440).size());
    }

    @Test
    void severalInterchangesGroupsAndTransactions() throws IOException {
        Read gs = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_gs.txt"));
        assertEquals(6, gs.claims().size());
        assertEquals(3, gs.summary().transactions());
        Read isa = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_isa.txt"));
        assertEquals(2, isa.summary().interchanges());
        assertEquals(List.of(1, 2), isa.claims().stream().map(c -> c.envelope().interchangeNumber()).distinct().toList());
        Read st = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_st.txt"));
        assertEquals(2, st.summary().transactions());
        assertEquals(4, st.claims().size());
        // both transaction sets say ST02 = 987654; the claims are told apart by their CLM positions
        assertEquals(List.of(22L, 31L, 56L, 65L), st.claims().stream().map(c -> c.envelope().claimSegmentIndex()).toList());
        assertEquals(List.of(20, 29, 20, 29), st.claims().stream().map(c -> c.envelope().claimPositionInTransaction()).toList());
    }

    @Test
    void hlParentThatIsNotTheOpenLevelIsReported() throws IOException {
        Read r = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_gs.txt"));
        // HL*2*3*22: parent 3 is not the open billing provider level (HL 1)
        List<X12Issue> hl = r.summary().issues().stream().filter(i -> i.position().segmentId().equals("HL")).toList();
        assertFalse(hl.isEmpty());
        X12Issue parent = hl.stream().filter(i -> i.position().element() == 2).findFirst().orElseThrow();
        assertEquals(27, parent.position().segmentIndex());
        assertEquals("2000B", parent.loopId());
        // the claim is still read, under the subscriber that HL opened
        assertEquals("DAVID", r.claims().get(1).subscriber().child(Loop837.L2010BA).first("NM1").element(4));
    }

    @Test
    void unknownEntityIsReportedAndWhatFollowsIsNotMisplaced() throws IOException {
        String x12 = """
                ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*T*:~
                GS*HC*S*R*20240101*1200*1*X*005010X222A1~
                ST*837*0001*005010X222A1~
                BHT*0019*00*B1*20240101*1200*CH~
                NM1*41*2*SUB*****46*S1~
                NM1*40*2*REC*****46*R1~
                HL*1**20*1~
                NM1*85*2*BILLING*****XX*1234567893~
                HL*2*1*22*0~
                SBR*P*18*******CI~
                NM1*IL*1*DOE*JANE****MI*M1~
                NM1*PR*2*PAYER*****PI*P1~
                CLM*PCN1*10***11:B:1*Y*A*Y*Y~
                NM1*XX*1*ODD~
                N3*NOWHERE~
                NM1*82*1*RENDER*RITA****XX*1234567893~
                LX*1~
                SV1*HC:99213*10*UN*1***1~
                SBR*S~
                SE*18*0001~
                GE*1*1~
                IEA*1*000000001~
                """;
        Read r = read(x12);
        assertEquals(1, r.claims().size());
        ClaimLoops c = r.claims().get(0);
        assertEquals("1234567893", c.claim().child(Loop837.L2310B).first("NM1").element(9));
        assertEquals(1, c.claim().children(Loop837.L2400).size());
        X12Issue nm1 = c.issues().get(0);
        assertEquals(X12Error.UNEXPECTED_SEGMENT, nm1.error());
        assertEquals(14, nm1.position().segmentIndex());
        assertEquals(1, nm1.position().element());
        assertEquals("XX", nm1.badValue());
        assertEquals(15, c.issues().get(1).position().segmentIndex()); // the N3 that followed it
        assertEquals(19, c.issues().get(2).position().segmentIndex()); // SBR after the lines
        assertEquals(3, c.issues().size(), c.issues().toString());
    }

    @Test
    void transactionSetsThatAreNot837AreSkipped() throws IOException {
        Read r = read(SAMPLES.resolve("835").resolve(firstFile("835")));
        assertEquals(0, r.claims().size());
        assertTrue(r.summary().issues().stream().anyMatch(i -> i.error() == X12Error.TRANSACTION_NOT_SUPPORTED));
    }

    static String firstFile(String dir) throws IOException {
        try (var files = Files.list(SAMPLES.resolve(dir))) {
            return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
