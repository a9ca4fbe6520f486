package io.claimgate.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.IssuedKey;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code openapi.json} true: it describes exactly the routes of the route table, and the Router
 * answers every one of them (and only the documented methods) as the table says.
 */
class OpenApiRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey key;
    static JsonNode doc;
    /** A value for each path parameter, naming something that exists (so that any 404 means "no such route"). */
    static Map<String, String> samples;

    @BeforeAll
    static void open() throws Exception {
        api = TestApi.open(dir, HttpConfig.defaults(), io.claimgate.gateway.intake.BatchConfig.defaults(), Clock.systemUTC(),
                Metrics.create(true));
        key = api.submitter("Route Prober");
        ApiResponse stored = api.router.handle(new ApiRequest("req_setup", "POST", "/v1/claims/professional", Map.of(),
                Map.of("authorization", "Bearer " + key.key()), HttpApiTest.claim("professional-full", "ROUTES-1")));
        assertEquals(201, stored.status());
        ApiResponse x12 = api.router.handle(new ApiRequest("req_setup_x12", "POST", "/v1/x12", Map.of(),
                Map.of("authorization", "Bearer " + key.key(), "content-type", "application/edi-x12"),
                Files.readAllBytes(Path.of("../sample-edi/837/01-office-visit.837"))));
        assertEquals(200, x12.status(), new String(x12.body(), StandardCharsets.UTF_8));
        String batchId = x12.headers().get("X-Claimgate-Batch-Id");
        assertNotNull(batchId, "POST /v1/x12 names the batch it stored");
        String remittanceId = new io.claimgate.gateway.store.ClaimOutcomeStore(api.db.dataSource()).postPayment(
                key.submitterId(), stored.claimId(), new io.claimgate.gateway.store.ClaimPayment("1",
                        new java.math.BigDecimal("100.00"), new java.math.BigDecimal("80.00"), null, null, "EFT-ROUTES", null,
                        java.time.Instant.parse("2026-11-02T10:00:00Z"))).orElseThrow();
        samples = Map.of("claimId", stored.claimId(), "batchId", batchId, "remittanceId", remittanceId);
        try (InputStream in = OpenApiRoutesTest.class.getResourceAsStream("/openapi.json")) {
            doc = JSON.readTree(in);
        }
    }

    @AfterAll
    static void close() {
        api.close();
    }

    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<String> ops = p.getValue().fieldNames(); ops.hasNext(); ) {
                out.add(ops.next().toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }
        return out;
    }

    private static Set<String> routed() {
        Set<String> out = new TreeSet<>();
        Routes.all().forEach(r -> out.add(r.method() + " " + r.path()));
        return out;
    }

    /** The operation openapi.json has for a route, or null. */
    private static JsonNode operation(Routes.Route r) {
        JsonNode path = doc.get("paths").get(r.path());
        return path == null ? null : path.get(r.method().toLowerCase(Locale.ROOT));
    }

    @Test
    void eachRouteIsDocumentedWithItsSummaryParametersAndWhetherItNeedsTheKey() {
        List<String> problems = new ArrayList<>();
        for (Routes.Route r : Routes.all()) {
            JsonNode op = operation(r);
            if (op == null) {
                continue;
            }
            if (!r.summary().equals(op.path("summary").asText())) {
                problems.add(r.method() + " " + r.path() + ": summary in openapi.json is \"" + op.path("summary").asText()
                        + "\", in the route table \"" + r.summary() + "\"");
            }
            for (JsonNode param : op.path("parameters")) {
                if (param.get("in").asText().equals("path")) {
                    String shape = Routes.PARAMETERS.get(param.get("name").asText());
                    String documented = param.path("schema").path("pattern").asText();
                    if (shape == null || !documented.equals("^" + shape + "$")) {
                        problems.add(r.method() + " " + r.path() + ": path parameter " + param.get("name").asText()
                                + " documented as " + documented + ", routed as " + shape);
                    }
                }
            }
            boolean keyed = op.path("security").size() > 0;
            if (keyed != (r.access() == Routes.Access.API_KEY)) {
                problems.add(r.method() + " " + r.path() + ": security in openapi.json says " + (keyed ? "API key" : "public")
                        + ", the route table " + r.access());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void routesThatNeedTheKeyAnswer401WithoutIt() {
        for (Routes.Route r : Routes.all()) {
            if (r.streamed()) {
                continue;
            }
            String path = concrete(r.method(), r.path());
            byte[] body = r.method().equals("GET") ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8);
            ApiResponse a = api.router.handle(new ApiRequest("req_noauth", r.method(), path, Map.of(),
                    Map.of("content-type", "application/json"), body));
            if (r.access() == Routes.Access.API_KEY) {
                assertEquals(401, a.status(), r.method() + " " + path);
                // The drop-in paths answer in the Change Healthcare API's shape, the rest with problem+json.
                assertEquals(ChangeHealthcareErrors.chcPath(path) ? "application/json" : "application/problem+json",
                        a.contentType(), r.method() + " " + path);
                assertNotNull(a.headers().get("WWW-Authenticate"));
            } else {
                assertFalse(a.status() == 401, r.method() + " " + path);
            }
        }
    }

    @Test
    void theDocumentDescribesExactlyTheRoutes() {
        Set<String> missingFromDocument = new TreeSet<>(routed());
        missingFromDocument.removeAll(documented());
        Set<String> notRouted = new TreeSet<>(documented());
        notRouted.removeAll(routed());
        assertEquals(Set.of(), missingFromDocument, "routes that openapi.json does not describe");
        assertEquals(Set.of(), notRouted, "openapi.json paths that are no route");
        assertEquals(Routes.all().size(), new HashSet<>(Routes.all()).size(), "no route listed twice");
    }

    /** The route's path with a sample for each {name}, each a documented path parameter. */
    private static String concrete(String method, String template) {
        String path = template;
        JsonNode params = doc.get("paths").get(template).get(method.toLowerCase(Locale.ROOT)).path("parameters");
        for (JsonNode p : params) {
            if (p.get("in").asText().equals("path")) {
                String name = p.get("name").asText();
                assertTrue(samples.containsKey(name), template + ": add a sample for path parameter " + name);
                path = path.replace("{" + name + "}", samples.get(name));
            }
        }
        assertFalse(path.contains("{"), "every path parameter is described: " + template);
        return path;
    }

    private static ApiResponse send(String method, String path) {
        byte[] body = method.equals("GET") ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8);
        return api.router.handle(new ApiRequest("req_probe", method, path, Map.of(),
                Map.of("authorization", "Bearer " + key.key(), "content-type", "application/json"), body));
    }

    /** Every sample names something that exists, so a 404 means the Router has no such route. */
    private static boolean noSuchPath(ApiResponse r) {
        return r.status() == 404;
    }

    /** Routes answered in the pipeline before the router (their bodies are streamed); BulkApiTest covers them. */
    private static final Set<String> STREAMED = Set.of("POST /v1/batches");

    @Test
    void theRouterAnswersEveryRouteAndOnlyItsMethods() {
        List<String> problems = new ArrayList<>();
        Set<String> routed = routed();
        for (Routes.Route route : Routes.all()) {
            String path = concrete(route.method(), route.path());
            ApiResponse r = STREAMED.contains(route.method() + " " + route.path()) ? null : send(route.method(), path);
            if (r != null && (r.status() == 405 || noSuchPath(r))) {
                problems.add(route + " answered " + r.status());
            }
            if (!Routes.template(path).equals(route.path())) {
                problems.add(route + " is labelled " + Routes.template(path) + " in the metrics");
            }
            for (String other : METHODS) {
                if (!routed.contains(other + " " + route.path())) {
                    ApiResponse wrong = send(other, path);
                    if (wrong.status() != 405) {
                        problems.add(other + " " + path + " (not documented) answered " + wrong.status());
                    } else {
                        String allow = wrong.headers().get("Allow");
                        assertNotNull(allow, "405 names the allowed method");
                        if (!routed.contains(allow + " " + route.path())) {
                            problems.add(other + " " + path + ": Allow " + allow + " is not documented");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTestNoticesAPathTheRouterDoesNotAnswer() {
        assertTrue(noSuchPath(send("POST", "/v1/claims/dental")));
        assertTrue(noSuchPath(send("GET", "/v2/healthz")));
        assertEquals(405, send("DELETE", "/healthz").status());
    }

    @Test
    void everyOperationIsWellFormed() {
        Set<String> ids = new HashSet<>();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/"), ref);
            assertTrue(doc.get("components").get("schemas").has(ref.substring("#/components/schemas/".length())),
                    "unresolved " + ref);
        }
        doc.get("paths").forEach(p -> p.forEach(op -> {
            assertTrue(ids.add(op.get("operationId").asText()), "operationId " + op.get("operationId") + " is unique");
            assertTrue(op.get("responses").size() > 0);
            assertTrue(op.has("security"), op.get("operationId") + " says whether it needs the API key");
        }));
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
