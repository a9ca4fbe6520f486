package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgate generate} and the reproducible {@code claimgate render --timestamp} used by sample-edi. */
class GenerateAndRenderCommandTest {
    private static final Path SAMPLES = Path.of("..", "sample-edi");

    @TempDir
    Path dir;

    @Test
    void generateWritesOneClaimPerLineAndTheSameSeedGivesTheSameFile() throws IOException {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        Path c = dir.resolve("c.ndjson");
        assertEquals(0, Main.run("generate", "--count", "40", "--seed", "11", "-o", a.toString()));
        assertEquals(0, Main.run("generate", "--count", "40", "--seed", "11", "-o", b.toString()));
        assertEquals(0, Main.run("generate", "--count", "40", "--seed", "12", "-o", c.toString()));
        List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
        assertEquals(40, lines.size());
        lines.forEach(l -> assertFalse(l.isBlank()));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertNotEquals(Files.readString(a), Files.readString(c));
    }

    @Test
    void generatedClaimsRenderWithoutRefusalAndTheResultIsAccepted() throws IOException {
        Path claims = dir.resolve("claims.ndjson");
        Path x12 = dir.resolve("claims.837");
        assertEquals(0, Main.run("generate", "--count", "200", "--seed", "5", "-o", claims.toString()));
        assertEquals(0, Main.run("render", claims.toString(), "-o", x12.toString(), "--timestamp", "2025-06-02T10:15"));
        assertEquals(ValidateCommand.ACCEPTED, Main.run("validate", x12.toString()));
    }

    @Test
    void renderWithTheSampleSettingsReproducesTheCommittedSample() throws IOException {
        Path out = dir.resolve("26.837");
        assertEquals(0, Main.run("render", SAMPLES.resolve("claims/26-batch.ndjson").toString(), "-o", out.toString(),
                "--timestamp", "2025-06-02T10:15", "--interchange-control", "26", "--group-control", "1",
                "--transaction-control", "1"));
        assertArrayEquals(Files.readAllBytes(SAMPLES.resolve("837/26-batch.837")), Files.readAllBytes(out));
    }
}
