package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real sample of the inbound types (835, 999, 277CA, TA1) and every not-X12 or malformed sample goes through
 * {@link InboundReader}: none throws, each gives exactly the issues listed here (code and segment index), every
 * issue of an X12 file points at a segment, and a file that is not X12 gives one file-level NOT_X12 and nothing
 * else. The table must name every file in those sample directories, so a new sample cannot go unchecked.
 */
class InboundAllSamplesTest {
    private static final List<String> DIRECTORIES = List.of("835", "999", "277CA", "TA1", "nonx12-or-malformed");

    /** File, then: transaction sets, TA1s, and the issues as CODE@segmentIndex ("w" marks a warning). */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            entry("835/LFH__835_005010X221A1_cob-contractural-adjustment.835", 1, 0),
            entry("835/LFH__835_005010X221A1_managed-care.835", 1, 0, "INVALID_DATE@4"),
            entry("835/LFH__835_005010X221A1_medicare-part-a.835", 1, 0),
            entry("835/LFH__835_005010X221A1_secondary-payment.835", 1, 0),
            entry("835/LFH__835_005010X221A1_tertiary-payment.835", 1, 0, "AMOUNTS_DO_NOT_BALANCE@20"),
            entry("835/edi835parser__emedny_sample.txt", 1, 0),
            entry("835/edi835parser__united_healthcare_legacy_sample.txt", 1, 0),
            entry("835/pyx12__835_mult_loops.txt", 1, 0),
            entry("999/imsweb__837_5010_x12_999_accepted.txt", 1, 0, "INTERCHANGE_CONTROL_MISMATCH@10"),
            entry("999/imsweb__837_5010_x12_999_rejected.txt", 1, 0),
            entry("999/staedi__x12_invalid999.edi", 1, 0, "UNEXPECTED_SEGMENT@4", "INVALID_CODE@7",
                    "UNEXPECTED_SEGMENT@8", "TOO_MANY_REPETITIONS@16w", "TRANSACTION_COUNT_MISMATCH@20"),
            entry("999/staedi__x12_simple999.edi", 1, 0, "TOO_MANY_REPETITIONS@14w"),
            entry("277CA/imsweb__277_5010_x12_277CA_accepted.txt", 1, 0),
            entry("277CA/imsweb__277_5010_x12_277CA_rejected.txt", 1, 0),
            entry("TA1/UHIN__TA1.edi", 0, 1, "INVALID_AUTHORIZATION@1", "INVALID_SECURITY@1", "INVALID_SENDER_ID@1",
                    "INVALID_RECEIVER_ID@1", "INVALID_GROUP_COUNT@3"),
            entry("TA1/staedi__wiki_x12_interchange_ack.txt", 0, 1, "INVALID_GROUP_COUNT@3"),
            entry("nonx12-or-malformed/edi835parser__blue_cross_nc_sample.txt", -1, 0),
            entry("nonx12-or-malformed/imsweb__837_5010_x12_no_isa_line.txt", -1, 0),
            // an 837 with nested HLs: X12, but not an inbound type; each transaction set is skipped with a warning
            entry("nonx12-or-malformed/staedi__x12_sample837-HL-nested.edi", 2, 0, "TRANSACTION_NOT_SUPPORTED@3w",
                    "TRANSACTION_NOT_SUPPORTED@26w"));

    /** {@code transactions} -1 means the file is not X12. */
    private record Expected(int transactions, int ta1s, List<String> issues) {
    }

    private static Map.Entry<String, Expected> entry(String file, int transactions, int ta1s, String... issues) {
        return Map.entry(file, new Expected(transactions, ta1s, List.of(issues)));
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void theTableNamesEverySample() throws IOException {
        TreeSet<String> present = new TreeSet<>();
        for (String dir : DIRECTORIES) {
            try (Stream<Path> s = Files.list(InboundSamples.ROOT.resolve(dir))) {
                s.filter(Files::isRegularFile).forEach(p -> present.add(dir + "/" + p.getFileName()));
            }
        }
        assertEquals(present, new TreeSet<>(EXPECTED.keySet()));
        assertTrue(present.size() >= 19);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsWithExactlyTheExpectedPositionedIssues(String file) {
        Expected expected = EXPECTED.get(file);
        InboundFile f = InboundSamples.read(file);
        assertEquals(f.result().issues(), f.issues().size());
        if (expected.transactions() < 0) {
            assertTrue(f.result().notX12());
            assertEquals(List.of(X12Error.NOT_X12), f.issues().stream().map(X12Issue::error).toList());
            assertTrue(f.remittances().isEmpty() && f.functionalAcks().isEmpty() && f.claimAcknowledgements().isEmpty()
                    && f.ta1s().isEmpty());
            return;
        }
        assertFalse(f.result().notX12());
        assertEquals(expected.transactions(), f.result().transactions());
        assertEquals(expected.ta1s(), f.result().ta1s());
        assertEquals(expected.ta1s(), f.ta1s().size());
        assertEquals(expected.issues(), f.issues().stream()
                .map(i -> i.error().name() + "@" + i.position().segmentIndex() + (i.isError() ? "" : "w"))
                .collect(Collectors.toList()), f.issues().toString());
        for (X12Issue i : f.issues()) {
            assertTrue(i.position().segmentIndex() > 0 && !i.position().segmentId().isEmpty(), "positioned: " + i);
        }
        int read = f.remittances().size() + f.functionalAcks().size() + f.claimAcknowledgements().size();
        int skipped = file.startsWith("nonx12-or-malformed/") ? expected.transactions() : 0;
        assertEquals(expected.transactions(), read + skipped, "every inbound transaction set was handed out");
    }
}
