package io.claimgate.gateway.http;

import static io.claimgate.gateway.http.TestApi.CLOCK;
import static io.claimgate.gateway.http.TestApi.jsonAuth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.store.ClaimContentTest;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.IssuedKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API through the real pipeline on an EmbeddedChannel, over an H2 store in a temporary directory. */
class HttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 30, 2);

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey acme;
    static IssuedKey other;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, CONFIG, io.claimgate.gateway.intake.BatchConfig.defaults());
        acme = api.submitter("Acme Billing");
        other = api.submitter("Other Billing");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HttpApiTest.class.getResourceAsStream("/claims/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    /** A fixture with its patient control number replaced, so that tests do not collide. */
    static byte[] claim(String name, String pcn) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(fixture(name));
        ((ObjectNode) tree.get("claimInformation")).put("patientControlNumber", pcn);
        return JSON.writeValueAsBytes(tree);
    }

    private static JsonNode json(RawHttp.Response r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static int claimRows() throws Exception {
        return api.count("SELECT COUNT(*) FROM claims");
    }

    @Test
    void healthAndReadiness() throws IOException {
        RawHttp h = api.connect();
        RawHttp.Response health = h.send("GET", "/healthz", Map.of(), null);
        assertEquals(200, health.status());
        assertEquals("ok", json(health).get("status").asText());
        assertEquals(200, h.send("GET", "/readyz", Map.of(), null).status());
        assertEquals(405, h.send("POST", "/healthz", Map.of(), new byte[0]).status());
    }

    @Test
    void claimEndpointsNeedAValidBearerKey() throws IOException {
        RawHttp h = api.connect();
        byte[] body = claim("professional-full", "AUTH-1");
        RawHttp.Response none = h.send("POST", "/v1/claims/professional", Map.of("Content-Type", "application/json"), body);
        assertEquals(401, none.status());
        assertEquals("application/problem+json", none.header("content-type"));
        assertTrue(none.header("www-authenticate").startsWith("Bearer"));
        assertEquals(401, json(none).get("status").asInt());

        String wrong = acme.key().substring(0, acme.key().length() - 2) + "xx";
        assertEquals(401, h.send("POST", "/v1/claims/professional", Map.of("Authorization", "Bearer " + wrong), body).status());
        assertEquals(401, h.send("POST", "/medicalnetwork/professionalclaims/v3/submission",
                Map.of("Authorization", "Basic " + acme.key()), body).status());
        assertEquals(401, h.send("GET", "/v1/claims/clm_0000", Map.of(), null).status());
    }

    @Test
    void aValidClaimIsStoredAndReadBackWithItsHistory() throws Exception {
        RawHttp h = api.connect();
        byte[] body = claim("professional-full", "STORE-1");

        RawHttp.Response created = h.send("POST", "/v1/claims/professional", jsonAuth(acme), body);

        assertEquals(201, created.status(), created.body());
        JsonNode c = json(created);
        String id = c.get("id").asText();
        assertTrue(id.startsWith("clm_"));
        assertEquals("RECEIVED", c.get("status").asText());
        assertTrue(c.get("warnings").isArray());
        assertEquals("/v1/claims/" + id, created.header("location"));
        assertNotNull(created.header("x-request-id"));

        RawHttp.Response read = h.send("GET", "/v1/claims/" + id, jsonAuth(acme), null);
        assertEquals(200, read.status());
        JsonNode r = json(read);
        assertEquals(id, r.get("id").asText());
        assertEquals("professional", r.get("kind").asText());
        assertEquals("STORE-1", r.get("patientControlNumber").asText());
        assertEquals("60054", r.get("payerId").asText());
        assertEquals("1", r.get("frequencyCode").asText());
        assertEquals("210.00", JSON.readTree(body).get("claimInformation").get("claimChargeAmount").asText());
        assertTrue(read.body().contains("\"chargeAmount\":210.00,"), "DECIMAL kept to the cent: " + read.body());
        assertEquals(JSON.readTree(body), r.get("claim"), "the claim JSON as received");
        JsonNode history = r.get("history");
        assertEquals(1, history.size());
        assertTrue(history.get(0).get("from").isNull());
        assertEquals("RECEIVED", history.get(0).get("to").asText());
        assertTrue(history.get(0).get("cause").asText().startsWith("POST /v1/claims/professional request req_"));

        RawHttp.Response foreign = h.send("GET", "/v1/claims/" + id, jsonAuth(other), null);
        assertEquals(404, foreign.status(), "another submitter's claim is not found");
        assertEquals(404, h.send("GET", "/v1/claims/clm_nosuchclaim", jsonAuth(acme), null).status());
    }

    @Test
    void anInstitutionalClaimIsStored() throws Exception {
        RawHttp.Response created = api.connect().send("POST", "/v1/claims/institutional", jsonAuth(acme),
                claim("institutional-full", "INST-1"));
        assertEquals(201, created.status(), created.body());
        assertEquals("RECEIVED", json(created).get("status").asText());
    }

    @Test
    void aRepeatedOriginalReturnsTheStoredClaimAndChangedContentConflicts() throws Exception {
        RawHttp h = api.connect();
        byte[] body = claim("professional-full", "DUP-1");
        String first = json(h.send("POST", "/v1/claims/professional", jsonAuth(acme), body)).get("id").asText();

        // Same claim, other whitespace and key order.
        JsonNode tree = JSON.readTree(body);
        byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        RawHttp.Response again = h.send("POST", "/v1/claims/professional", jsonAuth(acme), pretty);
        assertEquals(200, again.status(), again.body());
        assertEquals(first, json(again).get("id").asText());
        assertTrue(json(again).get("duplicate").asBoolean());

        ((ObjectNode) tree).put("controlNumber", "000000002");
        int rows = claimRows();
        RawHttp.Response conflict = h.send("POST", "/v1/claims/professional", jsonAuth(acme), JSON.writeValueAsBytes(tree));
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals("application/problem+json", conflict.header("content-type"));
        assertEquals(first, json(conflict).get("existingClaimId").asText());
        assertEquals(rows, claimRows());
    }

    @Test
    void aResendDifferingOnlyInWhatIntakeRepairsIsTheStoredClaimAndARealChangeNamesItsField() throws Exception {
        RawHttp h = api.connect();
        byte[] body = claim("professional-full", "DUP-REPAIRED");
        String first = json(h.send("POST", "/v1/claims/professional", jsonAuth(acme), body)).get("id").asText();
        ObjectNode repaired = (ObjectNode) JSON.readTree(body);
        ClaimContentTest.repairable(repaired);
        int rows = claimRows();

        RawHttp.Response again = h.send("POST", "/v1/claims/professional", jsonAuth(acme), JSON.writeValueAsBytes(repaired));
        assertEquals(200, again.status(), again.body());
        assertEquals(first, json(again).get("id").asText());
        assertTrue(json(again).get("duplicate").asBoolean());
        assertTrue(json(again).get("warnings").toString().contains("NORMALIZED"), again.body());

        ((ObjectNode) repaired.get("subscriber")).put("gender", "f");
        RawHttp.Response conflict = h.send("POST", "/v1/claims/professional", jsonAuth(acme), JSON.writeValueAsBytes(repaired));
        assertEquals(409, conflict.status(), conflict.body());
        JsonNode p = json(conflict);
        assertEquals(first, p.get("existingClaimId").asText());
        assertEquals("subscriber.gender", p.get("field").asText());
        assertEquals("subscriber.gender", p.get("issues").get(0).get("path").asText());
        assertEquals("CONFLICT", p.get("issues").get(0).get("code").asText());
        assertTrue(p.get("detail").asText().contains("(at subscriber.gender)"), p.toString());
        assertEquals(rows, claimRows(), "neither stored again");
    }

    @Test
    void anInvalidClaimGetsEveryIssueAndIsNotStored() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(claim("professional-full", "BAD-1"));
        tree.remove("tradingPartnerServiceId");
        ((ObjectNode) tree.get("claimInformation")).put("claimChargeAmount", "not money");
        int rows = claimRows();

        RawHttp.Response r = api.connect().send("POST", "/v1/claims/professional", jsonAuth(acme), JSON.writeValueAsBytes(tree));

        assertEquals(400, r.status());
        assertEquals("application/problem+json", r.header("content-type"));
        JsonNode p = json(r);
        assertEquals("https://claimgate.io/problems/invalid-claim", p.get("type").asText());
        Set<String> found = new HashSet<>();
        for (JsonNode i : p.get("issues")) {
            found.add(i.get("code").asText() + " " + i.get("path").asText());
            assertFalse(i.get("message").asText().isEmpty());
        }
        assertTrue(found.contains("MISSING_REQUIRED tradingPartnerServiceId"), found.toString());
        assertTrue(found.contains("INVALID_FORMAT claimInformation.claimChargeAmount"), found.toString());
        assertEquals(rows, claimRows());
    }

    @Test
    void aClaimOfTheOtherKindIsRefused() throws Exception {
        RawHttp.Response r = api.connect().send("POST", "/v1/claims/professional", jsonAuth(acme), claim("institutional-full", "KIND-1"));
        assertEquals(400, r.status());
        List<String> codes = new ArrayList<>();
        json(r).get("issues").forEach(i -> codes.add(i.get("code").asText()));
        assertTrue(codes.contains("FIELD_NOT_FOR_KIND"), codes.toString());
    }

    @Test
    void malformedAndTooDeepJsonAreReportedWithoutQuotingTheInput() throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response broken = h.send("POST", "/v1/claims/professional", jsonAuth(acme),
                "{\"claimInformation\": {\"patientControlNumber\": \"SECRET-NAME\" ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.status());
        JsonNode issue = json(broken).get("issues").get(0);
        assertEquals("MALFORMED_JSON", issue.get("code").asText());
        assertFalse(broken.body().contains("SECRET-NAME"));

        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        RawHttp.Response tooDeep = h.send("POST", "/v1/claims/professional", jsonAuth(acme), deep.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, tooDeep.status());
        assertEquals("JSON nested deeper than 16 levels", json(tooDeep).get("issues").get(0).get("message").asText());

        RawHttp.Response array = h.send("POST", "/v1/claims/professional", jsonAuth(acme), "[]".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, array.status());

        RawHttp.Response xml = h.send("POST", "/v1/claims/professional",
                Map.of("Authorization", "Bearer " + acme.key(), "Content-Type", "application/xml"), "<a/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, xml.status());
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() throws Exception {
        RawHttp h = api.connect();
        Map<String, String> headers = new java.util.HashMap<>(jsonAuth(acme));
        headers.put("Idempotency-Key", "retry-7f3a");
        byte[] body = claim("professional-full", "IDEM-1");
        RawHttp.Response first = h.send("POST", "/v1/claims/professional", headers, body);
        assertEquals(201, first.status(), first.body());
        int rows = claimRows();

        RawHttp.Response replay = h.send("POST", "/v1/claims/professional", headers, body);
        assertEquals(201, replay.status(), "the first answer, status included");
        assertEquals(first.body(), replay.body());
        assertEquals("true", replay.header("idempotency-replayed"));
        assertEquals(rows, claimRows());

        RawHttp.Response reused = h.send("POST", "/v1/claims/professional", headers, claim("professional-full", "IDEM-2"));
        assertEquals(422, reused.status());
        assertEquals(rows, claimRows());

        // A retry while the first request with its key is still being answered is told so, and not answered.
        new IdempotencyStore(api.db.dataSource(), CLOCK).reserve(acme.submitterId(), "in-flight-1", "b".repeat(64),
                java.time.Duration.ofMinutes(15));
        Map<String, String> inFlight = new java.util.HashMap<>(jsonAuth(acme));
        inFlight.put("Idempotency-Key", "in-flight-1");
        assertProblem(409, h.send("POST", "/v1/claims/professional", inFlight, claim("professional-full", "IDEM-3")));
        assertEquals(rows, claimRows());

        // Keys belong to their submitter: the same key from another submitter is a new request.
        Map<String, String> otherHeaders = new java.util.HashMap<>(jsonAuth(other));
        otherHeaders.put("Idempotency-Key", "retry-7f3a");
        assertEquals(201, h.send("POST", "/v1/claims/professional", otherHeaders, body).status());
    }

    @Test
    void validationStoresNothing() throws Exception {
        int rows = claimRows();
        RawHttp.Response r = api.connect().send("POST", "/v1/claims/professional/validation", jsonAuth(acme),
                claim("professional-full", "VAL-1"));
        assertEquals(200, r.status(), r.body());
        assertEquals("VALID", json(r).get("status").asText());
        assertEquals(rows, claimRows());
    }

    @Test
    void changeHealthcareDropInPathsAnswerInThatApisShape() throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response ok = h.send("POST", "/medicalnetwork/professionalclaims/v3/submission", jsonAuth(acme),
                claim("professional-full", "CHC-1"));
        assertEquals(200, ok.status(), ok.body());
        JsonNode s = json(ok);
        assertEquals("SUCCESS", s.get("status").asText());
        assertEquals("000000001", s.get("controlNumber").asText());
        assertEquals("60054", s.get("tradingPartnerServiceId").asText());
        JsonNode ref = s.get("claimReference");
        assertEquals("CHC-1", ref.get("patientControlNumber").asText());
        assertEquals("PRO", ref.get("claimType").asText());
        String id = ref.get("correlationId").asText();
        assertEquals(200, h.send("GET", "/v1/claims/" + id, jsonAuth(acme), null).status(), "the claim was stored");

        int rows = claimRows();
        RawHttp.Response validation = h.send("POST", "/change/medicalnetwork/institutionalclaims/v1/validation", jsonAuth(acme),
                claim("institutional-full", "CHC-2"));
        assertEquals(200, validation.status(), validation.body());
        assertEquals("INS", json(validation).get("claimReference").get("claimType").asText());
        assertNull(json(validation).get("claimReference").get("correlationId"));
        assertEquals(rows, claimRows());

        ObjectNode bad = (ObjectNode) JSON.readTree(claim("institutional-full", "CHC-3"));
        bad.remove("tradingPartnerServiceId");
        RawHttp.Response error = h.send("POST", "/change/medicalnetwork/institutionalclaims/v1/submission", jsonAuth(acme),
                JSON.writeValueAsBytes(bad));
        assertEquals(400, error.status());
        JsonNode e = json(error);
        assertEquals("ERROR", e.get("status").asText());
        JsonNode first = e.get("errors").get(0);
        assertEquals("tradingPartnerServiceId", first.get("field").asText());
        assertEquals("MISSING_REQUIRED", first.get("code").asText());
        assertEquals("Please Correct and Resubmit", first.get("followupAction").asText());
        assertFalse(first.get("description").asText().isEmpty());
        assertEquals(rows, claimRows());
    }

    @Test
    void limitsAnswerWithTheirStatus() throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response big = h.send("POST", "/v1/claims/professional", jsonAuth(acme), new byte[CONFIG.maxBodyBytes() + 1]);
        assertEquals(413, big.status());

        RawHttp h2 = api.connect();
        RawHttp.Response headers = h2.send("GET", "/healthz", Map.of("X-Filler", "x".repeat(CONFIG.maxHeaderBytes() + 10)), null);
        assertEquals(431, headers.status());
        assertEquals("close", headers.header("connection"));

        assertEquals(404, api.connect().send("GET", "/nowhere", Map.of(), null).status());
        assertEquals(405, api.connect().send("GET", "/v1/claims/professional", jsonAuth(acme), null).status());
    }

    /** Asserts an RFC 9457 problem document with this status: content type, type URI, title, status member. */
    static JsonNode assertProblem(int status, RawHttp.Response r) throws IOException {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/problem+json", r.header("content-type"));
        JsonNode p = JSON.readTree(r.body());
        assertTrue(p.get("type").asText().startsWith("https://claimgate.io/problems/"), r.body());
        assertFalse(p.get("title").asText().isEmpty(), r.body());
        assertEquals(status, p.get("status").asInt(), r.body());
        return p;
    }

    @Test
    void everyErrorIsAProblemDocument() throws Exception {
        RawHttp h = api.connect();
        assertProblem(404, h.send("GET", "/nowhere", Map.of(), null));
        assertProblem(404, h.send("GET", "/v1/claims/not-an-id", jsonAuth(acme), null));
        RawHttp.Response wrongMethod = h.send("GET", "/v1/claims/professional", jsonAuth(acme), null);
        assertProblem(405, wrongMethod);
        assertEquals("POST", wrongMethod.header("allow"));
        RawHttp.Response deleteClaim = h.send("DELETE", "/v1/claims/clm_0000000000", jsonAuth(acme), null);
        assertProblem(405, deleteClaim);
        assertEquals("GET", deleteClaim.header("allow"));
        assertProblem(415, h.send("POST", "/v1/claims/professional",
                Map.of("Authorization", "Bearer " + acme.key(), "Content-Type", "text/csv"), "a,b".getBytes(StandardCharsets.UTF_8)));
        assertProblem(415, h.send("POST", "/v1/x12", Map.of("Authorization", "Bearer " + acme.key(),
                "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)));
        assertProblem(401, h.send("GET", "/v1/claims", Map.of(), null));
        assertProblem(401, h.send("GET", "/v1/batches/bat_0000000000", Map.of("Authorization", "Bearer nope"), null));
        assertProblem(400, h.send("POST", "/v1/claims/professional", jsonAuth(acme), "{".getBytes(StandardCharsets.UTF_8)));
        assertProblem(413, api.connect().send("POST", "/v1/claims/professional", jsonAuth(acme), new byte[CONFIG.maxBodyBytes() + 1]));
        Map<String, String> badKey = new java.util.HashMap<>(jsonAuth(acme));
        badKey.put("Idempotency-Key", "");
        assertProblem(400, api.connect().send("POST", "/v1/claims/professional", badKey, claim("professional-full", "KEY-0")));
    }

    @Test
    void aClaimReadsBackWithItsAcknowledgementsAndPaymentsAsTheyArrive() throws Exception {
        RawHttp h = api.connect();
        String id = json(h.send("POST", "/v1/claims/professional", jsonAuth(acme), claim("professional-full", "OUTCOME-1")))
                .get("id").asText();
        JsonNode before = json(h.send("GET", "/v1/claims/" + id, jsonAuth(acme), null));
        assertEquals(0, before.get("acknowledgements").size());
        assertEquals(0, before.get("payments").size());
        assertTrue(before.get("acknowledgements").isArray() && before.get("payments").isArray());

        var outcomes = new io.claimgate.gateway.store.ClaimOutcomeStore(api.db.dataSource());
        Instant at = Instant.parse("2024-06-02T08:00:00Z");
        assertTrue(outcomes.addAcknowledgement(acme.submitterId(), id,
                new io.claimgate.gateway.store.ClaimAcknowledgement("277CA", "A1", "000000042", "STC A1:20", at)));
        assertTrue(outcomes.addPayment(acme.submitterId(), id, new io.claimgate.gateway.store.ClaimPayment("1",
                new java.math.BigDecimal("210.00"), new java.math.BigDecimal("150.50"), new java.math.BigDecimal("59.50"),
                "PAYER-77", "EFT-9", java.time.LocalDate.of(2024, 6, 20), at)));

        RawHttp.Response read = h.send("GET", "/v1/claims/" + id, jsonAuth(acme), null);
        JsonNode after = json(read);
        assertEquals("277CA", after.get("acknowledgements").get(0).get("kind").asText());
        assertEquals("A1", after.get("acknowledgements").get(0).get("status").asText());
        assertEquals("000000042", after.get("acknowledgements").get(0).get("controlNumber").asText());
        JsonNode pay = after.get("payments").get(0);
        assertEquals("1", pay.get("claimStatusCode").asText());
        assertTrue(read.body().contains("\"paidAmount\":150.50"), read.body());
        assertEquals("2024-06-20", pay.get("paymentDate").asText());
        assertEquals("EFT-9", pay.get("traceNumber").asText());
        assertProblem(404, h.send("GET", "/v1/claims/" + id, jsonAuth(other), null));
    }

    @Test
    void aRequestNotAnsweredInTimeGets503() {
        List<Runnable> never = new ArrayList<>();
        RawHttp h = new RawHttp(CONFIG, api.router, never::add);
        assertNull(h.send("GET", "/healthz", Map.of(), null));
        h.channel().advanceTimeBy(CONFIG.requestTimeoutSeconds() + 1, TimeUnit.SECONDS);
        h.channel().runScheduledPendingTasks();
        RawHttp.Response r = h.read();
        assertEquals(503, r.status());
        // The work finishing late writes nothing more.
        never.forEach(Runnable::run);
        h.channel().runPendingTasks();
        assertNull(h.read());
    }
}
