package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.X12Issue;
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
 * Our verdict on every 837P, 835 and 277CA sample agrees with the independent validator pyx12 (its verdicts are
 * recorded in samples/pyx12-verdicts.tsv).
 */
class Pyx12AgreementTest {

    record Verdict(String file, boolean ok) {
        @Override
        public String toString() {
            return file + (ok ? " OK" : " Failure");
        }
    }

    static Stream<Verdict> professionalSamples() throws IOException {
        return samples("837P/");
    }

    static Stream<Verdict> remittanceSamples() throws IOException {
        return samples("835/");
    }

    static Stream<Verdict> claimAcknowledgmentSamples() throws IOException {
        return samples("277CA/");
    }

    static Stream<Verdict> samples(String folder) throws IOException {
        List<Verdict> out = new ArrayList<>();
        try (InputStream in = Pyx12AgreementTest.class.getResourceAsStream("/samples/pyx12-verdicts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length > 1 && f[0].startsWith(folder)) {
                    out.add(new Verdict(f[0], f[1].equals("OK")));
                }
            }
        }
        return out.stream();
    }

    static FileReport validate(String sample) throws IOException {
        try (InputStream in = Pyx12AgreementTest.class.getResourceAsStream("/samples/" + sample)) {
            return new X12Validator().validate(in);
        }
    }

    static List<X12Issue> allIssues(FileReport r) {
        List<X12Issue> out = new ArrayList<>(r.fileIssues());
        for (InterchangeReport i : r.interchanges()) {
            out.addAll(i.issues());
            for (GroupReport g : i.groups()) {
                out.addAll(g.issues());
                for (TransactionReport t : g.transactions()) {
                    out.addAll(t.issues());
                }
            }
        }
        return out;
    }

    @Test
    void thereAreSamplesOfBothVerdicts() throws IOException {
        List<Verdict> v = professionalSamples().toList();
        assertTrue(v.size() >= 40, "837P samples: " + v.size());
        assertTrue(v.stream().anyMatch(Verdict::ok));
        assertTrue(v.stream().anyMatch(x -> !x.ok()));
    }

    @Test
    void thereAreRemittanceAndAcknowledgmentSamples() throws IOException {
        List<Verdict> remittances = remittanceSamples().toList();
        assertTrue(remittances.size() >= 8, "835 samples: " + remittances.size());
        assertTrue(remittances.stream().anyMatch(Verdict::ok));
        assertTrue(remittances.stream().anyMatch(x -> !x.ok()));
        assertTrue(claimAcknowledgmentSamples().count() >= 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"professionalSamples", "remittanceSamples", "claimAcknowledgmentSamples"})
    void agreesWithPyx12(Verdict v) throws IOException {
        FileReport r = validate(v.file());
        List<X12Issue> issues = allIssues(r);
        StringBuilder why = new StringBuilder();
        issues.stream().filter(X12Issue::isError).limit(15).forEach(i -> why.append("\n  ").append(i.error()).append(' ')
                .append(i.position()).append(" loop ").append(i.loopId()).append(" de ").append(i.dataElement()).append(": ")
                .append(i.message()));
        assertEquals(v.ok(), r.accepted(), v.file() + why);
        if (!v.ok()) {
            // A rejection says where: every error is positioned (or the file is not X12 at all).
            assertFalse(issues.isEmpty());
            assertTrue(r.notX12() || issues.stream().filter(X12Issue::isError).allMatch(i -> i.position().segmentIndex() > 0),
                    v.file() + why);
        }
    }
}
