package io.claimgate.x12.claim.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import io.claimgate.x12.claim.ClaimStream;
import io.claimgate.x12.render.ClaimRenderer;
import io.claimgate.x12.render.RenderResult;
import io.claimgate.x12.render.RenderSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model -> render -> read -> the same model, for every example claim. */
class RoundTripTest {
    static Stream<Path> examples() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("src/test/resources/claims", "src/test/resources/render")) {
            try (Stream<Path> files = Files.list(Paths.get(dir))) {
                files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    static List<Claim> claims(Path file) throws IOException {
        String name = file.getFileName().toString();
        ClaimKind kind = name.startsWith("inst") ? ClaimKind.INSTITUTIONAL : ClaimKind.PROFESSIONAL;
        List<Claim> claims = new ArrayList<>();
        if (name.endsWith(".ndjson")) {
            try (InputStream in = Files.newInputStream(file); ClaimStream stream = new ClaimStream(kind, in)) {
                for (ClaimStream.Item item = stream.next(); item != null; item = stream.next()) {
                    assertTrue(item.read().ok(), item.read().issues().toString());
                    claims.add(item.read().claim());
                }
            }
        } else {
            ClaimRead read = ClaimJson.read(kind, Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(read.ok(), read.issues().toString());
            claims.add(read.claim());
        }
        return claims;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void renderThenReadGivesTheSameClaims(Path file) throws IOException {
        List<Claim> claims = claims(file);
        RenderSettings settings = RenderSettings.builder("ZZ", "SUBMITTERID", "ZZ", "RECEIVERID")
                .controlNumbers(101, 201, 301).timestamp(LocalDateTime.of(2024, 6, 1, 9, 30)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult rendered = new ClaimRenderer().render(claims, settings, out);
        assertTrue(rendered.ok(), rendered.issues().toString());

        List<ReadClaim> read = new ArrayList<>();
        ReadSummary summary = Claim837Reader.read(new ByteArrayInputStream(out.toByteArray()), read::add);
        assertTrue(summary.issues().isEmpty(), summary.issues().toString());
        assertEquals(claims.size(), read.size());
        List<String> differences = new ArrayList<>();
        for (ReadClaim r : read) {
            assertTrue(r.issues().isEmpty(), () -> file + ": " + r.issues());
            // the renderer may reorder claims (grouped by billing provider and subscriber): match by placement
            int index = -1;
            for (int i = 0; i < claims.size(); i++) {
                var p = rendered.placement(i);
                if (p.transactionControlNumber().equals(r.envelope().transactionControlNumber())
                        && p.claimSegmentPosition() == r.envelope().claimPositionInTransaction()) {
                    index = i;
                }
            }
            assertTrue(index >= 0, "claim placed where the renderer said");
            Claim expected = RoundTrip.expected(claims.get(index), rendered.placement(index), settings);
            for (String d : RecordDiff.diff(expected, r.claim())) {
                differences.add("claim " + index + d);
            }
        }
        assertTrue(differences.isEmpty(), () -> file + "\n" + String.join("\n", differences));
    }
}
