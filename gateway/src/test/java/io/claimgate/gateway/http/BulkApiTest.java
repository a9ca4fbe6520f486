package io.claimgate.gateway.http;

import static io.claimgate.gateway.http.TestApi.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.store.ClaimContentTest;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches, the 837 endpoint and claim listing through the real pipeline on an EmbeddedChannel, over H2. */
class BulkApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A 64 KiB body limit for single requests: batches far larger still go through (they are streamed). */
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 30, 2);
    private static final BatchConfig BATCHES = new BatchConfig(30, 4L << 20, 4);
    private static final Path SAMPLES = Path.of("..", "x12", "src", "test", "resources", "samples");

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey acme;
    static IssuedKey other;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, CONFIG, BATCHES);
        acme = api.submitter("Acme Batches");
        other = api.submitter("Other Batches");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    private static Map<String, String> auth(IssuedKey key, String type) {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Bearer " + key.key());
        if (type != null) {
            h.put("Content-Type", type);
        }
        return h;
    }

    private static ObjectNode claim(String name, String pcn) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(HttpApiTest.fixture(name));
        ((ObjectNode) tree.get("claimInformation")).put("patientControlNumber", pcn);
        return tree;
    }

    @Test
    void aJsonArrayBatchStoresEachValidClaimAndReportsEachInvalidOne() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            claims.add(claim(i % 3 == 2 ? "institutional-full" : "professional-full", "BATCH-A-" + i));
        }
        ObjectNode bad = claim("professional-full", "BATCH-A-BAD");
        bad.remove("tradingPartnerServiceId");
        claims.add(bad);
        byte[] body = JSON.writeValueAsBytes(claims);
        assertTrue(body.length > CONFIG.maxBodyBytes(), "larger than any aggregated request may be: " + body.length);
        int before = api.count("SELECT COUNT(*) FROM claims");

        RawHttp h = api.connect();
        RawHttp.Response r = h.stream("/v1/batches", auth(acme, "application/json"), body, 1000);

        assertEquals(207, r.status(), r.body());
        JsonNode b = JSON.readTree(r.body());
        assertEquals("COMPLETE", b.get("batchStatus").asText());
        assertEquals(20, b.get("received").asInt());
        assertEquals(19, b.get("stored").asInt());
        assertEquals(1, b.get("rejected").asInt());
        assertEquals(before + 19, api.count("SELECT COUNT(*) FROM claims"));
        JsonNode last = b.get("results").get(19);
        assertEquals(19, last.get("index").asInt());
        assertEquals("INVALID", last.get("outcome").asText());
        assertEquals("MISSING_REQUIRED", last.get("issues").get(0).get("code").asText());
        assertEquals("keep-alive", r.header("connection"));

        // Each claim is a claim of its own, kind detected: the institutional ones read back as such.
        String institutionalId = b.get("results").get(2).get("claimId").asText();
        RawHttp.Response read = h.send("GET", "/v1/claims/" + institutionalId, auth(acme, null), null);
        assertEquals(200, read.status(), read.body());
        assertEquals("institutional", JSON.readTree(read.body()).get("kind").asText());
        assertEquals(claims.get(2), JSON.readTree(read.body()).get("claim"));
        assertTrue(read.body().contains("\"chargeAmount\":"), read.body());

        String id = b.get("batchId").asText();
        RawHttp.Response again = h.send("GET", "/v1/batches/" + id, auth(acme, null), null);
        assertEquals(200, again.status());
        assertEquals(b.get("results"), JSON.readTree(again.body()).get("results"));
        assertEquals(404, h.send("GET", "/v1/batches/" + id, auth(other, null), null).status(), "own batches only");
    }

    @Test
    void ndjsonWithoutAKindAndAResentClaimCountsTheDuplicate() throws Exception {
        ByteArrayOutputStream nd = new ByteArrayOutputStream();
        nd.write(JSON.writeValueAsBytes(claim("professional-full", "BATCH-N-1")));
        nd.write('\n');
        nd.write(JSON.writeValueAsBytes(reversed(claim("professional-full", "BATCH-N-1"))));
        nd.write('\n');
        RawHttp.Response r = api.connect().stream("/v1/batches?kind=professional", auth(acme, "application/x-ndjson"),
                nd.toByteArray(), 333);
        assertEquals(201, r.status(), r.body());
        JsonNode b = JSON.readTree(r.body());
        assertEquals(1, b.get("stored").asInt());
        assertEquals(1, b.get("duplicates").asInt());
        assertEquals(b.get("results").get(0).get("claimId"), b.get("results").get(1).get("claimId"));
        assertEquals("DUPLICATE", b.get("results").get(1).get("outcome").asText());

        RawHttp.Response wrongKind = api.connect().stream("/v1/batches?kind=institutional", auth(acme, "application/x-ndjson"),
                JSON.writeValueAsBytes(claim("professional-full", "BATCH-N-2")), 1000);
        assertEquals(207, wrongKind.status(), wrongKind.body());
    }

    @Test
    void pastTheClaimLimitNothingMoreIsStored() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        for (int i = 0; i < BATCHES.maxClaims() + 5; i++) {
            claims.add(claim("professional-full", "BATCH-L-" + i));
        }
        int before = api.count("SELECT COUNT(*) FROM claims");
        RawHttp h = api.connect();
        RawHttp.Response r = h.stream("/v1/batches", auth(acme, "application/json"), JSON.writeValueAsBytes(claims), 4096);
        assertEquals(422, r.status(), r.body());
        assertEquals("application/problem+json", r.header("content-type"));
        JsonNode p = JSON.readTree(r.body());
        assertEquals("CLAIM_LIMIT_EXCEEDED", p.get("batchStatus").asText());
        assertEquals(BATCHES.maxClaims(), p.get("stored").asInt());
        assertTrue(p.get("detail").asText().contains(BATCHES.maxClaims() + " claims were stored"), p.get("detail").asText());
        assertEquals(before + BATCHES.maxClaims(), api.count("SELECT COUNT(*) FROM claims"));
        assertEquals("close", r.header("connection"));
        assertFalse(h.channel().isOpen());
    }

    @Test
    void malformedJsonStopsTheBatchWithTheClaimsBeforeItStored() throws Exception {
        String body = "[" + JSON.writeValueAsString(claim("professional-full", "BATCH-M-1")) + ", {\"oops\": SECRET-NAME ]";
        RawHttp.Response r = api.connect().stream("/v1/batches", auth(acme, "application/json"), body.getBytes(StandardCharsets.UTF_8), 512);
        assertEquals(400, r.status(), r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals("MALFORMED", p.get("batchStatus").asText());
        assertEquals(1, p.get("stored").asInt());
        assertEquals("MALFORMED_JSON", p.get("results").get(1).get("issues").get(0).get("code").asText());
        assertFalse(r.body().contains("SECRET-NAME"));
    }

    @Test
    void batchesNeedAKeyAndJson() throws Exception {
        byte[] body = JSON.writeValueAsBytes(List.of(claim("professional-full", "BATCH-X-1")));
        int before = api.count("SELECT COUNT(*) FROM batches");
        RawHttp.Response none = api.connect().stream("/v1/batches", Map.of("Content-Type", "application/json"), body, 1000);
        assertEquals(401, none.status());
        RawHttp.Response xml = api.connect().stream("/v1/batches", auth(acme, "application/xml"), body, 1000);
        assertEquals(415, xml.status());
        RawHttp.Response kind = api.connect().stream("/v1/batches?kind=dental", auth(acme, null), body, 1000);
        assertEquals(400, kind.status());
        assertEquals(before, api.count("SELECT COUNT(*) FROM batches"));
    }

    @Test
    void chunksAreStoredOnTheWorkerPoolWhileTheBodyStreams() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<JsonNode> claims = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                claims.add(claim("professional-full", "BATCH-W-" + i));
            }
            RawHttp h = new RawHttp(CONFIG, api.router, pool);
            byte[] body = JSON.writeValueAsBytes(claims);
            h.channel().writeInbound(Unpooled.wrappedBuffer(
                    RawHttp.head("POST", "/v1/batches", Map.of("Authorization", "Bearer " + acme.key()), body.length)));
            h.channel().writeInbound(Unpooled.wrappedBuffer(body));
            RawHttp.Response r = null;
            for (int i = 0; i < 2000 && r == null; i++) {
                Thread.sleep(5);
                h.channel().runPendingTasks();
                r = h.read();
            }
            assertNotNull(r, "answered");
            assertEquals(201, r.status(), r.body());
            assertEquals(13, JSON.readTree(r.body()).get("stored").asInt());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAccepted837IsAnsweredWithA999AndItsClaimsStored() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.autoaccident.837"));
        RawHttp h = api.connect();
        RawHttp.Response r = h.send("POST", "/v1/x12", auth(acme, "application/edi-x12"), file);
        assertEquals(200, r.status(), r.body());
        assertEquals("application/edi-x12", r.header("content-type"));
        assertTrue(r.body().startsWith("ISA*"), r.body());
        assertTrue(r.body().contains("AK9*A*1*1*1"), r.body());
        String batch = r.header("x-claimgate-batch-id");
        assertNotNull(batch);
        JsonNode b = JSON.readTree(h.send("GET", "/v1/batches/" + batch, auth(acme, null), null).body());
        assertEquals("X12", b.get("source").asText());
        assertTrue(b.get("stored").asInt() >= 1, b.toString());
        String claimId = b.get("results").get(0).get("claimId").asText();
        JsonNode listed = JSON.readTree(h.send("GET", "/v1/claims?order=id&limit=1000", auth(acme, null), null).body());
        JsonNode mine = null;
        for (JsonNode c : listed.get("claims")) {
            if (c.get("id").asText().equals(claimId)) {
                mine = c;
            }
        }
        assertNotNull(mine, listed.toString());
        assertEquals("000000907".length(), mine.get("interchangeControlNumber").asText().length());

        // What was received is the 837: the claim is kept as the claim JSON the JSON routes take, written from it,
        // and its history names the file (SHA-256) and where in it the claim was.
        JsonNode read = JSON.readTree(h.send("GET", "/v1/claims/" + claimId, auth(acme, null), null).body());
        JsonNode stored = read.get("claim");
        assertEquals(read.get("patientControlNumber").asText(), stored.get("claimInformation").get("patientControlNumber").asText());
        assertTrue(stored.has("tradingPartnerServiceId") && stored.has("subscriber") && stored.has("billing"), stored.toString());
        assertTrue(stored.get("claimInformation").get("serviceLines").get(0).has("professionalService"), stored.toString());
        io.claimgate.x12.claim.ClaimRead bound = io.claimgate.x12.claim.ClaimJson.read(
                io.claimgate.x12.claim.ClaimKind.PROFESSIONAL, stored.toString());
        assertTrue(bound.issues().stream().noneMatch(i -> i.code() == io.claimgate.x12.claim.ClaimIssue.Code.UNKNOWN_FIELD),
                bound.issues().toString());
        String cause = read.get("history").get(0).get("cause").asText();
        assertTrue(cause.contains("file sha256 " + io.claimgate.gateway.store.Sha256.hex(file)), cause);
        assertTrue(cause.contains("ISA13 " + mine.get("interchangeControlNumber").asText() + " GS06 "), cause);
        assertTrue(cause.contains(" CLM 1 "), cause);
        assertEquals(batch, read.get("source").get("batchId").asText());
        assertEquals(mine.get("transactionSetControlNumber"), read.get("source").get("transactionSetControlNumber"));

        // Control numbers of the 999 are never reused: the same file again gets the next ISA13.
        RawHttp.Response again = h.send("POST", "/v1/x12", auth(acme, "text/plain"), file);
        assertEquals(200, again.status());
        assertFalse(isa13(r.body()).equals(isa13(again.body())), "a new ISA13 for each 999");
    }

    private static String isa13(String x12) {
        return x12.substring(0, x12.indexOf('~')).split("\\*")[13];
    }

    @Test
    void aRejected837StoresNothingAndNonX12IsA400() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example6.837"));
        int before = api.count("SELECT COUNT(*) FROM claims");
        RawHttp h = api.connect();
        RawHttp.Response r = h.send("POST", "/v1/x12", auth(acme, "application/edi-x12"), file);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("IK5*R"), r.body());
        assertNull(r.header("x-claimgate-batch-id"));
        assertEquals(before, api.count("SELECT COUNT(*) FROM claims"));

        RawHttp.Response junk = h.send("POST", "/v1/x12", auth(acme, "text/plain"), "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, junk.status());
        assertEquals("application/problem+json", junk.header("content-type"));
        assertEquals(401, api.connect().send("POST", "/v1/x12", Map.of(), file).status());
    }

    @Test
    void claimsAreListedNewestFirstAPageAtATime() throws Exception {
        RawHttp h = api.connect();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RawHttp.Response c = h.send("POST", "/v1/claims/professional", auth(other, "application/json"),
                    JSON.writeValueAsBytes(claim("professional-full", "LIST-" + i)));
            assertEquals(201, c.status(), c.body());
            ids.add(JSON.readTree(c.body()).get("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RawHttp.Response page = h.send("GET", "/v1/claims?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    auth(other, null), null);
            assertEquals(200, page.status(), page.body());
            JsonNode p = JSON.readTree(page.body());
            assertTrue(p.get("claims").size() <= 2);
            p.get("claims").forEach(c -> seen.add(c.get("id").asText()));
            cursor = p.get("nextCursor").isNull() ? null : p.get("nextCursor").asText();
        } while (cursor != null);
        List<String> expected = new ArrayList<>(ids);
        expected.sort(java.util.Comparator.reverseOrder());
        assertEquals(expected, seen);

        JsonNode one = JSON.readTree(h.send("GET", "/v1/claims?patientControlNumber=LIST-3&status=received&payer=60054",
                auth(other, null), null).body());
        assertEquals(1, one.get("claims").size());
        assertEquals("LIST-3", one.get("claims").get(0).get("patientControlNumber").asText());
        assertEquals(0, JSON.readTree(h.send("GET", "/v1/claims?since=2024-06-02", auth(other, null), null).body())
                .get("claims").size());

        assertEquals(400, h.send("GET", "/v1/claims?limit=1001", auth(other, null), null).status());
        assertEquals(400, h.send("GET", "/v1/claims?cursor=bm9wZQ", auth(other, null), null).status());
        assertEquals(400, h.send("GET", "/v1/claims?status=LOST", auth(other, null), null).status());
        assertEquals(401, h.send("GET", "/v1/claims", Map.of(), null).status());
    }

    private static Map<String, String> keyed(IssuedKey key, String type, String idempotencyKey) {
        Map<String, String> h = auth(key, type);
        h.put("Idempotency-Key", idempotencyKey);
        return h;
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstBatchAnswerAndStoresNothingTwice() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode c = claim("professional-full", "BATCH-I-" + i);
            ObjectNode info = (ObjectNode) c.get("claimInformation");
            info.put("claimFrequencyCode", "7");
            info.putObject("claimSupplementalInformation").put("claimControlNumber", "PAYER-CCN-" + i);
            claims.add(c);
        }
        byte[] body = JSON.writeValueAsBytes(claims);
        RawHttp.Response first = api.connect().stream("/v1/batches", keyed(acme, "application/json", "batch-key-1"), body, 700);
        assertEquals(201, first.status(), first.body());
        int claimRows = api.count("SELECT COUNT(*) FROM claims");
        int batchRows = api.count("SELECT COUNT(*) FROM batches");

        // Replacements (frequency 7) would be stored again without the key: the key alone keeps them single.
        RawHttp.Response replay = api.connect().stream("/v1/batches", keyed(acme, "application/json", "batch-key-1"), body, 333);
        assertEquals(201, replay.status(), replay.body());
        assertEquals(first.body(), replay.body());
        assertEquals("true", replay.header("idempotency-replayed"));
        assertEquals(first.header("location"), replay.header("location"));
        assertEquals(claimRows, api.count("SELECT COUNT(*) FROM claims"), "nothing stored twice");
        assertEquals(batchRows, api.count("SELECT COUNT(*) FROM batches"), "no second batch");

        byte[] otherBody = JSON.writeValueAsBytes(claims.subList(0, 2));
        RawHttp.Response reused = api.connect().stream("/v1/batches", keyed(acme, "application/json", "batch-key-1"), otherBody, 700);
        HttpApiTest.assertProblem(422, reused);
        assertEquals(claimRows, api.count("SELECT COUNT(*) FROM claims"));
        assertEquals(batchRows, api.count("SELECT COUNT(*) FROM batches"));

        HttpApiTest.assertProblem(400, api.connect().stream("/v1/batches", keyed(acme, "application/json", "bad key"), body, 700));

        // While a request with the key is still being answered, a retry is told so and nothing is stored.
        new IdempotencyStore(api.db.dataSource(), CLOCK).reserve(acme.submitterId(), "batch-in-flight", "c".repeat(64),
                java.time.Duration.ofMinutes(15));
        HttpApiTest.assertProblem(409, api.connect().stream("/v1/batches", keyed(acme, "application/json", "batch-in-flight"),
                body, 700));
        assertEquals(batchRows, api.count("SELECT COUNT(*) FROM batches"));

        // The key is the submitter's own: another submitter's same key is a new batch.
        IssuedKey third = new SubmitterStore(api.db.dataSource(), CLOCK).add("Third Batches").orElseThrow();
        RawHttp.Response others = api.connect().stream("/v1/batches", keyed(third, "application/json", "batch-key-1"), body, 700);
        assertEquals(201, others.status(), others.body());
        assertFalse(JSON.readTree(others.body()).get("batchId").equals(JSON.readTree(first.body()).get("batchId")));
    }

    @Test
    void insideABatchAResentOriginalNamesTheExistingClaimAndChangedContentTheConflict() throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response single = h.send("POST", "/v1/claims/professional", auth(acme, "application/json"),
                JSON.writeValueAsBytes(claim("professional-full", "BATCH-C-1")));
        assertEquals(201, single.status(), single.body());
        String existing = JSON.readTree(single.body()).get("id").asText();

        ObjectNode changed = claim("professional-full", "BATCH-C-1");
        changed.put("controlNumber", "000000777");
        int before = api.count("SELECT COUNT(*) FROM claims");
        // The resend with other whitespace and key order (a duplicate all the same), then changed content.
        byte[] body = ("[" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reversed(claim("professional-full",
                "BATCH-C-1"))) + ",\n" + JSON.writeValueAsString(changed) + "]").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response r = api.connect().stream("/v1/batches", auth(acme, "application/json"), body, 1000);
        assertEquals(207, r.status(), r.body());
        JsonNode results = JSON.readTree(r.body()).get("results");
        assertEquals("DUPLICATE", results.get(0).get("outcome").asText());
        assertEquals(existing, results.get(0).get("existingClaimId").asText());
        assertEquals("CONFLICT", results.get(1).get("outcome").asText());
        assertEquals(existing, results.get(1).get("existingClaimId").asText());
        assertTrue(results.get(1).get("detail").asText().contains("replacement (frequency 7)"), results.toString());
        assertEquals(before, api.count("SELECT COUNT(*) FROM claims"), "neither stored again");
    }

    @Test
    void inABatchAResendDifferingOnlyInWhatIntakeRepairsIsADuplicateAndARealChangeNamesItsField() throws Exception {
        RawHttp.Response single = api.connect().send("POST", "/v1/claims/professional", auth(acme, "application/json"),
                JSON.writeValueAsBytes(claim("professional-full", "BATCH-R-1")));
        assertEquals(201, single.status(), single.body());
        String existing = JSON.readTree(single.body()).get("id").asText();
        ObjectNode repaired = claim("professional-full", "BATCH-R-1");
        ClaimContentTest.repairable(repaired);
        ObjectNode changed = repaired.deepCopy();
        ((ObjectNode) changed.get("claimInformation").get("serviceLines").get(0)).put("serviceDate", "2024-01-03");

        byte[] body = ("[" + JSON.writeValueAsString(repaired) + "," + JSON.writeValueAsString(changed) + "]")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response r = api.connect().stream("/v1/batches", auth(acme, "application/json"), body, 1000);
        assertEquals(207, r.status(), r.body());
        JsonNode results = JSON.readTree(r.body()).get("results");
        assertEquals("DUPLICATE", results.get(0).get("outcome").asText(), results.toString());
        assertEquals(existing, results.get(0).get("existingClaimId").asText());
        assertEquals("CONFLICT", results.get(1).get("outcome").asText());
        assertEquals(existing, results.get(1).get("existingClaimId").asText());
        assertEquals("claimInformation.serviceLines[0].serviceDate", results.get(1).get("issues").get(0).get("path").asText(),
                results.toString());
    }

    @Test
    void anX12FileSentAgainFindsItsClaimsAndAKeyReplaysTheSame999() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837"));
        RawHttp h = api.connect();
        RawHttp.Response first = h.send("POST", "/v1/x12", keyed(acme, "application/edi-x12", "x12-key-1"), file);
        assertEquals(200, first.status(), first.body());
        String batch = first.header("x-claimgate-batch-id");
        JsonNode b = JSON.readTree(h.send("GET", "/v1/batches/" + batch, auth(acme, null), null).body());
        assertTrue(b.get("stored").asInt() >= 1, b.toString());
        int claimRows = api.count("SELECT COUNT(*) FROM claims");

        RawHttp.Response replay = h.send("POST", "/v1/x12", keyed(acme, "application/edi-x12", "x12-key-1"), file);
        assertEquals(200, replay.status());
        assertEquals(first.body(), replay.body(), "the same 999, not a new one");
        assertEquals(batch, replay.header("x-claimgate-batch-id"));
        assertEquals("true", replay.header("idempotency-replayed"));
        assertEquals(claimRows, api.count("SELECT COUNT(*) FROM claims"));
        HttpApiTest.assertProblem(422, h.send("POST", "/v1/x12", keyed(acme, "application/edi-x12", "x12-key-1"),
                Files.readAllBytes(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.autoaccident.837"))));

        // Without a key the same file is a new file, but its original claims are the ones stored before.
        RawHttp.Response again = h.send("POST", "/v1/x12", auth(acme, "application/edi-x12"), file);
        assertEquals(200, again.status());
        JsonNode second = JSON.readTree(h.send("GET", "/v1/batches/" + again.header("x-claimgate-batch-id"), auth(acme, null),
                null).body());
        assertEquals(0, second.get("stored").asInt(), second.toString());
        for (int i = 0; i < second.get("results").size(); i++) {
            JsonNode r = second.get("results").get(i);
            assertEquals("DUPLICATE", r.get("outcome").asText(), second.toString());
            assertEquals(b.get("results").get(i).get("claimId"), r.get("existingClaimId"));
        }
        assertEquals(claimRows, api.count("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void anotherSubmitterIsRefusedOnEveryRoute() throws Exception {
        RawHttp h = api.connect();
        byte[] file = Files.readAllBytes(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example2.837"));
        String x12Batch = h.send("POST", "/v1/x12", auth(acme, "application/edi-x12"), file).header("x-claimgate-batch-id");
        JsonNode x12Results = JSON.readTree(h.send("GET", "/v1/batches/" + x12Batch, auth(acme, null), null).body())
                .get("results");
        String x12Claim = x12Results.get(0).get("claimId").asText();
        RawHttp.Response json = api.connect().stream("/v1/batches", auth(acme, "application/json"),
                JSON.writeValueAsBytes(List.of(claim("professional-full", "BATCH-S-1"))), 1000);
        String jsonBatch = JSON.readTree(json.body()).get("batchId").asText();
        String jsonClaim = JSON.readTree(json.body()).get("results").get(0).get("claimId").asText();

        for (String path : List.of("/v1/claims/" + x12Claim, "/v1/claims/" + jsonClaim, "/v1/batches/" + x12Batch,
                "/v1/batches/" + jsonBatch)) {
            assertEquals(200, h.send("GET", path, auth(acme, null), null).status(), path);
            HttpApiTest.assertProblem(404, h.send("GET", path, auth(other, null), null));
        }
        for (String query : List.of("", "?patientControlNumber=BATCH-S-1", "?order=id&limit=1000")) {
            JsonNode page = JSON.readTree(h.send("GET", "/v1/claims" + query, auth(other, null), null).body());
            for (JsonNode c : page.get("claims")) {
                assertFalse(c.get("id").asText().equals(x12Claim) || c.get("id").asText().equals(jsonClaim), query);
            }
        }
        assertEquals(0, JSON.readTree(h.send("GET", "/v1/claims?patientControlNumber=BATCH-S-1", auth(other, null), null)
                .body()).get("claims").size());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> listed(RawHttp h, IssuedKey key, String query) throws Exception {
        RawHttp.Response r = h.send("GET", "/v1/claims?order=id&limit=1000" + query, auth(key, null), null);
        assertEquals(200, r.status(), r.body());
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).get("claims").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void eachListFilterSelectsByItsField() throws Exception {
        IssuedKey lister = new SubmitterStore(api.db.dataSource(), CLOCK).add("Filter Lister").orElseThrow();
        RawHttp h = api.connect();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ObjectNode c = claim("professional-full", "FILTER-" + i);
            if (i == 1) {
                c.put("tradingPartnerServiceId", "87726");
            }
            RawHttp.Response r = h.send("POST", "/v1/claims/professional", auth(lister, "application/json"),
                    JSON.writeValueAsBytes(c));
            assertEquals(201, r.status(), r.body());
            ids.add(JSON.readTree(r.body()).get("id").asText());
        }
        assertTrue(api.claims.transition(ids.get(2), io.claimgate.gateway.store.ClaimStatus.RECEIVED,
                io.claimgate.gateway.store.ClaimStatus.BATCHED, "test"));

        // Ids are time ordered; under the fixed clock the four share a millisecond, so their order is the ids'.
        List<String> all = sorted(ids);
        assertEquals(all, listed(h, lister, ""));
        assertEquals(List.of(ids.get(2)), listed(h, lister, "&status=BATCHED"));
        assertEquals(sorted(List.of(ids.get(0), ids.get(1), ids.get(3))), listed(h, lister, "&status=received"));
        assertEquals(List.of(ids.get(1)), listed(h, lister, "&payer=87726"));
        assertEquals(sorted(List.of(ids.get(0), ids.get(2), ids.get(3))), listed(h, lister, "&payer=60054"));
        assertEquals(List.of(ids.get(3)), listed(h, lister, "&patientControlNumber=FILTER-3"));
        assertEquals(List.of(), listed(h, lister, "&patientControlNumber=FILTER-9"));
        // since is inclusive: the store's clock stands at 2024-06-01T12:00:00Z.
        assertEquals(all, listed(h, lister, "&since=2024-06-01T12:00:00Z"));
        assertEquals(all, listed(h, lister, "&since=2024-06-01"));
        assertEquals(List.of(), listed(h, lister, "&since=2024-06-01T12:00:00.000001Z"));
        HttpApiTest.assertProblem(400, h.send("GET", "/v1/claims?since=yesterday", auth(lister, null), null));

        // The cursor continues after the last claim of the page, with the filters kept.
        List<String> received = sorted(List.of(ids.get(0), ids.get(1), ids.get(3)));
        JsonNode p = JSON.readTree(h.send("GET", "/v1/claims?order=id&limit=1&status=RECEIVED", auth(lister, null), null).body());
        assertEquals(received.get(0), p.get("claims").get(0).get("id").asText());
        String cursor = p.get("nextCursor").asText();
        assertEquals(received.subList(1, 3), listed(h, lister, "&status=RECEIVED&cursor=" + cursor));
        List<String> newest = new ArrayList<>(all);
        java.util.Collections.reverse(newest);
        JsonNode n = JSON.readTree(h.send("GET", "/v1/claims?limit=2", auth(lister, null), null).body());
        assertEquals(newest.subList(0, 2), List.of(n.get("claims").get(0).get("id").asText(),
                n.get("claims").get(1).get("id").asText()));
        JsonNode rest = JSON.readTree(h.send("GET", "/v1/claims?limit=2&cursor=" + n.get("nextCursor").asText(),
                auth(lister, null), null).body());
        assertEquals(newest.subList(2, 4), List.of(rest.get("claims").get(0).get("id").asText(),
                rest.get("claims").get(1).get("id").asText()));
        assertTrue(rest.get("nextCursor").isNull());
    }

    /** The same claim with its top-level members in reverse order (the same content for duplicate detection). */
    private static ObjectNode reversed(ObjectNode claim) {
        List<String> names = new ArrayList<>();
        claim.fieldNames().forEachRemaining(names::add);
        ObjectNode out = JSON.createObjectNode();
        for (int i = names.size() - 1; i >= 0; i--) {
            out.set(names.get(i), claim.get(names.get(i)));
        }
        return out;
    }
}
