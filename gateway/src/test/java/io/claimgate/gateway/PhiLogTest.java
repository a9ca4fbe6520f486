package io.claimgate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.sample.ClaimGenerator;
import io.claimgate.x12.sample.GeneratedClaim;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No PHI in the logs: 200 generated claims (valid and invalid: bad NPI, delimiter characters in a name,
 * malformed JSON, a missing field, the wrong kind, a conflicting resubmission; through the claim API,
 * validation and the Change Healthcare drop-in paths) go through the gateway on a loopback socket while
 * everything logged is captured in the text and the JSON format, Claimgate at DEBUG and libraries at
 * INFO; no patient's or subscriber's name, member id, birth date, or diagnosis code from those claims may
 * appear in either. Then a JSON batch of 60 more (some invalid) and a raw 837 of 40 more rendered from the model
 * go through, and every line logged for them carries their batch id.
 */
class PhiLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int CLAIMS = 200;
    private static final int BATCH_CLAIMS = 60;
    private static final int X12_CLAIMS = 40;
    private static final int SHORTEST = 4;
    /** The parts of a claim that describe the patient: the subscriber, the dependent, other subscribers. */
    private static final Set<String> PERSONS = Set.of("subscriber", "dependent", "patient", "otherSubscriberName");
    private static final Set<String> PERSON_FIELDS = Set.of("firstname", "lastname", "middlename", "memberid", "dateofbirth",
            "otherinsuredfirstname", "otherinsuredlastname", "otherinsuredmiddlename", "otherinsuredidentifier");

    @TempDir
    Path dir;

    /** Both formats captured at once: what the process would have written to stderr. */
    static final class Capture implements AutoCloseable {
        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        private final Map<LogFormat, ByteArrayOutputStream> out = new HashMap<>();
        private final List<OutputStreamAppender<ILoggingEvent>> appenders = new ArrayList<>();
        private final Level rootLevel;
        private final Level claimgateLevel;

        Capture() {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            Logger claimgate = context.getLogger("io.claimgate");
            rootLevel = root.getLevel();
            claimgateLevel = claimgate.getLevel();
            for (LogFormat f : LogFormat.values()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                OutputStreamAppender<ILoggingEvent> a = new OutputStreamAppender<>();
                a.setContext(context);
                a.setName("capture-" + f);
                a.setEncoder(LogSetup.encoder(context, f));
                a.setOutputStream(bytes);
                a.start();
                root.addAppender(a);
                appenders.add(a);
                out.put(f, bytes);
            }
            // More than production logs: any level may not hold PHI.
            root.setLevel(Level.INFO);
            claimgate.setLevel(Level.DEBUG);
        }

        String text(LogFormat f) {
            return out.get(f).toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            appenders.forEach(a -> {
                root.detachAppender(a);
                a.stop();
            });
            root.setLevel(rootLevel);
            context.getLogger("io.claimgate").setLevel(claimgateLevel);
        }
    }

    /** Every PHI value of a claim (4 characters or more), with where it came from. */
    static Map<String, String> phi(JsonNode claim) {
        Map<String, String> values = new TreeMap<>();
        collect(claim, "", false, values);
        return values;
    }

    private static void collect(JsonNode node, String path, boolean inPerson, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                String lower = name.toLowerCase(Locale.ROOT);
                JsonNode v = e.getValue();
                String p = path + "." + name;
                if (v.isValueNode()) {
                    boolean person = inPerson && PERSON_FIELDS.contains(lower);
                    boolean diagnosis = lower.contains("diagnosis") && lower.endsWith("code")
                            && !lower.contains("type") && !lower.contains("qualifier") && !lower.contains("pointer");
                    if (person || diagnosis) {
                        add(v.asText(), p, out);
                        if (lower.equals("dateofbirth") && v.asText().matches("\\d{8}")) {
                            String d = v.asText();
                            add(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6), p + " (ISO)", out);
                        }
                    }
                } else {
                    collect(v, p, inPerson || PERSONS.contains(name), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", inPerson, out);
            }
        }
    }

    private static void add(String value, String where, Map<String, String> out) {
        if (value.length() >= SHORTEST) {
            out.putIfAbsent(value, where);
        }
    }

    /**
     * Where a PHI value appears in the captured log: each line as written, and for the JSON format also every
     * string field of the line's object once unescaped (a name with a quote in it is escaped on the line).
     */
    static List<String> findings(String log, LogFormat format, Map<String, String> phi) throws Exception {
        List<String> found = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int n = 0; n < lines.length; n++) {
            List<String> texts = new ArrayList<>();
            texts.add(lines[n]);
            if (format == LogFormat.JSON && !lines[n].isEmpty()) {
                JsonNode line = JSON.readTree(lines[n]);
                line.forEach(v -> texts.add(v.asText()));
            }
            for (Map.Entry<String, String> v : phi.entrySet()) {
                for (String t : texts) {
                    if (t.contains(v.getKey())) {
                        found.add(format + " line " + (n + 1) + " holds " + v.getValue());
                        break;
                    }
                }
            }
        }
        return found;
    }

    private record Sent(String path, byte[] body) {
    }

    /** The requests for claim {@code c}: most as generated, some made invalid in one of several ways. */
    private static List<Sent> requests(GeneratedClaim c) throws Exception {
        String kind = c.kind() == ClaimKind.PROFESSIONAL ? "professional" : "institutional";
        String other = c.kind() == ClaimKind.PROFESSIONAL ? "institutional" : "professional";
        String chc = c.kind() == ClaimKind.PROFESSIONAL ? "professionalclaims/v3" : "institutionalclaims/v1";
        ObjectNode tree = (ObjectNode) JSON.readTree(c.json());
        List<Sent> out = new ArrayList<>();
        switch (c.index() % 10) {
            case 1 -> {
                String npi = tree.get("billing").get("npi").asText();
                char last = npi.charAt(npi.length() - 1);
                ((ObjectNode) tree.get("billing")).put("npi", npi.substring(0, npi.length() - 1) + (last == '9' ? '0' : (char) (last + 1)));
                out.add(new Sent("/v1/claims/" + kind, JSON.writeValueAsBytes(tree)));
            }
            case 2 -> {
                ObjectNode s = (ObjectNode) tree.get("subscriber");
                s.put("lastName", s.get("lastName").asText() + "*~" + s.get("firstName").asText());
                s.put("firstName", s.get("firstName").asText() + ":^");
                out.add(new Sent("/v1/claims/" + kind, JSON.writeValueAsBytes(tree)));
            }
            case 3 -> {
                String json = c.json();
                out.add(new Sent("/v1/claims/" + kind, json.substring(0, json.indexOf("dateOfBirth") + 20).getBytes(StandardCharsets.UTF_8)));
            }
            case 4 -> {
                ((ObjectNode) tree.get("claimInformation")).remove("patientControlNumber");
                ((ObjectNode) tree.get("subscriber")).put("dateOfBirth", "1999-02-31");
                out.add(new Sent("/medicalnetwork/" + chc + "/submission", JSON.writeValueAsBytes(tree)));
            }
            case 5 -> out.add(new Sent("/v1/claims/" + other, c.json().getBytes(StandardCharsets.UTF_8)));
            case 6 -> out.add(new Sent("/v1/claims/" + kind + "/validation", c.json().getBytes(StandardCharsets.UTF_8)));
            case 7 -> out.add(new Sent("/change/medicalnetwork/" + chc + "/submission", c.json().getBytes(StandardCharsets.UTF_8)));
            case 8 -> {
                out.add(new Sent("/v1/claims/" + kind, c.json().getBytes(StandardCharsets.UTF_8)));
                out.add(new Sent("/v1/claims/" + kind, c.json().getBytes(StandardCharsets.UTF_8)));
                tree.put("controlNumber", "999999999");
                out.add(new Sent("/v1/claims/" + kind, JSON.writeValueAsBytes(tree)));
            }
            default -> out.add(new Sent("/v1/claims/" + kind, c.json().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void noPhiFromTwoHundredClaimsIsLogged() throws Exception {
        Map<String, String> phi = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> batchIds = new ArrayList<>();
        int stored = 0;
        try (Capture capture = new Capture()) {
            HttpConfig d = HttpConfig.defaults();
            HttpConfig http = new HttpConfig("127.0.0.1", 0, d.maxBodyBytes(), d.maxHeaderBytes(), d.maxJsonDepth(),
                    d.idleTimeoutSeconds(), d.requestTimeoutSeconds(), 4);
            try (Gateway gateway = Gateway.start(new GatewayConfig(http,
                    new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 4)), Clock.systemUTC())) {
                IssuedKey key = new SubmitterStore(gateway.database().dataSource(), Clock.systemUTC()).add("PHI test").orElseThrow();
                for (GeneratedClaim c : ClaimGenerator.generate(20240601L, CLAIMS).toList()) {
                    for (Sent s : requests(c)) {
                        phi.putAll(phi(JSON.readTree(c.json())));
                        if (s.body()[s.body().length - 1] == '}') {
                            phi.putAll(phi(JSON.readTree(s.body())));
                        }
                        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + s.path()))
                                .header("Authorization", "Bearer " + key.key())
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build(), HttpResponse.BodyHandlers.ofString());
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 201) {
                            stored++;
                            String id = JSON.readTree(r.body()).get("id").asText();
                            HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + gateway.port() + "/v1/claims/" + id))
                                    .header("Authorization", "Bearer " + key.key()).GET().build(), HttpResponse.BodyHandlers.ofString());
                            assertEquals(200, read.statusCode());
                        }
                    }
                }
                String base = "http://127.0.0.1:" + gateway.port();
                // A batch (JSON array, one claim in ten broken) and a raw 837 of claims rendered from the model.
                List<JsonNode> batch = new ArrayList<>();
                for (GeneratedClaim c : ClaimGenerator.generate(20240602L, BATCH_CLAIMS).toList()) {
                    ObjectNode tree = (ObjectNode) JSON.readTree(c.json());
                    phi.putAll(phi(tree));
                    if (c.index() % 10 == 3) {
                        ((ObjectNode) tree.get("subscriber")).put("dateOfBirth", "19990231");
                        ((ObjectNode) tree.get("claimInformation")).remove("claimChargeAmount");
                    }
                    batch.add(tree);
                }
                HttpResponse<String> b = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/batches"))
                        .header("Authorization", "Bearer " + key.key()).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(batch)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(207, b.statusCode(), b.body());
                batchIds.add(JSON.readTree(b.body()).get("batchId").asText());
                assertTrue(JSON.readTree(b.body()).get("stored").asInt() >= BATCH_CLAIMS / 2, b.body());

                List<io.claimgate.x12.claim.Claim> models = new ArrayList<>();
                for (GeneratedClaim c : ClaimGenerator.generate(20240603L, X12_CLAIMS).toList()) {
                    phi.putAll(phi(JSON.readTree(c.json())));
                    models.add(io.claimgate.x12.claim.ClaimValidation.check(c.kind(), c.json(), Clock.systemUTC()).claim());
                }
                java.io.ByteArrayOutputStream x12 = new java.io.ByteArrayOutputStream();
                var rendered = new io.claimgate.x12.render.ClaimRenderer().render(models,
                        io.claimgate.x12.render.RenderSettings.builder("ZZ", "PHITEST", "ZZ", "RECEIVER").lineBreaks(true).build(), x12);
                assertTrue(rendered.ok(), rendered.issues().toString());
                HttpResponse<String> file = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/x12"))
                        .header("Authorization", "Bearer " + key.key()).header("Content-Type", "application/edi-x12")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(x12.toByteArray()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, file.statusCode(), file.body());
                String x12Batch = file.headers().firstValue("X-Claimgate-Batch-Id").orElseThrow();
                batchIds.add(x12Batch);
                JsonNode x12Results = JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/batches/" + x12Batch))
                        .header("Authorization", "Bearer " + key.key()).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                assertEquals(X12_CLAIMS, x12Results.get("stored").asInt(), x12Results.toString());
                HttpResponse<String> x12Claim = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/claims/"
                        + x12Results.get("results").get(0).get("claimId").asText())).header("Authorization", "Bearer " + key.key())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, x12Claim.statusCode());

                assertEquals(200, CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/metrics"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            String text = capture.text(LogFormat.TEXT);
            String json = capture.text(LogFormat.JSON);

            // The run was what it claims to be: many claims stored, every kind of refusal seen, all of it logged.
            assertTrue(stored >= 50, "stored " + stored + " " + statuses);
            assertTrue(statuses.getOrDefault(400, 0) >= 60, statuses.toString());
            assertTrue(statuses.getOrDefault(409, 0) >= 10, statuses.toString());
            assertTrue(phi.size() > 500, "PHI values collected: " + phi.size());
            long accessLines = text.lines().filter(l -> l.contains(" access ")).count();
            assertTrue(accessLines >= CLAIMS + stored, "access lines " + accessLines);
            assertEquals(text.lines().count(), json.lines().count(), "both formats saw every event");

            // The JSON format: one object per line with the fixed fields and the ids as fields of their own.
            int withClaimId = 0;
            int storeLinesWithRequestId = 0;
            for (String line : json.lines().toList()) {
                JsonNode event = JSON.readTree(line);
                for (String field : List.of("time", "level", "logger", "thread", "message")) {
                    assertTrue(event.hasNonNull(field), field + " in " + line);
                }
                if (event.get("logger").asText().equals("io.claimgate.gateway.http.access")) {
                    assertTrue(event.get("requestId").asText().startsWith("req_"), line);
                    withClaimId += event.has("claimId") ? 1 : 0;
                }
                if (event.get("logger").asText().endsWith(".ClaimStore") && event.has("requestId") && event.has("claimId")) {
                    storeLinesWithRequestId++;
                }
            }
            assertTrue(withClaimId >= 2 * stored, "access lines with a claim id: " + withClaimId);
            // The batch and the 837: every line the store wrote for their claims names the batch (MDC), in both formats.
            for (String batchId : batchIds) {
                int withField = 0;
                for (String line : json.lines().toList()) {
                    JsonNode event = JSON.readTree(line);
                    boolean field = batchId.equals(event.path("batchId").asText());
                    withField += field ? 1 : 0;
                    if (event.get("message").asText().contains(batchId)) {
                        assertTrue(field, "a line about the batch carries its id as a field: " + line);
                    }
                }
                // At least: batch received, batch finished (store, in the MDC), and the access line.
                assertTrue(withField >= 3, batchId + ": lines with the batch id " + withField);
                assertTrue(text.lines().filter(l -> l.contains("batchId=" + batchId)).count() >= 2,
                        batchId + " in the MDC of the text format");
            }
            assertTrue(storeLinesWithRequestId >= stored, "store lines with the request id (MDC): " + storeLinesWithRequestId);

            assertEquals(List.of(), findings(text, LogFormat.TEXT, phi));
            assertEquals(List.of(), findings(json, LogFormat.JSON, phi));
        }
    }

    @Test
    void theDetectorFindsALoggedName() throws Exception {
        GeneratedClaim c = ClaimGenerator.claim(20240601L, 0);
        JsonNode tree = JSON.readTree(c.json());
        Map<String, String> phi = new TreeMap<>(phi(tree));
        String last = tree.get("subscriber").get("lastName").asText();
        String quoted = "O\"" + last + "\\";
        phi.put(quoted, "a name that JSON escapes");
        String diagnosis = phi.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains("diagnosis"))
                .findFirst().orElseThrow().getKey();
        String text;
        String json;
        try (Capture capture = new Capture()) {
            org.slf4j.Logger log = LoggerFactory.getLogger("io.claimgate.selftest");
            log.info("claim clm_x ok");
            log.info("careless line for {}", last);
            log.atDebug().addKeyValue("diagnosis", diagnosis).log("key-value pairs are fields of the JSON format");
            log.warn("escaped {}", quoted);
            text = capture.text(LogFormat.TEXT);
            json = capture.text(LogFormat.JSON);
        }
        List<String> inText = findings(text, LogFormat.TEXT, phi);
        List<String> inJson = findings(json, LogFormat.JSON, phi);
        assertTrue(inText.stream().anyMatch(f -> f.startsWith("TEXT line 2 ")), inText.toString());
        assertTrue(inText.stream().anyMatch(f -> f.contains("a name that JSON escapes")), inText.toString());
        assertTrue(inJson.stream().anyMatch(f -> f.startsWith("JSON line 2 ")), inJson.toString());
        assertTrue(inJson.stream().anyMatch(f -> f.startsWith("JSON line 3 ")), "the key-value pair: " + inJson);
        assertTrue(inJson.stream().anyMatch(f -> f.contains("a name that JSON escapes")), inJson.toString());
        assertFalse(inText.stream().anyMatch(f -> f.startsWith("TEXT line 1 ")));
        assertTrue(phi.values().stream().anyMatch(w -> w.endsWith("subscriber.memberId")), phi.toString());
        assertTrue(phi.values().stream().anyMatch(w -> w.endsWith("subscriber.dateOfBirth")), phi.toString());
    }
}
