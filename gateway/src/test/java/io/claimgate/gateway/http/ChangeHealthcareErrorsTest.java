package io.claimgate.gateway.http;

import static io.claimgate.gateway.http.TestApi.jsonAuth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.store.ClaimContentTest;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.IssuedKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the Change Healthcare drop-in paths every answer, errors included, is in that API's response shape
 * (status, httpStatusCode, code, message, errors[] of {field, code, description, followupAction, location});
 * the same failures on the /v1 paths stay RFC 9457 problem documents. Through the real pipeline.
 */
class ChangeHealthcareErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpConfig CONFIG = new HttpConfig("127.0.0.1", 0, 64 * 1024, 2048, 16, 60, 30, 2);
    private static final String PRO = "/medicalnetwork/professionalclaims/v3";
    private static final String INS_PREFIXED = "/change/medicalnetwork/institutionalclaims/v1";

    /** Top-level fields of an error answer and their JSON types. */
    private static final Map<String, JsonNodeType> TOP = Map.of("status", JsonNodeType.STRING,
            "httpStatusCode", JsonNodeType.STRING, "code", JsonNodeType.STRING, "message", JsonNodeType.STRING,
            "controlNumber", JsonNodeType.STRING, "tradingPartnerServiceId", JsonNodeType.STRING,
            "meta", JsonNodeType.OBJECT, "editStatus", JsonNodeType.STRING, "errors", JsonNodeType.ARRAY,
            "warnings", JsonNodeType.ARRAY);
    private static final Set<String> ERROR = Set.of("field", "value", "code", "description", "followupAction", "location");

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey acme;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, CONFIG, BatchConfig.defaults());
        acme = api.submitter("CHC Errors Billing");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    private static byte[] claim(String pcn) throws Exception {
        return HttpApiTest.claim("professional-full", pcn);
    }

    private static Map<String, String> withKey(String idempotencyKey) {
        Map<String, String> h = new HashMap<>(jsonAuth(acme));
        h.put("Idempotency-Key", idempotencyKey);
        return h;
    }

    /** Asserts the CHC error shape with this status; returns its single (first) error. */
    static JsonNode assertChcError(int status, String code, RawHttp.Response r) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/json", r.header("content-type"), r.body());
        JsonNode body = JSON.readTree(r.body());
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertEquals(TOP.get(f.getKey()), f.getValue().getNodeType(), "field " + f.getKey() + " of " + r.body());
        }
        assertEquals("ERROR", body.get("status").asText());
        assertTrue(body.get("httpStatusCode").asText().startsWith(status + " "), body.toString());
        assertEquals(code, body.get("code").asText());
        assertFalse(body.get("message").asText().isEmpty());
        assertEquals(0, body.get("warnings").size());
        assertTrue(body.get("errors").size() >= 1, body.toString());
        for (JsonNode e : body.get("errors")) {
            e.fieldNames().forEachRemaining(n -> assertTrue(ERROR.contains(n), "unexpected " + n));
            assertFalse(e.get("description").asText().isEmpty());
            assertFalse(e.get("followupAction").asText().isEmpty());
        }
        assertFalse(body.has("type") || body.has("title"), "not a problem document");
        return body.get("errors").get(0);
    }

    @Test
    void anIdempotencyKeyStillInFlightIs409InTheChcShapeAndAProblemOnV1() throws Exception {
        new IdempotencyStore(api.db.dataSource(), TestApi.CLOCK).reserve(acme.submitterId(), "chc-in-flight",
                "c".repeat(64), Duration.ofMinutes(15));
        RawHttp h = api.connect();
        RawHttp.Response chc = h.send("POST", PRO + "/submission", withKey("chc-in-flight"), claim("CHC-ERR-1"));
        JsonNode e = assertChcError(409, "IDEMPOTENCY_KEY_IN_USE", chc);
        assertEquals("Idempotency-Key", e.get("field").asText());
        assertEquals("Resubmission Allowed", e.get("followupAction").asText(), "the same request may be sent again");
        JsonNode body = JSON.readTree(chc.body());
        assertEquals("409 CONFLICT", body.get("httpStatusCode").asText());
        assertEquals(acme.submitterId(), body.get("meta").get("submitterId").asText());
        assertEquals(chc.header("x-request-id"), body.get("meta").get("traceId").asText());
        assertEquals("60054", body.get("tradingPartnerServiceId").asText(), "what the request named is echoed");

        HttpApiTest.assertProblem(409, h.send("POST", "/v1/claims/professional", withKey("chc-in-flight"),
                claim("CHC-ERR-1")));
    }

    @Test
    void theEditAnswerAndTheDuplicateConflictCarryATopLevelCodeAsTheOtherErrorsDo() throws Exception {
        RawHttp h = api.connect();
        ObjectNode bad = (ObjectNode) JSON.readTree(claim("CHC-ERR-EDIT"));
        bad.remove("tradingPartnerServiceId");
        JsonNode edit = assertChcError(400, "INVALID_CLAIM", h.send("POST", PRO + "/submission", jsonAuth(acme),
                JSON.writeValueAsBytes(bad)));
        assertEquals("tradingPartnerServiceId", edit.get("field").asText());

        byte[] first = claim("CHC-ERR-DUP");
        assertEquals(200, h.send("POST", PRO + "/submission", jsonAuth(acme), first).status());
        ObjectNode changed = (ObjectNode) JSON.readTree(first);
        changed.put("controlNumber", "000000002");
        RawHttp.Response conflict = h.send("POST", PRO + "/submission", jsonAuth(acme), JSON.writeValueAsBytes(changed));
        JsonNode dup = assertChcError(409, "DUPLICATE_CLAIM", conflict);
        assertEquals("DUPLICATE_CLAIM", dup.get("code").asText());
        assertEquals("Resubmission Not Allowed", dup.get("followupAction").asText());
        assertEquals("controlNumber", dup.get("field").asText(), "the field that differs from the original");
        assertEquals("000000002", dup.get("value").asText());
    }

    @Test
    void aResendDifferingOnlyInWhatIntakeRepairsGetsTheStoredClaimAndARealChangeNamesItsField() throws Exception {
        RawHttp h = api.connect();
        byte[] first = claim("CHC-REPAIRED");
        RawHttp.Response stored = h.send("POST", PRO + "/submission", jsonAuth(acme), first);
        assertEquals(200, stored.status(), stored.body());
        String claimId = JSON.readTree(stored.body()).get("claimReference").get("correlationId").asText();
        ObjectNode repaired = (ObjectNode) JSON.readTree(first);
        ClaimContentTest.repairable(repaired);

        RawHttp.Response again = h.send("POST", PRO + "/submission", jsonAuth(acme), JSON.writeValueAsBytes(repaired));
        assertEquals(200, again.status(), again.body());
        assertEquals(claimId, JSON.readTree(again.body()).get("claimReference").get("correlationId").asText());

        ((ObjectNode) repaired.get("claimInformation").get("healthCareCodeInformation").get(0)).put("diagnosisCode", "S13.5XXA");
        JsonNode dup = assertChcError(409, "DUPLICATE_CLAIM",
                h.send("POST", PRO + "/submission", jsonAuth(acme), JSON.writeValueAsBytes(repaired)));
        assertEquals("claimInformation.healthCareCodeInformation[0].diagnosisCode", dup.get("field").asText());
        assertEquals("claimInformation.healthCareCodeInformation[0].diagnosisCode", dup.get("location").asText());
        assertEquals("S13.5XXA", dup.get("value").asText());
    }

    @Test
    void aReusedIdempotencyKeyIs422InTheChcShapeAndTheFirstAnswerIsReplayedAsItWas() throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response first = h.send("POST", PRO + "/submission", withKey("chc-reuse"), claim("CHC-ERR-2"));
        assertEquals(200, first.status(), first.body());
        RawHttp.Response replay = h.send("POST", PRO + "/submission", withKey("chc-reuse"), claim("CHC-ERR-2"));
        assertEquals(first.body(), replay.body());
        assertEquals("true", replay.header("idempotency-replayed"));

        RawHttp.Response reused = h.send("POST", PRO + "/submission", withKey("chc-reuse"), claim("CHC-ERR-3"));
        JsonNode e = assertChcError(422, "IDEMPOTENCY_KEY_REUSED", reused);
        assertEquals("422 UNPROCESSABLE_ENTITY", JSON.readTree(reused.body()).get("httpStatusCode").asText());
        assertEquals("Please Correct and Resubmit", e.get("followupAction").asText());
        assertEquals("Idempotency-Key", e.get("location").asText());

        RawHttp.Response badKey = h.send("POST", INS_PREFIXED + "/submission", withKey("has space"), claim("CHC-ERR-4"));
        assertChcError(400, "INVALID_IDEMPOTENCY_KEY", badKey);
        HttpApiTest.assertProblem(422, h.send("POST", "/v1/claims/professional", withKey("chc-reuse"), claim("CHC-ERR-5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {PRO + "/submission", PRO + "/validation", INS_PREFIXED + "/submission",
        "/change/medicalnetwork/professionalclaims/v3/validation", "/2024-04-01/change/medicalnetwork/institutionalclaims/v1/validation"})
    void noKeyWrongMethodAndWrongMediaTypeAreInTheChcShape(String path) throws Exception {
        RawHttp h = api.connect();
        RawHttp.Response unauthorized = h.send("POST", path, Map.of("Content-Type", "application/json"), claim("CHC-ERR-6"));
        JsonNode e = assertChcError(401, "UNAUTHORIZED", unauthorized);
        assertEquals("Authorization", e.get("field").asText());
        assertNotNull(unauthorized.header("www-authenticate"), "headers of the answer are kept");

        RawHttp.Response get = h.send("GET", path, jsonAuth(acme), null);
        assertChcError(405, "METHOD_NOT_ALLOWED", get);
        assertEquals("POST", get.header("allow"));

        RawHttp.Response text = h.send("POST", path, Map.of("Authorization", "Bearer " + acme.key(),
                "Content-Type", "text/plain"), "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("Content-Type", assertChcError(415, "UNSUPPORTED_MEDIA_TYPE", text).get("field").asText());
    }

    @Test
    void anUnknownPathUnderTheDropInPrefixIs404InTheChcShapeElsewhereAProblem() throws Exception {
        RawHttp h = api.connect();
        assertChcError(404, "NOT_FOUND", h.send("POST", "/medicalnetwork/professionalclaims/v3/raw-x12-submission",
                jsonAuth(acme), claim("CHC-ERR-7")));
        assertChcError(404, "NOT_FOUND", h.send("GET", "/change/medicalnetwork/dentalclaims/v1/healthcheck", Map.of(), null));
        HttpApiTest.assertProblem(404, h.send("GET", "/v1/nowhere", jsonAuth(acme), null));
    }

    @Test
    void aBodyPastTheLimitIs413InTheChcShapeWithOrWithoutExpectContinue() throws Exception {
        byte[] padded = new byte[CONFIG.maxBodyBytes() + 1];
        java.util.Arrays.fill(padded, (byte) ' ');
        RawHttp h = api.connect();
        JsonNode e = assertChcError(413, "BODY_TOO_LARGE", h.send("POST", PRO + "/submission", jsonAuth(acme), padded));
        assertTrue(e.get("description").asText().contains(String.valueOf(CONFIG.maxBodyBytes())), e.toString());

        RawHttp expect = api.connect();
        expect.write(("POST " + INS_PREFIXED + "/submission HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + acme.key() + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + (CONFIG.maxBodyBytes() + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertChcError(413, "BODY_TOO_LARGE", expect.read());
    }

    @Test
    void aStoreThatDoesNotAnswerIs503InTheChcShapeWithResubmissionAllowed(@TempDir Path down) throws Exception {
        TestApi broken = TestApi.open(down, CONFIG, BatchConfig.defaults());
        IssuedKey key = broken.submitter("Down Billing");
        broken.db.close();
        try {
            RawHttp h = broken.connect();
            RawHttp.Response r = h.send("POST", PRO + "/submission", jsonAuth(key), claim("CHC-ERR-8"));
            JsonNode e = assertChcError(503, "STORE_UNAVAILABLE", r);
            assertEquals("Resubmission Allowed", e.get("followupAction").asText());
            assertEquals("503 SERVICE_UNAVAILABLE", JSON.readTree(r.body()).get("httpStatusCode").asText());
            HttpApiTest.assertProblem(503, h.send("POST", "/v1/claims/professional", jsonAuth(key), claim("CHC-ERR-8")));
        } finally {
            broken.metrics.close();
        }
    }

    @Test
    void theHttpStatusTextIsTheStatusAndItsNameInCapitals() {
        assertEquals("409 CONFLICT", ChangeHealthcareErrors.statusText(409));
        assertEquals("404 NOT_FOUND", ChangeHealthcareErrors.statusText(404));
        assertEquals("413 REQUEST_ENTITY_TOO_LARGE", ChangeHealthcareErrors.statusText(413));
        assertEquals("500 INTERNAL_SERVER_ERROR", ChangeHealthcareErrors.statusText(500));
    }
}
