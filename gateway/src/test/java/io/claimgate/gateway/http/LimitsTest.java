package io.claimgate.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 64 KiB bodies, 2 KiB headers, depth 16, 60 s idle, 20 s per request, 120 s per batch body. */
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 20, 2, 120, null);
    /** At most 5 claims and 256 KiB per batch, 2 claims per transaction. */
    private static final BatchConfig BATCHES = new BatchConfig(5, 256 << 10, 2);

    @TempDir
    static Path dir;
    static Database db;
    static Router router;
    static IssuedKey acme;
    private int claimsBefore;
    private int batchesBefore;

    @BeforeAll
    static void open() {
        db = Database.open(new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 4));
        ClaimStore claims = new ClaimStore(db.dataSource(), CLOCK);
        SubmitterStore submitters = new SubmitterStore(db.dataSource(), CLOCK);
        router = new Router(submitters, claims, new IdempotencyStore(db.dataSource(), CLOCK),
                new ClaimIntakeService(claims, CLOCK, CONFIG.maxJsonDepth()), CLOCK, db::ready,
                BulkApiTest.bulk(db, claims, CLOCK, BATCHES, CONFIG.maxJsonDepth()), Metrics.detached());
        acme = submitters.add("Acme Limits").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void count() throws Exception {
        claimsBefore = rows("SELECT COUNT(*) FROM claims");
        batchesBefore = rows("SELECT COUNT(*) FROM batches");
    }

    private static RawHttp http() {
        return new RawHttp(CONFIG, router, Runnable::run);
    }

    private static int rows(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            int n = rs.getInt(1);
            c.rollback();
            return n;
        }
    }

    private void assertNothingStored() throws Exception {
        assertEquals(claimsBefore, rows("SELECT COUNT(*) FROM claims"), "no claim stored");
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
        return Map.of("Authorization", "Bearer " + acme.key(), "Content-Type", "application/json");
    }

    private static byte[] claim(String pcn) throws IOException {
        return HttpApiTest.claim("professional-full", pcn);
    }

    private static String head(String method, String path, int contentLength) {
        StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        auth().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        return h.append("Content-Length: ").append(contentLength).append("\r\n\r\n").toString();
    }

    private static void write(RawHttp h, byte[] bytes, int from, int to) {
        h.channel().writeInbound(Unpooled.wrappedBuffer(bytes, from, to - from));
        h.channel().runPendingTasks();
    }

    @Test
    void aBodyPastTheLimitGets413() throws Exception {
        RawHttp h = http();
        byte[] padded = new byte[CONFIG.maxBodyBytes() + 1];
        byte[] claim = claim("LIMIT-BODY");
        System.arraycopy(claim, 0, padded, 0, claim.length);
        java.util.Arrays.fill(padded, claim.length, padded.length, (byte) ' ');
        problem(h.send("POST", "/v1/claims/professional", auth(), padded), 413);
        assertNothingStored();
    }

    @Test
    void aBodyDeclaredPastTheLimitWithExpectContinueGets413InsteadOf100() throws Exception {
        RawHttp h = http();
        String head = "POST /v1/claims/professional HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + acme.key()
                + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + (CONFIG.maxBodyBytes() + 1) + "\r\n\r\n";
        h.channel().writeInbound(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII)));
        h.channel().runPendingTasks();
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
        RawHttp h = http();
        h.channel().writeInbound(Unpooled.wrappedBuffer(head("POST", "/v1/batches", (int) BATCHES.maxBodyBytes() + 1)
                .getBytes(StandardCharsets.US_ASCII)));
        h.channel().runPendingTasks();
        JsonNode p = problem(h.read(), 413);
        assertTrue(p.get("detail").asText().contains(String.valueOf(BATCHES.maxBodyBytes())), p.toString());
        assertFalse(h.channel().isOpen());
        assertNothingStored();
        assertEquals(batchesBefore, rows("SELECT COUNT(*) FROM batches"));
    }

    @Test
    void jsonNestedTooDeepGets400() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(claim("LIMIT-DEEP"));
        ObjectNode nest = tree.putObject("extra");
        for (int i = 0; i < CONFIG.maxJsonDepth(); i++) {
            nest = nest.putObject("n");
        }
        byte[] deep = JSON.writeValueAsBytes(tree);
        JsonNode p = problem(http().send("POST", "/v1/claims/professional", auth(), deep), 400);
        assertEquals("JSON nested deeper than " + CONFIG.maxJsonDepth() + " levels", p.get("issues").get(0).get("message").asText());
        assertNothingStored();

        // In a batch the same claim stops the batch where it stands: here at its first claim.
        RawHttp h = http();
        byte[] batch = ("[" + new String(deep, StandardCharsets.UTF_8) + "," + new String(claim("LIMIT-DEEP-2"),
                StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
        write(h, head("POST", "/v1/batches", batch.length).getBytes(StandardCharsets.US_ASCII), 0,
                head("POST", "/v1/batches", batch.length).length());
        write(h, batch, 0, batch.length);
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
        RawHttp h = http();
        byte[] head = head("POST", "/v1/batches", body.length).getBytes(StandardCharsets.US_ASCII);
        write(h, head, 0, head.length);
        write(h, body, 0, body.length);
        JsonNode p = problem(h.read(), 422);
        assertEquals("CLAIM_LIMIT_EXCEEDED", p.get("batchStatus").asText());
        // Claims are stored one by one as they stream in: the first maxClaims are, not one past them.
        assertEquals(claimsBefore + BATCHES.maxClaims(), rows("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void headersPastTheLimitGet431() throws Exception {
        RawHttp h = http();
        byte[] body = claim("LIMIT-HEADERS");
        JsonNode p = problem(h.send("POST", "/v1/claims/professional",
                Map.of("Authorization", "Bearer " + acme.key(), "Content-Type", "application/json",
                        "X-Filler", "x".repeat(CONFIG.maxHeaderBytes())), body), 431);
        assertEquals("Request header fields too large", p.get("title").asText());
        assertFalse(h.channel().isOpen());
        assertNothingStored();

        // The streamed batch route is guarded by the same codec.
        RawHttp b = http();
        problem(b.send("POST", "/v1/batches", Map.of("Authorization", "Bearer " + acme.key(),
                "X-Filler", "x".repeat(CONFIG.maxHeaderBytes())), body), 431);
        assertNothingStored();
        assertEquals(batchesBefore, rows("SELECT COUNT(*) FROM batches"));
    }

    @Test
    void anIdleConnectionIsClosed() {
        RawHttp h = http();
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
        byte[] head = head("POST", "/v1/claims/professional", body.length).getBytes(StandardCharsets.US_ASCII);
        RawHttp h = http();
        write(h, head, 0, head.length);
        // A byte every 5 s: never idle for the idle timeout, but the body is far from whole when time is up.
        int sent = 0;
        for (int s = 0; s <= CONFIG.requestTimeoutSeconds() && h.channel().isOpen(); s += 5) {
            write(h, body, sent, sent + 1);
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
        RawHttp h = new RawHttp(CONFIG, router, held::add);
        byte[] body = claim("LIMIT-PIPELINED");
        byte[] both = ("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n" + head("POST", "/v1/claims/professional", body.length))
                .getBytes(StandardCharsets.US_ASCII);
        write(h, both, 0, both.length);
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
        write(h, body, 0, body.length);
        held.remove(0).run();
        assertEquals(201, h.read().status());
        assertEquals(claimsBefore + 1, rows("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void aRequestReceivedInTimeIsNotCutOff() throws Exception {
        byte[] body = claim("LIMIT-INTIME");
        byte[] head = head("POST", "/v1/claims/professional", body.length).getBytes(StandardCharsets.US_ASCII);
        RawHttp h = http();
        write(h, head, 0, head.length);
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() - 2, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        write(h, body, 0, body.length);
        assertEquals(201, h.read().status());
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() * 2L, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        assertNull(h.read(), "no 408 after the answer");
        assertEquals(claimsBefore + 1, rows("SELECT COUNT(*) FROM claims"));
    }

    @Test
    void aBatchTrickledPastTheBatchTimeoutGets408AndStoresNothing() throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        claims.add(JSON.readTree(claim("LIMIT-SLOWB-1")));
        claims.add(JSON.readTree(claim("LIMIT-SLOWB-2")));
        byte[] body = JSON.writeValueAsBytes(claims);
        byte[] head = head("POST", "/v1/batches", body.length).getBytes(StandardCharsets.US_ASCII);
        RawHttp h = http();
        write(h, head, 0, head.length);
        // 100 bytes every 10 s: the first claim arrives whole (and waits for its transaction), the second never does.
        int sent = 0;
        for (int s = 0; s <= CONFIG.batchTimeoutSeconds() && h.channel().isOpen() && sent < body.length - 100; s += 10) {
            int to = Math.min(sent + Math.max(100, body.length / 24), body.length - 100);
            write(h, body, sent, to);
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
        assertEquals(1, rows("SELECT COUNT(*) FROM batches WHERE status = 'ABORTED' AND id = '" + id + "'"),
                "the batch is recorded as aborted");
    }
}
