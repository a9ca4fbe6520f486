package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.cli.AckTestSupport.Result;
import io.claimgate.gateway.cli.AckTestSupport.Seg;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every 837 sample for which pyx12 wrote a 999 (column {@code pyx12_999_IK5/AK9} of samples/pyx12-verdicts.tsv,
 * e.g. {@code AK9*R:1 IK5*R:2}), the 999 written by {@code claimgate validate --ack} has the same AK9 verdicts and
 * the same number of IK5 per verdict, and our own validator, reading it with the 005010X231A1 table, accepts it.
 * (pyx12 accepts every one of them too: checked by hand with /tmp/pyx12check.sh, see the branch report.)
 */
class AckAgreementTest {
    @TempDir
    static Path dir;

    /** One sample and the counts pyx12's 999 had: segment (AK9, IK5) to verdict to count. */
    record Expected(String file, Map<String, Map<String, Integer>> counts) {
        @Override
        public String toString() {
            return file + " " + counts;
        }
    }

    static Stream<Expected> samplesWithA999() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(AckTestSupport.SAMPLES.resolve("pyx12-verdicts.tsv"))) {
            String[] f = line.split("\t");
            if (f.length > 3 && f[0].startsWith("837") && !f[3].isBlank()) {
                out.add(new Expected(f[0], parse(f[3])));
            }
        }
        return out.stream();
    }

    /** {@code AK9*R:1 IK5*A:2,R:1} to {AK9={R=1}, IK5={A=2, R=1}}. */
    static Map<String, Map<String, Integer>> parse(String column) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (String token : column.trim().split("\\s+")) {
            String[] seg = token.split("\\*", 2);
            Map<String, Integer> byVerdict = out.computeIfAbsent(seg[0], k -> new TreeMap<>());
            for (String pair : seg[1].split(",")) {
                String[] kv = pair.split(":");
                byVerdict.merge(kv[0], Integer.parseInt(kv[1]), Integer::sum);
            }
        }
        return out;
    }

    @Test
    void everyKindOfSampleIsCovered() throws IOException {
        List<Expected> all = samplesWithA999().toList();
        assertTrue(all.size() >= 45, "samples with a pyx12 999: " + all.size());
        assertTrue(all.stream().anyMatch(e -> e.file().startsWith("837I/")));
        assertTrue(all.stream().anyMatch(e -> e.counts().get("AK9").containsKey("A")));
        assertTrue(all.stream().anyMatch(e -> e.counts().get("IK5").getOrDefault("R", 0) > 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithA999")
    void our999AgreesWithPyx12sAndIsValid(Expected expected) throws IOException {
        Path ack = dir.resolve(Path.of(expected.file()).getFileName() + ".999");
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve(expected.file()), ack);
        Map<String, Map<String, Integer>> ours = new TreeMap<>();
        for (Seg s : r.ack()) {
            if (s.id().equals("AK9") || s.id().equals("IK5")) {
                ours.computeIfAbsent(s.id(), k -> new TreeMap<>()).merge(s.e(1), 1, Integer::sum);
            }
        }
        assertEquals(expected.counts(), ours, expected.file());
        FileReport back;
        try (InputStream in = Files.newInputStream(ack)) {
            back = new X12Validator().validate(in);
        }
        assertTrue(back.accepted(), "our 999 for " + expected.file() + " is not valid by our 999 table: " + back);
    }
}
