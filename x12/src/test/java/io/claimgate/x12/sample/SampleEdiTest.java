package io.claimgate.x12.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import io.claimgate.x12.render.ClaimRenderer;
import io.claimgate.x12.render.RenderResult;
import io.claimgate.x12.render.RenderSettings;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The samples in {@code sample-edi/}: every claim JSON binds and passes the claim rules with no issue at
 * all, renders byte for byte into its committed 837 with the fixed settings of {@code sample-edi/render.sh},
 * and that 837 is accepted by {@link X12Validator}.
 */
class SampleEdiTest {
    static final Path SAMPLES = Path.of("..", "sample-edi");
    /** The fixed envelope timestamp of render.sh ({@code --timestamp 2025-06-02T10:15}). */
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2025, 6, 2, 10, 15);
    private static final Clock CLOCK = Clock.fixed(TIMESTAMP.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> claimFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("claims"))) {
            return files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson")).sorted().toList();
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Professional or institutional, told from the claim the way {@code claimgate render} does. */
    static ClaimKind kindOf(JsonNode claim) {
        JsonNode info = claim.path("claimInformation");
        if (info.has("claimCodeInformation")) {
            return ClaimKind.INSTITUTIONAL;
        }
        for (JsonNode line : info.path("serviceLines")) {
            if (line.has("institutionalService")) {
                return ClaimKind.INSTITUTIONAL;
            }
        }
        return ClaimKind.PROFESSIONAL;
    }

    static List<ValidatedClaim> read(Path file) throws IOException {
        List<ValidatedClaim> claims = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                claims.add(ClaimValidation.check(kindOf(node), node, CLOCK));
            }
        }
        return claims;
    }

    /** The settings render.sh gives the CLI: ISA13 = sample number, GS06 and ST02 from 1, fixed time. */
    static RenderSettings settings(String baseName, List<Claim> claims) {
        Set<String> payers = new HashSet<>();
        claims.forEach(c -> payers.add(c.tradingPartnerServiceId()));
        String receiver = payers.size() == 1 ? payers.iterator().next() : "RECEIVER";
        long number = Long.parseLong(baseName.substring(0, baseName.indexOf('-')));
        return RenderSettings.builder("ZZ", "CLAIMGATE", "ZZ", receiver)
                .controlNumbers(number, 1, 1)
                .timestamp(TIMESTAMP)
                .lineBreaks(true)
                .build();
    }

    @Test
    void thereAreAtLeastTwentyFourSamplesOfBothKinds() throws IOException {
        List<Path> files = claimFiles();
        assertTrue(files.size() >= 24, "samples: " + files.size());
        Set<ClaimKind> kinds = new HashSet<>();
        for (Path f : files) {
            read(f).forEach(v -> kinds.add(v.claim().kind()));
        }
        assertEquals(Set.of(ClaimKind.PROFESSIONAL, ClaimKind.INSTITUTIONAL), kinds);
    }

    @TestFactory
    Stream<DynamicTest> everySampleBindsRendersAsCommittedAndValidates() throws IOException {
        return claimFiles().stream().map(file -> DynamicTest.dynamicTest(baseName(file), () -> {
            List<ValidatedClaim> read = read(file);
            assertFalse(read.isEmpty(), "no claim in " + file);
            List<Claim> claims = new ArrayList<>();
            for (ValidatedClaim v : read) {
                assertTrue(v.issues().isEmpty(), () -> file + ": " + v.issues());
                claims.add(v.claim());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RenderResult result = new ClaimRenderer().render(claims, settings(baseName(file), claims), out);
            assertTrue(result.ok(), () -> file + ": " + result.issues());
            Path committed = SAMPLES.resolve("837").resolve(baseName(file) + ".837");
            assertArrayEquals(Files.readAllBytes(committed), out.toByteArray(),
                    () -> committed + " differs from a fresh render: run sample-edi/render.sh and review the diff");
            FileReport report = new X12Validator().validate(new ByteArrayInputStream(out.toByteArray()));
            assertTrue(report.accepted(), () -> committed + " rejected by X12Validator: " + report);
        }));
    }
}
