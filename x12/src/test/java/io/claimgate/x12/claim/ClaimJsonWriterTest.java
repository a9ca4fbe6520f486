package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.x12.claim.read.Claim837Reader;
import io.claimgate.x12.sample.ClaimGenerator;
import io.claimgate.x12.sample.GeneratedClaim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claim JSON written from the model reads back as the same claim: JSON -> bind -> write -> bind. */
class ClaimJsonWriterTest {
    private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");

    /** Binds the JSON, writes it, binds that: the two claims are equal and the second read finds nothing new. */
    private static void roundTrip(String name, ClaimKind kind, String json) {
        ClaimRead first = ClaimJson.read(kind, json);
        assertTrue(first.claim() != null, name);
        byte[] written = ClaimJsonWriter.bytes(first.claim());
        ClaimRead second = ClaimJson.read(kind, written);
        assertEquals(List.of(), differences(first.claim(), second.claim(), "claim"), name);
        List<String> before = first.issues().stream().filter(i -> i.severity() == ClaimIssue.Severity.ERROR)
                .map(i -> i.code() + " " + i.path()).toList();
        List<String> after = second.issues().stream().filter(i -> i.severity() == ClaimIssue.Severity.ERROR)
                .map(i -> i.code() + " " + i.path()).toList();
        assertTrue(before.containsAll(after), name + ": new issues " + after + " (had " + before + ")");
        assertEquals(kind, ClaimJson.kindOf(ClaimJsonWriter.tree(first.claim())), name + ": the kind is told from the written JSON");
    }

    /** Where two claims differ: the path of each differing value (records and lists walked), with both values. */
    static List<String> differences(Object a, Object b, String path) {
        List<String> out = new ArrayList<>();
        if (java.util.Objects.equals(a, b)) {
            return out;
        }
        if (a != null && b != null && a.getClass().isRecord() && a.getClass() == b.getClass()) {
            for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    out.addAll(differences(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName()));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (path.endsWith(".otherPayerProviders") && a instanceof List<?> x && b instanceof List<?> y) {
            // The JSON has one field per 2330x loop and the binder reads them in its order, not the file's.
            List<String> xs = x.stream().map(Object::toString).sorted().toList();
            List<String> ys = y.stream().map(Object::toString).sorted().toList();
            if (!xs.equals(ys)) {
                out.add(path + ": " + xs + " / " + ys);
            }
            return out;
        }
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                out.addAll(differences(x.get(i), y.get(i), path + "[" + i + "]"));
            }
            return out;
        }
        out.add(path + ": " + a + " / " + b);
        return out;
    }

    @Test
    void theExampleClaimsRoundTrip() throws IOException {
        roundTrip("professional-full", ClaimKind.PROFESSIONAL, ClaimJsonTest.resource("professional-full.json"));
        roundTrip("professional-providers-array", ClaimKind.PROFESSIONAL,
                ClaimJsonTest.resource("professional-providers-array.json"));
        roundTrip("institutional-full", ClaimKind.INSTITUTIONAL, ClaimJsonTest.resource("institutional-full.json"));
    }

    /** Every example claim, the real client payload shapes included (kind told from the JSON). */
    @Test
    void everyExampleClaimFileRoundTrips() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.list(Path.of("src", "test", "resources", "claims"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(f);
                roundTrip(f.getFileName().toString(), ClaimJson.kindOf(ClaimJson.MAPPER.readTree(json)), json);
                files++;
            }
        }
        assertTrue(files >= 3, "claim files: " + files);
    }

    @Test
    void fiveHundredGeneratedClaimsRoundTrip() {
        for (GeneratedClaim g : ClaimGenerator.generate(20261122L, 500).toList()) {
            roundTrip("generated " + g.index(), g.kind(), g.json());
        }
    }

    @Test
    void amountsKeepTheirDigits() throws IOException {
        ClaimRead read = ClaimJson.read(ClaimKind.PROFESSIONAL, ClaimJsonTest.resource("professional-full.json"));
        JsonNode written = ClaimJson.MAPPER.readTree(ClaimJsonWriter.bytes(read.claim()));
        assertEquals("210.00", written.get("claimInformation").get("claimChargeAmount").decimalValue().toPlainString());
        assertTrue(written.get("claimInformation").get("claimChargeAmount").isNumber());
    }

    /** Claims read from real 837 files: written as JSON and bound again, they are the claims the reader made. */
    @Test
    void claimsReadFromSample837sBindBackFromTheirJson() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int claims = 0;
        for (String dir : List.of("837P", "837I")) {
            try (Stream<Path> files = Files.list(SAMPLES.resolve(dir))) {
                for (Path f : files.sorted().toList()) {
                    List<Claim> read = new ArrayList<>();
                    try (InputStream in = Files.newInputStream(f)) {
                        Claim837Reader.read(in, r -> {
                            if (r.ok()) {
                                read.add(r.claim());
                            }
                        });
                    } catch (RuntimeException | IOException e) {
                        continue; // malformed samples: not this test's subject
                    }
                    for (Claim c : read) {
                        claims++;
                        Claim again = ClaimJson.read(c.kind(), ClaimJsonWriter.bytes(c)).claim();
                        List<String> d = new ArrayList<>(differences(c, again, "claim"));
                        // CLM10 is not used in the 837I and institutional claim JSON has no field for it; one
                        // sample sends it anyway.
                        d.removeIf(x -> c.kind() == ClaimKind.INSTITUTIONAL
                                && x.startsWith("claim.claimInformation.patientSignatureSourceCode: "));
                        if (!d.isEmpty()) {
                            mismatches.add(f.getFileName() + " " + d);
                        }
                    }
                }
            }
        }
        assertTrue(claims >= 20, "claims read: " + claims);
        assertEquals(List.of(), mismatches);
    }
}
