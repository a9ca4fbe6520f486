package io.claimgate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.store.ClaimStatus;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.StoredClaim;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.gateway.store.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gateway on a real loopback socket (ephemeral port), spoken to with java.net.http. */
class GatewayEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpConfig loopback() {
        HttpConfig d = HttpConfig.defaults();
        return new HttpConfig("127.0.0.1", 0, d.maxBodyBytes(), d.maxHeaderBytes(), d.maxJsonDepth(),
                d.idleTimeoutSeconds(), d.requestTimeoutSeconds(), 4);
    }

    static byte[] claim(String pcn) throws IOException {
        try (InputStream in = GatewayEndToEndTest.class.getResourceAsStream("/claims/professional-full.json")) {
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) tree.get("claimInformation")).put("patientControlNumber", pcn);
            return JSON.writeValueAsBytes(tree);
        }
    }

    static HttpResponse<String> post(int port, String path, String key, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void submitAndReadBackOverASocket(TestDatabases kind) throws Exception {
        try (TestDatabases.Handle store = kind.create();
             Gateway gateway = Gateway.start(new GatewayConfig(loopback(), store.config()), Clock.systemUTC())) {
            IssuedKey key = new SubmitterStore(gateway.database().dataSource(), Clock.systemUTC()).add("E2E " + kind).orElseThrow();
            int port = gateway.port();

            assertEquals(200, get(port, "/readyz", null).statusCode());
            HttpResponse<String> created = post(port, "/v1/claims/professional", key.key(), claim("E2E-1"));
            assertEquals(201, created.statusCode(), created.body());
            String id = JSON.readTree(created.body()).get("id").asText();

            HttpResponse<String> read = get(port, "/v1/claims/" + id, key.key());
            assertEquals(200, read.statusCode());
            JsonNode r = JSON.readTree(read.body());
            assertEquals("RECEIVED", r.get("status").asText());
            assertEquals("E2E-1", r.get("claim").get("claimInformation").get("patientControlNumber").asText());

            // Keep-alive: many requests over the client's pooled connection, answered in order.
            for (int i = 0; i < 20; i++) {
                assertEquals(200, get(port, "/healthz", null).statusCode());
            }
            HttpResponse<String> chc = post(port, "/change/medicalnetwork/professionalclaims/v3/submission", key.key(), claim("E2E-2"));
            assertEquals(200, chc.statusCode(), chc.body());
            assertEquals("SUCCESS", JSON.readTree(chc.body()).get("status").asText());
        }
    }

    /**
     * A claim answered with 201 survives the process being killed (SIGKILL, no shutdown hook): the
     * gateway runs in a child JVM on the embedded H2 store, is killed right after the answers, and the
     * store is then opened again here.
     */
    @Test
    void answeredClaimsSurviveAKill(@TempDir Path dir) throws Exception {
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 2);
        IssuedKey key;
        try (Database db = Database.open(config)) {
            key = new SubmitterStore(db.dataSource(), Clock.systemUTC()).add("Kill Test").orElseThrow();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunGateway.class.getName(), config.url())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> ids = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertNotNull(line, "the child gateway did not start");
            assertTrue(line.startsWith("PORT "), line);
            int port = Integer.parseInt(line.substring(5).trim());
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = post(port, "/v1/claims/professional", key.key(), claim("KILL-" + i));
                assertEquals(201, r.statusCode(), r.body());
                ids.add(JSON.readTree(r.body()).get("id").asText());
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Database db = Database.open(config)) {
            ClaimStore claims = new ClaimStore(db.dataSource(), Clock.systemUTC());
            for (String id : ids) {
                StoredClaim c = claims.find(key.submitterId(), id).orElseThrow(() -> new AssertionError("lost " + id));
                assertEquals(ClaimStatus.RECEIVED, c.status());
                assertEquals(1, claims.history(key.submitterId(), id).size());
            }
        }
    }
}
