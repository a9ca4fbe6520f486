package io.claimgate.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.store.IssuedKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every configured limit through the real pipeline (EmbeddedChannel, time advanced by hand): past it a
 * clear 4xx as problem+json, and not one claim more in the store.
 */
class LimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 64 KiB bodies, 2 KiB headers, depth 16, 60 s idle, 20 s per request, 120 s per batch body. */
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 20, 2, 120, null);
    /** At most 5 claims and 256 KiB per batch, 2 claims per transaction. */
    private static final BatchConfig BATCHES = new BatchConfig(5, 256 << 10, 2);

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey acme;
    private int claimsBefore;
    private int batchesBefore;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, CONFIG, BATCHES);
        acme = api.submitter("Acme Limits");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    @BeforeEach
    void count() throws Exception {
        claimsBefore = api.count("SELECT COUNT(*) FROM claims");
        batchesBefore = api.count("SELECT COUNT(*) FROM batches");
    }

    private void assertNothingStored() throws Exception {
        assertEquals(claimsBefore, api.count("SELECT COUNT(*) FROM claims"), "no claim stored");
    }

    private static JsonNode problem(RawHttp.Response r, int status) throws IOException {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("content-type"));
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("type").asText().startsWith(Problems.TYPE_BASE), p.toString());
        return p;
    }

    private static Map<String, String> auth() {
        return TestApi.jsonAuth(acme);
    }

    private static byte[] head(String path, int contentLength) {
        return RawHttp.head("POST", path, auth(), contentLength);
    }

    private static byte[] claim(String pcn) throws IOException {
        return HttpApiTest.claim("professional-full", pcn);
    }

    @Test
    void aBodyPastTheLimitGets413() throws Exception {
        RawHttp h = api.connect();
        byte[] padded = new byte[CONFIG.maxBodyBytes() + 1];
        byte[] claim = claim("LIMIT-BODY");
        System.arraycopy(claim, 0, padded, 0, claim.length);
        java.util.Arrays.fill(padded, claim.length, padded.length, (byte) ' ');
        problem(h.send("POST", "/v1/claims/professional", auth(), padded), 413);
        assertNothingStored();
    }

    @Test
    void aBodyDeclaredPastTheLimitWithExpectContinueGets413InsteadOf100() throws Exception {
        RawHttp h = api.connect();
        String head = "POST /v1/claims/professional HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + acme.key()
                + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + (CONFIG.maxBodyBytes() + 1) + "\r\n\r\n";
        h.write(head.getBytes(StandardCharsets.US_ASCII));
        RawHttp.Response r = h.read();
        JsonNode p = problem(r, 413);
        assertTrue(p.get("detail").asText().contains(String.valueOf(CONFIG.maxBodyBytes())), p.toString());
        assertEquals("close", r.header("connection"));
        assertFalse(h.channel().isOpen());
        assertNothingStored();
    }

    @Test
    void aBatchBodyPastTheBatchLimitGets413() throws Exception {
        // Declared too large: refused before a byte of the body is read.
        RawHttp h = api.connect();
        h.write(head("/v1/batches", (int) BATCHES.maxBodyBytes() + 1));
        JsonNode p = problem(h.read(), 413);
        assertTrue(p.get("detail").asText().contains(String.valueOf(BATCHES.maxBodyBytes())), p.toString());
        assertFalse(h.channel().isOpen());
        assertNothingStored();
        assertEquals(batchesBefore, api.count("SELECT COUNT(*) FROM batches"));
    }

    @Test
    void jsonNestedTooDeepGets400() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(claim("LIMIT-DEEP"));
        ObjectNode nest = tree.putObject("extra");
        for (int i = 0; i < CONFIG.maxJsonDepth(); i++) {
            nest = nest.putObject("n");
        }
        byte[] deep = JSON.writeValueAsBytes(tree);
        JsonNode p = problem(api.connect().send("POST", "/v1/claims/professional", auth(), deep), 400);
        assertEquals("JSON nested deeper than " + CONFIG.maxJsonDepth() + " levels", p.get("issues").get(0).get("message").asText());
        assertNothingStored();

        // In a batch the same claim stops the batch where it stands: here at its first claim.
        RawHttp h = api.connect();
        byte[] batch = ("[" + new String(deep, StandardCharsets.UTF_8) + "," + new String(claim("LIMIT-DEEP-2"),
                StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
        h.write(head("/v1/batches", batch.length));
        h.write(batch);
        JsonNode b = problem(h.read(), 400);
        assertEquals("MALFORMED", b.get("batchStatus").asText());
        assertEquals(0, b.get("stored").asInt());
        assertNothingStored();
    }

    @Test
    void aBatchPastTheClaimLimitGets422AndStoresNoneBeyondIt() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        for (int i = 0; i < BATCHES.maxClaims() + 3; i++) {
            claims.add(JSON.readTree(claim("LIMIT-N-" + i)));
        }
        byte[] body = JSON.writeValueAsBytes(claims);
        RawHttp h = api.connect();
        h.write(head("/v1/batches", body.length));
        h.write(body);
        JsonNode p = problem(h.read(), 422);
        assertEquals("CLAIM_LIMIT_EXCEEDED", p.get("batchStatus").asText());
        // Claims are stored one by one as they stream in: the first maxClaims are, not one past them.
        assertEquals(claimsBefore + BATCHES.maxClaims(), api.count("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void headersPastTheLimitGet431() throws Exception {
        RawHttp h = api.connect();
        byte[] body = claim("LIMIT-HEADERS");
        JsonNode p = problem(h.send("POST", "/v1/claims/professional",
                Map.of("Authorization", "Bearer " + acme.key(), "Content-Type", "application/json",
                        "X-Filler", "x".repeat(CONFIG.maxHeaderBytes())), body), 431);
        assertEquals("Request header fields too large", p.get("title").asText());
        assertFalse(h.channel().isOpen());
        assertNothingStored();

        // The streamed batch route is guarded by the same codec.
        RawHttp b = api.connect();
        problem(b.send("POST", "/v1/batches", Map.of("Authorization", "Bearer " + acme.key(),
                "X-Filler", "x".repeat(CONFIG.maxHeaderBytes())), body), 431);
        assertNothingStored();
        assertEquals(batchesBefore, api.count("SELECT COUNT(*) FROM batches"));
    }

    @Test
    void anIdleConnectionIsClosed() {
        RawHttp h = api.connect();
        assertEquals(200, h.send("GET", "/healthz", Map.of(), null).status());
        h.channel().advanceTimeBy(CONFIG.idleTimeoutSeconds() - 1, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        assertTrue(h.channel().isOpen(), "not idle long enough yet");
        h.channel().advanceTimeBy(2, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        assertFalse(h.channel().isOpen(), "closed after " + CONFIG.idleTimeoutSeconds() + " s without traffic");
        assertNull(h.read(), "closed without an answer: there was no request");
    }

    @Test
    void aBodyTrickledPastTheRequestTimeoutGets408() throws Exception {
        byte[] body = claim("LIMIT-SLOW");
        byte[] head = head("/v1/claims/professional", body.length);
        RawHttp h = api.connect();
        h.write(head);
        // A byte every 5 s: never idle for the idle timeout, but the body is far from whole when time is up.
        int sent = 0;
        for (int s = 0; s <= CONFIG.requestTimeoutSeconds() && h.channel().isOpen(); s += 5) {
            h.write(body, sent, sent + 1);
            sent++;
            h.channel().advanceTimeBy(5, TimeUnit.SECONDS);
            h.channel().runScheduledPendingTasks();
        }
        JsonNode p = problem(h.read(), 408);
        assertTrue(p.get("detail").asText().contains("nothing was stored"), p.toString());
        assertFalse(h.channel().isOpen());
        // The rest of the body, had the client gone on, changes nothing.
        assertNothingStored();
    }

    @Test
    void aPipelinedRequestIsNotTimedWhileTheOneBeforeItIsBeingAnswered() throws Exception {
        List<Runnable> held = new ArrayList<>();
        RawHttp h = new RawHttp(CONFIG, api.router, held::add);
        byte[] body = claim("LIMIT-PIPELINED");
        byte[] both = ("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + new String(head("/v1/claims/professional", body.length), StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        h.write(both);
        assertEquals(1, held.size(), "the first request is in flight, the second's head has been read");
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() - 1, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        held.remove(0).run();
        assertEquals(200, h.read().status(), "the first answered just within its time");
        // Past the second's timeout if counted from its head; but the server was not reading meanwhile.
        h.channel().advanceTimeBy(5, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        assertNull(h.read());
        assertTrue(h.channel().isOpen());
        h.write(body);
        held.remove(0).run();
        assertEquals(201, h.read().status());
        assertEquals(claimsBefore + 1, api.count("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void aRequestReceivedInTimeIsNotCutOff() throws Exception {
        byte[] body = claim("LIMIT-INTIME");
        byte[] head = head("/v1/claims/professional", body.length);
        RawHttp h = api.connect();
        h.write(head);
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() - 2, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        h.write(body);
        assertEquals(201, h.read().status());
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() * 2L, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        assertNull(h.read(), "no 408 after the answer");
        assertEquals(claimsBefore + 1, api.count("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void aBatchTrickledPastTheBatchTimeoutGets408AndStoresNothing() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        claims.add(JSON.readTree(claim("LIMIT-SLOWB-1")));
        claims.add(JSON.readTree(claim("LIMIT-SLOWB-2")));
        byte[] body = JSON.writeValueAsBytes(claims);
        byte[] head = head("/v1/batches", body.length);
        RawHttp h = api.connect();
        h.write(head);
        // 100 bytes every 10 s: the first claim arrives whole (and waits for its transaction), the second never does.
        int sent = 0;
        for (int s = 0; s <= CONFIG.batchTimeoutSeconds() && h.channel().isOpen() && sent < body.length - 100; s += 10) {
            int to = Math.min(sent + Math.max(100, body.length / 24), body.length - 100);
            h.write(body, sent, to);
            sent = to;
            h.channel().advanceTimeBy(10, TimeUnit.SECONDS);
            h.channel().runScheduledPendingTasks();
            h.channel().runPendingTasks();
        }
        JsonNode p = problem(h.read(), 408);
        assertEquals("ABORTED", p.get("batchStatus").asText());
        assertEquals(0, p.get("stored").asInt());
        assertFalse(h.channel().isOpen());
        assertNothingStored();
        String id = p.get("batchId").asText();
        assertEquals(1, api.count("SELECT COUNT(*) FROM batches WHERE status = 'ABORTED' AND id = '" + id + "'"),
                "the batch is recorded as aborted");
    }
}
