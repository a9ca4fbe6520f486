package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code claimgate validate} on claim JSON: every issue with its claim index and field path. */
class ValidateClaimJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../x12/src/test/resources/claims");

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines) {
    }

    private Run validate(Path file) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true));
        int exit = cli.execute("validate", file.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines);
    }

    @Test
    void aValidClaimAndAValidBatchAreAccepted() throws Exception {
        Run one = validate(EXAMPLES.resolve("professional-full.json"));
        assertEquals(0, one.exit());
        JsonNode summary = one.lines().get(one.lines().size() - 1);
        assertTrue(summary.get("accepted").asBoolean());
        assertEquals(1, summary.get("claims").asInt());

        Run batch = validate(EXAMPLES.resolve("professional-batch.ndjson"));
        assertEquals(0, batch.exit());
        assertEquals(3, batch.lines().get(batch.lines().size() - 1).get("claims").asInt());
    }

    @Test
    void everyIssueIsReportedWithClaimIndexAndPathAndNeverTheValue() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree(EXAMPLES.resolve("professional-full.json").toFile());
        ObjectNode bad = good.deepCopy();
        ((ObjectNode) bad.get("claimInformation")).put("claimChargeAmount", "999.00");
        ((ObjectNode) bad.get("billing")).put("npi", "1234567890");
        ((ObjectNode) bad.get("subscriber")).put("lastName", "O*NEIL");
        Path file = dir.resolve("two.ndjson");
        Files.writeString(file, good + "\n" + bad + "\n");

        Run run = validate(file);
        assertEquals(1, run.exit());
        List<String> found = new ArrayList<>();
        for (JsonNode line : run.lines()) {
            if (line.has("claim")) {
                assertEquals(1, line.get("claim").asInt(), line.toString());
                found.add(line.get("code").asText() + " " + line.get("path").asText());
            }
            assertFalse(line.toString().contains("O*NEIL"), "the value is never printed");
        }
        assertTrue(found.contains("CHARGE_TOTAL_MISMATCH claimInformation.claimChargeAmount"), found.toString());
        assertTrue(found.contains("INVALID_NPI billing.npi"), found.toString());
        assertTrue(found.contains("DELIMITER_CHARACTER subscriber.lastName"), found.toString());
        JsonNode summary = run.lines().get(run.lines().size() - 1);
        assertEquals(2, summary.get("claims").asInt());
        assertEquals(1, summary.get("claimsRefused").asInt());
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"claimInformation\": ");
        Run run = validate(file);
        assertEquals(1, run.exit());
        assertEquals("MALFORMED_JSON", run.lines().get(0).get("code").asText());
    }
}
