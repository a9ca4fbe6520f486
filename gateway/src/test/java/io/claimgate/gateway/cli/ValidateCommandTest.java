package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path SAMPLES = Path.of("..", "x12", "src", "test", "resources", "samples");
    @Test
    void acceptedFileExitsZeroWithOnlyASummary() throws IOException {
        CliRun r = CliRun.of("validate", SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837").toString());
        assertEquals(0, r.exit(), r.text());
        assertEquals(1, r.lines().size(), r.text());
        JsonNode s = r.lines().get(0);
        assertTrue(s.get("summary").asBoolean());
        assertTrue(s.get("accepted").asBoolean());
        assertEquals(1, s.get("transactions").asInt());
    }

    @Test
    void rejectedFilePrintsEachIssueWithoutTheBadValue() throws IOException {
        CliRun r = CliRun.of("validate", SAMPLES.resolve("837P/imsweb__837_5010_x12_segment_errors.txt").toString());
        assertEquals(1, r.exit(), r.text());
        JsonNode first = r.lines().get(0);
        assertEquals("ERROR", first.get("level").asText());
        // pyx12 reports the same first error: the billing provider N3 missing, at segment 10.
        assertEquals("REQUIRED_SEGMENT_MISSING", first.get("code").asText());
        assertEquals("3", first.get("wireCode").asText());
        assertEquals(10, first.get("segmentIndex").asInt());
        assertEquals("N3", first.get("segmentId").asText());
        assertEquals("2010AA", first.get("loop").asText());
        assertFalse(first.has("badValue"));
        JsonNode summary = r.lines().get(r.lines().size() - 1);
        assertFalse(summary.get("accepted").asBoolean());
        assertEquals(r.lines().size() - 1, summary.get("issues").asInt());
    }

    @Test
    void patientDataNeverAppearsInTheOutput(@TempDir Path dir) throws IOException {
        String x12 = Files.readString(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837"));
        // An invalid birth date and gender for a named subscriber: reported, but neither value is printed.
        String broken = x12.replaceFirst("DMG\\*D8\\*(\\d{8})\\*(\\w)", "DMG*D8*19991399*Q");
        Path f = dir.resolve("broken.837");
        Files.writeString(f, broken);
        CliRun r = CliRun.of("validate", f.toString());
        assertEquals(1, r.exit(), r.text());
        assertTrue(r.text().contains("\"element\":\"DMG02\""), r.text());
        assertFalse(r.text().contains("19991399"), r.text());
    }

    @Test
    void notX12ExitsTwo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "this is not an X12 file");
        CliRun r = CliRun.of("validate", f.toString());
        assertEquals(2, r.exit(), r.text());
        assertTrue(r.lines().get(r.lines().size() - 1).get("notX12").asBoolean());
    }
}
