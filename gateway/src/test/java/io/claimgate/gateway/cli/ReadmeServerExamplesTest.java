package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.Gateway;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.StoreException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Server" walk on a new H2 store, with the files it names: submitters added, the example claim
 * posted (201, then 200 as a duplicate), read back and listed, a generated NDJSON batch, a raw 837, a Change
 * Healthcare submission, the other submitter refused, and the example 835 posted with {@code remittance post}.
 */
class ReadmeServerExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path ROOT = Path.of("..");
    private static final String CLAIM = "x12/src/test/resources/claims/professional-full.json";
    private static final String X12 = "sample-edi/837/03-dependent-child.837";
    private static final String CHC_CLAIM = "sample-edi/claims/01-office-visit.json";
    private static final String REMITTANCE = "sample-edi/835/professional-full-paid.835";

    @TempDir
    Path dir;

    private int port;

    @Test
    void theServerWalkOfTheReadmeWorksAsWritten() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String named : List.of(CLAIM, X12, CHC_CLAIM, REMITTANCE, "submitter add \"Acme Billing\"",
                "remittance post --submitter \"Acme Billing\"", "/v1/batches", "/v1/x12", "/v1/remittances",
                "/medicalnetwork/professionalclaims/v3/submission")) {
            assertTrue(readme.contains(named), "the README names " + named);
        }
        Path config = dir.resolve("claimgate.properties");
        String url = "jdbc:h2:file:" + dir.resolve("data/claimgate").toString().replace("\\", "/");
        Files.writeString(config, "db.url=" + url + "\n");
        String acme = key(CliRun.of("submitter", "add", "--config", config.toString(), "Acme Billing"));
        String other = key(CliRun.of("submitter", "add", "--config", config.toString(), "Other Billing"));
        GatewayConfig gc = new GatewayConfig(loopback(), new DatabaseConfig(url, "", "", 4));

        String id;
        try (Gateway gateway = Gateway.start(gc, Clock.systemUTC())) {
            port = gateway.port();
            HttpResponse<String> created = post("/v1/claims/professional", acme, "application/json", CLAIM);
            assertEquals(201, created.statusCode(), created.body());
            id = JSON.readTree(created.body()).get("id").asText();
            HttpResponse<String> again = post("/v1/claims/professional", acme, "application/json", CLAIM);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(id, JSON.readTree(again.body()).get("id").asText());
            assertTrue(JSON.readTree(again.body()).get("duplicate").asBoolean());

            assertEquals(200, get("/v1/claims/" + id, acme).statusCode());
            assertEquals(id, JSON.readTree(get("/v1/claims?limit=10", acme).body()).get("claims").get(0).get("id").asText());

            Path ndjson = dir.resolve("claims.ndjson");
            assertEquals(0, CliRun.of("generate", "--count", "100", "--seed", "7", "-o", ndjson.toString()).exit());
            HttpResponse<String> batch = post("/v1/batches", acme, "application/x-ndjson", ndjson);
            assertEquals(201, batch.statusCode(), batch.body());
            assertEquals(100, JSON.readTree(batch.body()).get("stored").asInt());

            HttpResponse<String> ack = post("/v1/x12", acme, "application/edi-x12", X12);
            assertEquals(200, ack.statusCode(), ack.body());
            assertTrue(ack.body().contains("AK9*A*1*1*1~"), ack.body());

            HttpResponse<String> chc = post("/medicalnetwork/professionalclaims/v3/submission", acme, "application/json",
                    CHC_CLAIM);
            assertEquals(200, chc.statusCode(), chc.body());
            assertEquals("SUCCESS", JSON.readTree(chc.body()).get("status").asText());

            assertEquals(404, get("/v1/claims/" + id, other).statusCode(), "another submitter's claim");
            assertEquals(0, JSON.readTree(get("/v1/claims?limit=10", other).body()).get("claims").size());
        }

        // In a process of its own, as the README runs it, on the store the server has closed (which H2 once
        // left unreadable: Database.close).
        Process post = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "remittance", "post", "--submitter",
                "Acme Billing", "--config", config.toString(), ROOT.resolve(REMITTANCE).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(post.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(post.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, post.exitValue(), printed);
        assertEquals(1, JSON.readTree(printed).get("posted").asInt(), printed);

        try (Gateway gateway = Gateway.start(gc, Clock.systemUTC())) {
            port = gateway.port();
            String remittances = get("/v1/remittances", acme).body();
            JsonNode remittance = JSON.readTree(remittances).get("remittances").get(0);
            assertEquals(id, remittance.get("claimId").asText());
            assertTrue(remittances.contains("\"paidAmount\":150.00"), remittances);
            assertEquals(0, JSON.readTree(get("/v1/remittances", other).body()).get("remittances").size());
        }
    }

    @Test
    void aStoreHeldByARunningServerSaysWhatToDo() {
        String line = StoreErrors.cannotOpen(new StoreException("open jdbc:h2:file:./data/claimgate",
                new SQLException("Database may be already in use", "90020")));
        assertTrue(line.startsWith("cannot open the store: open jdbc:h2:file:./data/claimgate"), line);
        assertTrue(line.contains("stop that process first, or use MariaDB"), line);
        assertEquals("cannot open the store: x: refused (SQLState 08001)",
                StoreErrors.cannotOpen(new StoreException("x", new SQLException("refused", "08001"))));
    }

    private static String key(CliRun run) {
        assertEquals(0, run.exit(), run.text());
        for (String line : run.text().split("\n")) {
            if (line.startsWith("api key:")) {
                return line.substring("api key:".length()).trim();
            }
        }
        throw new AssertionError("no api key line: " + run.text());
    }

    private static HttpConfig loopback() {
        HttpConfig d = HttpConfig.defaults();
        return new HttpConfig("127.0.0.1", 0, d.maxBodyBytes(), d.maxHeaderBytes(), d.maxJsonDepth(),
                d.idleTimeoutSeconds(), d.requestTimeoutSeconds(), 4);
    }

    private HttpResponse<String> post(String path, String key, String type, String file) throws Exception {
        return post(path, key, type, ROOT.resolve(file));
    }

    private HttpResponse<String> post(String path, String key, String type, Path file) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", type).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
