package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.remit.RemittanceSummary;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real payer files found in public repositories ({@code inbound/real}, sources and licenses in its README.md) and
 * made-up files with payer habits ({@code inbound/quirks}: other delimiters, CR, LF or CR LF, a BOM, a short ISA,
 * two interchanges with different delimiters, junk after the IEA, a zero BPR) go through {@link InboundReader}.
 * None throws, every issue points at a segment, and the totals (transaction sets, CLP count, sum of CLP04, sum of
 * BPR02, sum of the PLB amounts) equal {@code expected-totals.tsv} in each directory. Those tables were written by
 * {@code inbound/real/count835.py}, an independent counter written from the X12 envelope rules that shares no code
 * with the Java reader; rerun it (see the README) when a file is added.
 */
class InboundRealFilesTest {
    private static final List<String> DIRECTORIES = List.of("real", "quirks");

    /**
     * Lower-case segment ids are not X12 (segment ids are upper case): the reader reads each as its upper-case id and
     * reports it, positioned, as a warning; the totals are checked as for every other file (the counter is case-blind).
     */
    private static final Set<String> LOWER_CASE = Set.of("quirks/q_lower.835", "quirks/q_allupper_lower_ids.835");

    private record Totals(int transactions, int claims, BigDecimal paid, BigDecimal bpr, BigDecimal plb,
                          List<Integer> statusAndAcks) {
    }

    private static Path root() {
        try {
            return Path.of(InboundRealFilesTest.class.getResource("/inbound/real").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Totals> expected() {
        Map<String, Totals> all = new TreeMap<>();
        for (String dir : DIRECTORIES) {
            try {
                for (String line : Files.readAllLines(root().resolve(dir).resolve("expected-totals.tsv"),
                        StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    List<Integer> rest = new ArrayList<>();
                    for (int i = 6; i < f.length; i++) {
                        rest.add(Integer.parseInt(f[i]));
                    }
                    all.put(dir + "/" + f[0], new Totals(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            new BigDecimal(f[3]), new BigDecimal(f[4]), new BigDecimal(f[5]), rest));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static Stream<String> files() {
        return expected().keySet().stream();
    }

    @Test
    void theTablesNameEveryFile() throws IOException {
        TreeSet<String> present = new TreeSet<>();
        for (String dir : DIRECTORIES) {
            try (Stream<Path> s = Files.list(root().resolve(dir))) {
                s.map(p -> p.getFileName().toString())
                        .filter(n -> !n.endsWith(".md") && !n.endsWith(".tsv") && !n.endsWith(".py"))
                        .forEach(n -> present.add(dir + "/" + n));
            }
        }
        assertEquals(present, expected().keySet());
        assertTrue(present.stream().filter(n -> n.startsWith("real/")).count() >= 14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void totalsMatchTheIndependentCount(String file) throws IOException {
        List<X12Issue> issues = new ArrayList<>();
        List<RemittanceSummary> summaries = new ArrayList<>();
        InboundResult r = InboundReader.read(root().resolve(file), new InboundListener() {
            @Override
            public void trailer(RemittanceSummary summary) {
                summaries.add(summary);
            }

            @Override
            public void issue(X12Issue issue) {
                issues.add(issue);
            }
        });
        assertFalse(r.notX12());
        for (X12Issue i : issues) {
            // an end-of-input issue (no IEA, no terminator) points at the last segment's index and has no id
            assertTrue(i.position().segmentIndex() > 0, "positioned: " + i);
            assertTrue(!i.position().segmentId().isEmpty() || i.error() == X12Error.PREMATURE_END_OF_FILE,
                    "positioned: " + i);
        }
        Totals want = expected().get(file);
        if (LOWER_CASE.contains(file)) {
            assertTrue(issues.stream().anyMatch(i -> i.error() == X12Error.UNRECOGNIZED_SEGMENT && !i.isError()
                    && i.position().segmentId().equals("CLP") && i.message().contains("'clp'")), issues.toString());
        }
        assertEquals(want.transactions(), r.transactions());
        int claims = summaries.stream().mapToInt(RemittanceSummary::claims).sum();
        BigDecimal paid = summaries.stream().map(RemittanceSummary::paidTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bpr = summaries.stream().map(RemittanceSummary::paymentAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plb = summaries.stream().map(RemittanceSummary::providerAdjustmentTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(want.claims(), claims, "claims");
        assertEquals(0, want.paid().compareTo(paid), "sum of CLP04: " + paid);
        assertEquals(0, want.bpr().compareTo(bpr), "sum of BPR02: " + bpr);
        assertEquals(0, want.plb().compareTo(plb), "sum of PLB amounts: " + plb);
        // 277: claims, service lines, STC segments (claim and line); 999: AK2, IK3, IK4
        InboundFile f = InboundFile.read(root().resolve(file));
        var claims277 = f.claimAcknowledgements().stream().flatMap(a -> a.claims().stream()).toList();
        var responses = f.functionalAcks().stream().flatMap(a -> a.transactions().stream()).toList();
        var segmentErrors = responses.stream().flatMap(t -> t.segmentErrors().stream()).toList();
        List<Integer> got = List.of(claims277.size(),
                claims277.stream().mapToInt(c -> c.lines().size()).sum(),
                claims277.stream().mapToInt(c -> c.statuses().size()
                        + c.lines().stream().mapToInt(l -> l.statuses().size()).sum()).sum(),
                responses.size(), segmentErrors.size(),
                segmentErrors.stream().mapToInt(e -> e.elementErrors().size()).sum());
        assertEquals(want.statusAndAcks(), got, "277 claims/lines/STC, 999 AK2/IK3/IK4");
    }

    @Test
    void a4010RemittanceIsReadAndSaysItsGuideIsNot5010() throws IOException {
        List<X12Issue> issues = new ArrayList<>();
        InboundReader.read(root().resolve("real/oopfactory__835__4010_Example1_GripElements.txt"), new InboundListener() {
            @Override
            public void issue(X12Issue issue) {
                issues.add(issue);
            }
        });
        List<X12Issue> version = issues.stream().filter(i -> i.error() == X12Error.GROUP_VERSION_NOT_SUPPORTED).toList();
        assertEquals(1, version.size(), issues.toString());
        assertFalse(version.get(0).isError());
        assertEquals("ST", version.get(0).position().segmentId());
        assertTrue(version.get(0).message().contains("004010X091A1"), version.get(0).message());
    }

    @Test
    void a5010RemittanceGetsNoVersionWarning() throws IOException {
        List<X12Issue> issues = new ArrayList<>();
        InboundReader.read(root().resolve("real/oopfactory__835__5010_ExampleFromNth.txt"), new InboundListener() {
            @Override
            public void issue(X12Issue issue) {
                issues.add(issue);
            }
        });
        assertTrue(issues.stream().noneMatch(i -> i.error() == X12Error.GROUP_VERSION_NOT_SUPPORTED));
    }

    @Test
    void aClaimStatusResponseWithDependentsHasAClaimPerTrnAndNoIssues() throws IOException {
        // stupidedi's X212 claim-response: the subscriber HL*7 (22, HL04 1) has its claim under the dependent HL*8 (23)
        InboundFile f = InboundFile.read(root().resolve("real/stupidedi__277__5010_X212_claim-response.edi"));
        assertEquals(List.of(), f.issues());
        var claims = f.claimAcknowledgements().get(0).claims();
        assertEquals(List.of("ABCXYZ1", "ABCXYZ2", "ABCXYC3"), claims.stream().map(c -> c.patientControlNumber()).toList());
        assertEquals("JOSEPH", claims.get(2).patient().firstName());
        assertEquals(1, claims.get(2).lines().size());
    }

    @Test
    void severalImplementationAcknowledgementsInOneGroupAreReadEach() throws IOException {
        InboundFile f = InboundFile.read(root().resolve("real/pyx12__999__5010_834_lui_id_5010.999.txt"));
        assertEquals(List.of(), f.issues());
        assertEquals(4, f.functionalAcks().size());
    }
}
