package io.claimgate.gateway.http;

import static io.claimgate.gateway.http.TestApi.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.IssuedKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} and {@code /openapi.json} through the real pipeline on an EmbeddedChannel, over H2. */
class OperationsEndpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 30, 2);

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey acme;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, CONFIG, io.claimgate.gateway.intake.BatchConfig.defaults(), CLOCK, Metrics.create(true));
        acme = api.submitter("Acme Billing");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    private static Map<String, String> auth() {
        return TestApi.jsonAuth(acme);
    }

    /** The value of the sample line {@code name{labels}} in a scrape, or NaN when absent. */
    static double sample(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndClaimsByKindAndStatus() throws Exception {
        RawHttp h = api.connect();
        assertEquals(201, h.send("POST", "/v1/claims/professional", auth(), HttpApiTest.claim("professional-full", "MET-1")).status());
        assertEquals(201, h.send("POST", "/v1/claims/professional", auth(), HttpApiTest.claim("professional-full", "MET-2")).status());
        assertEquals(201, h.send("POST", "/v1/claims/institutional", auth(), HttpApiTest.claim("institutional-full", "MET-3")).status());
        assertEquals(404, h.send("GET", "/v1/claims/clm_nosuchclaim1", auth(), null).status());
        assertEquals(404, h.send("GET", "/v1/claims/clm_nosuchclaim2", auth(), null).status());
        assertEquals(404, h.send("GET", "/no/such/path", Map.of(), null).status());
        // A batch is streamed past the aggregator and the request handler, and is counted all the same.
        assertEquals(201, h.send("POST", "/v1/batches", auth(), ("[" + new String(HttpApiTest.claim("professional-full", "MET-4"),
                java.nio.charset.StandardCharsets.UTF_8) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());

        RawHttp.Response r = h.send("GET", "/metrics", Map.of(), null);

        assertEquals(200, r.status(), "no API key needed");
        assertEquals(Metrics.CONTENT_TYPE, r.header("content-type"));
        String s = r.body();
        assertEquals(2.0, sample(s, "http_server_requests_seconds_count",
                "method=\"POST\",route=\"/v1/claims/professional\",status=\"201\""), s);
        assertEquals(1.0, sample(s, "http_server_requests_seconds_count",
                "method=\"POST\",route=\"/v1/claims/institutional\",status=\"201\""));
        assertEquals(2.0, sample(s, "http_server_requests_seconds_count",
                "method=\"GET\",route=\"/v1/claims/{claimId}\",status=\"404\""), "one series for every claim id");
        assertEquals(1.0, sample(s, "http_server_requests_seconds_count",
                "method=\"GET\",route=\"unmatched\",status=\"404\""));
        assertEquals(1.0, sample(s, "http_server_requests_seconds_count",
                "method=\"POST\",route=\"/v1/batches\",status=\"201\""), "the streamed batch route");
        assertFalse(s.contains("clm_nosuchclaim"), "no id as a label");
        assertFalse(s.contains("/no/such/path"), "no path as sent as a label");
        assertEquals(2.0, sample(s, "http_server_requests_seconds_bucket",
                "method=\"POST\",route=\"/v1/claims/professional\",status=\"201\",le=\"+Inf\""), "percentile histogram");

        assertEquals(3.0, sample(s, "claimgate_claims_stored", "kind=\"professional\",status=\"RECEIVED\""),
                "two single claims and one of the batch");
        assertEquals(1.0, sample(s, "claimgate_claims_stored", "kind=\"institutional\",status=\"RECEIVED\""));
        assertEquals(0.0, sample(s, "claimgate_claims_stored", "kind=\"professional\",status=\"PAID\""));

        assertEquals(4.0, sample(s, "hikaricp_connections_max", "pool=\"claimgate-store\""), "the pool's size");
        assertTrue(s.contains("\nhikaricp_connections_active{pool=\"claimgate-store\"}"), "HikariCP tracker");
        assertTrue(s.contains("\njvm_memory_used_bytes{"), "JVM memory");
        assertTrue(s.contains("\njvm_threads_live_threads "), "JVM threads");
        assertTrue(s.contains("\nprocess_uptime_seconds "), "uptime");

        // The scrape itself is counted by the next one.
        String next = h.send("GET", "/metrics", Map.of(), null).body();
        assertEquals(1.0, sample(next, "http_server_requests_seconds_count", "method=\"GET\",route=\"/metrics\",status=\"200\""));
        assertEquals(405, h.send("POST", "/metrics", Map.of(), new byte[0]).status());
    }

    @Test
    void metricsAreNotFoundWhenDisabled() {
        Router hidden = new TestApi(api.db, CONFIG, io.claimgate.gateway.intake.BatchConfig.defaults(), CLOCK,
                Metrics.detached()).router;
        assertEquals(404, new RawHttp(CONFIG, hidden, Runnable::run).send("GET", "/metrics", Map.of(), null).status());
    }

    @Test
    void theOpenApiDocumentIsServedAsIs() throws Exception {
        RawHttp.Response r = api.connect().send("GET", "/openapi.json", Map.of(), null);
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("content-type"));
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("3.0.3", doc.get("openapi").asText());
        try (var in = OperationsEndpointsTest.class.getResourceAsStream("/openapi.json")) {
            assertEquals(JSON.readTree(in), doc);
        }
        assertEquals(405, api.connect().send("POST", "/openapi.json", Map.of(), new byte[0]).status());
    }

    @Test
    void routeTemplatesPreferLiteralPaths() {
        assertEquals("/v1/claims/professional", Routes.template("/v1/claims/professional"));
        assertEquals("/v1/claims/professional", Routes.template("/v1/claims/professional/"));
        assertEquals("/v1/claims/{claimId}", Routes.template("/v1/claims/clm_abc"));
        assertEquals("/healthz", Routes.template("/healthz"));
        assertEquals(Routes.UNMATCHED, Routes.template("/v1/claims/clm_abc/extra"));
        assertEquals(Routes.UNMATCHED, Routes.template("/"));
    }
}
