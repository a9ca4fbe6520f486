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

class ReadCommandTest {
    private static final Path SAMPLES = Path.of("..", "x12", "src", "test", "resources", "samples");
    @Test
    void summaryOfABalanced835() throws IOException {
        CliRun r = CliRun.of("read", SAMPLES.resolve("835/LFH__835_005010X221A1_medicare-part-a.835").toString(), "--summary");
        assertEquals(0, r.exit(), r.text());
        assertEquals(1, r.lines().size());
        JsonNode s = r.lines().get(0);
        assertEquals("835", s.get("type").asText());
        assertEquals(1, s.get("interchanges").asInt());
        assertEquals(1, s.get("transactions").asInt());
        assertEquals(2, s.get("claims").asInt());
        assertEquals("149998.73", s.get("paidTotal").asText());
        assertEquals("150000.00", s.get("bprTotal").asText());
        assertEquals("-1.27", s.get("plbTotal").asText());
        assertTrue(s.get("balanced").asBoolean());
        assertEquals(0, s.get("issues").asInt());
    }

    @Test
    void unbalanced835ExitsOne() throws IOException {
        CliRun r = CliRun.of("read", SAMPLES.resolve("835/LFH__835_005010X221A1_tertiary-payment.835").toString(), "--summary");
        assertEquals(1, r.exit());
        assertFalse(r.lines().get(0).get("balanced").asBoolean());
        assertEquals(1, r.lines().get(0).get("issues").asInt());
    }

    @Test
    void contentOfAn835IsOneDocumentWithItsClaims() throws IOException {
        CliRun r = CliRun.of("read", SAMPLES.resolve("835/edi835parser__emedny_sample.txt").toString());
        assertEquals(0, r.exit(), r.text());
        assertEquals(1, r.lines().size());
        JsonNode doc = r.lines().get(0);
        assertEquals("835", doc.get("type").asText());
        assertEquals("45.75", doc.get("header").get("payment").get("amount").asText());
        assertEquals(3, doc.get("claims").size());
        JsonNode line = doc.get("claims").get(2).get("lines").get(2);
        assertEquals("V2700", line.get("procedure").get("code").asText());
        assertEquals("251", line.get("adjustments").get(0).get("reason").asText());
        assertEquals("N206", line.get("remarks").get(0).get("code").asText());
        assertEquals("2010-01-01", line.get("serviceDates").get("from").asText());
        assertEquals(3, doc.get("summary").get("claims").asInt());
        assertEquals(0, doc.get("issues").size());
    }

    @Test
    void acknowledgementsAndTheirSummaries() throws IOException {
        CliRun ack = CliRun.of("read", SAMPLES.resolve("999/staedi__x12_simple999.edi").toString());
        assertEquals(1, ack.exit(), "its CTX01 repeats, which the 999 guide does not allow: " + ack.text());
        assertEquals("TOO_MANY_REPETITIONS", ack.lines().get(0).get("issues").get(0).get("code").asText());
        assertEquals("999", ack.lines().get(0).get("type").asText());
        assertEquals(3, ack.lines().get(0).get("content").get("transactions").size());
        CliRun ca = CliRun.of("read", SAMPLES.resolve("277CA/imsweb__277_5010_x12_277CA_rejected.txt").toString(), "--summary");
        assertEquals("277CA", ca.lines().get(0).get("type").asText());
        assertEquals(1, ca.lines().get(0).get("claims").asInt());
        assertFalse(ca.lines().get(0).has("paidTotal"));
        CliRun ta1 = CliRun.of("read", SAMPLES.resolve("TA1/staedi__wiki_x12_interchange_ack.txt").toString(), "--summary");
        assertEquals("TA1", ta1.lines().get(0).get("type").asText());
        assertFalse(ta1.lines().get(0).has("claims"));
        assertEquals(1, ta1.exit(), "IEA01 counts a group the file does not have");
    }

    @Test
    void claimAcknowledgementIsWrittenWithClaimsUnderTheirProvider() throws IOException {
        CliRun r = CliRun.of("read", SAMPLES.resolve("277CA/imsweb__277_5010_x12_277CA_rejected.txt").toString());
        assertEquals(0, r.exit(), r.text());
        assertEquals(1, r.lines().size(), r.text());
        var doc = r.lines().get(0);
        assertEquals("277CA", doc.get("type").asText());
        assertEquals("A1", doc.get("header").get("receiverStatuses").get(0).get("codes").get(0).get("category").asText());
        var provider = doc.get("providers").get(0);
        var claim = provider.get("claims").get(0);
        assertEquals("3920394930203", claim.get("patientControlNumber").asText());
        assertEquals("A7", claim.get("statuses").get(0).get("codes").get(0).get("category").asText());
        assertEquals(1, doc.get("summary").get("claims").asInt());
        assertEquals(1, doc.get("summary").get("rejectedClaims").asInt());
        assertEquals(0, doc.get("issues").size());
    }

    @Test
    void everyIssueTheSummaryCountsIsPrinted(@TempDir Path dir) throws IOException {
        // an IEA whose counts are wrong (reported after the 835's document) and a 997 (not an inbound type)
        String x12 = Files.readString(SAMPLES.resolve("835/edi835parser__emedny_sample.txt"));
        String badIea = x12.substring(0, x12.lastIndexOf("IEA")) + "IEA*2*999999999~";
        String isa = x12.substring(0, x12.indexOf('~') + 1);
        String ack997 = isa + "GS*FA*A*B*20240101*1200*7*X*005010~ST*997*0001~AK1*HC*1~AK9*A*1*1*1~SE*4*0001~GE*1*7~IEA*1*"
                + isa.substring(90, 99) + "~";
        Path file = Files.writeString(dir.resolve("two.x12"), badIea + ack997);
        CliRun summary = CliRun.of("read", file.toString(), "--summary");
        CliRun content = CliRun.of("read", file.toString());
        int printed = 0;
        boolean skipped = false;
        for (JsonNode doc : content.lines()) {
            printed += doc.get("issues").size();
            skipped |= doc.get("type").asText().equals("skipped") && doc.get("transactionSetId").asText().equals("997");
        }
        assertTrue(skipped, content.text());
        assertTrue(summary.lines().get(0).get("issues").asInt() >= 2, summary.text());
        assertEquals(summary.lines().get(0).get("issues").asInt(), printed, content.text());
        assertTrue(content.text().contains("IEA"), content.text());
    }

    @Test
    void notX12ExitsTwo(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("read", SAMPLES.resolve("nonx12-or-malformed/edi835parser__blue_cross_nc_sample.txt").toString(), "--summary");
        assertEquals(2, r.exit());
        Path missing = dir.resolve("missing.x12");
        assertEquals(2, CliRun.of("read", missing.toString()).exit());
        Path text = Files.writeString(dir.resolve("note.txt"), "hello");
        assertEquals(2, CliRun.of("read", text.toString()).exit());
        String hello = stderrOf("read", text.toString());
        assertTrue(hello.contains("is not X12: Input is not X12: it does not start with an ISA segment"), hello);
        // the reader's own reason, not a fixed sentence: this one does start with an ISA
        Path badIsa = Files.writeString(dir.resolve("bad-isa.x12"), "ISA*00*X*00\nGS*HP~");
        assertEquals(2, CliRun.of("read", badIsa.toString()).exit());
        String bad = stderrOf("read", badIsa.toString());
        assertTrue(bad.contains("ISA segment cannot be read"), bad);
    }

    private static String stderrOf(String... args) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Main.run(args);
            return err.toString(java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            System.setErr(old);
        }
    }
}
