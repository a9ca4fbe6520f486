package io.claimgate.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Change Healthcare token endpoint ({@code POST /apip/auth/v2/token}) as CHC-era clients call it: form
 * encoded (SonderMind's gem, CHC's curl example), JSON (WeInfuse's gem), HTTP Basic; the token then works as a
 * Bearer credential on the drop-in paths and on /v1, and stops working when it expires or its key is revoked.
 */
class AccessTokenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRO_VALIDATION = "/medicalnetwork/professionalclaims/v3/validation";

    @TempDir
    static Path dir;
    static TestApi api;
    static IssuedKey key;

    @BeforeAll
    static void open() {
        api = TestApi.open(dir, HttpConfig.defaults(), BatchConfig.defaults(), Clock.systemUTC(), Metrics.create(false));
        key = api.submitter("Token Billing");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    private static ApiResponse post(String path, Map<String, String> headers, String body) {
        return api.router.handle(new ApiRequest("req_token", "POST", path, Map.of(), lower(headers),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> lower(Map<String, String> headers) {
        Map<String, String> out = new HashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }

    private static String form(String id, String secret) {
        return "grant_type=client_credentials&client_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    private static JsonNode json(ApiResponse r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String token(ApiResponse r) throws Exception {
        assertEquals(200, r.status(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode t = json(r);
        assertEquals("bearer", t.get("token_type").asText());
        assertTrue(t.get("expires_in").isIntegralNumber(), "expires_in is a number: clients add it to a time");
        assertEquals(3600, t.get("expires_in").asInt());
        assertEquals("no-store", r.headers().get("Cache-Control"));
        assertEquals(3, t.size(), t.toString());
        return t.get("access_token").asText();
    }

    private static ApiResponse validate(String authorization) throws Exception {
        return api.router.handle(new ApiRequest("req_val", "POST", PRO_VALIDATION, Map.of(),
                Map.of("authorization", authorization, "content-type", "application/json"),
                HttpApiTest.claim("professional-full", "TOKEN-1")));
    }

    @Test
    void aFormEncodedRequestGetsATokenThatWorksAsBearerOnTheDropInAndV1Paths() throws Exception {
        String token = token(post("/apip/auth/v2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form("Token Billing", key.key())));
        assertTrue(token.startsWith("cgt_"));
        assertEquals(200, validate("Bearer " + token).status());
        ApiResponse list = api.router.handle(new ApiRequest("req_list", "GET", "/v1/claims", Map.of(),
                Map.of("authorization", "Bearer " + token), new byte[0]));
        assertEquals(200, list.status());
        assertEquals(key.submitterId(), list.submitterId());
    }

    @Test
    void jsonBasicTheChangePrefixATrailingSlashAndTheSubmitterIdAsClientIdWorkToo() throws Exception {
        String body = JSON.writeValueAsString(Map.of("client_id", key.submitterId(), "client_secret", key.key(),
                "grant_type", "client_credentials"));
        assertEquals(200, validate("Bearer " + token(post("/apip/auth/v2/token/",
                Map.of("Content-Type", "application/json"), body))).status());
        // no grant_type, no content type (a Python client posting json=)
        String bare = JSON.writeValueAsString(Map.of("client_id", "Token Billing", "client_secret", key.key()));
        token(post("/change/apip/auth/v2/token", Map.of(), bare));
        String basic = Base64.getEncoder().encodeToString(("Token Billing:" + key.key()).getBytes(StandardCharsets.UTF_8));
        token(post("/apip/auth/v2/token", Map.of("Authorization", "Basic " + basic,
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials"));
    }

    @Test
    void wrongCredentialsAre401InvalidClientAndBadRequestsAre400InOAuthsShape() throws Exception {
        IssuedKey other = api.submitter("Other Billing");
        for (String body : new String[] {form("Token Billing", other.key()), form("Token Billing", key.key() + "x"),
            form("Nobody", key.key()), form("Token Billing", "cg_0000000000000000_" + "A".repeat(43))}) {
            ApiResponse r = post("/apip/auth/v2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
            assertEquals(401, r.status(), body);
            assertEquals("application/json", r.contentType());
            assertEquals("invalid_client", json(r).get("error").asText());
            assertFalse(json(r).get("error_description").asText().isEmpty());
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains(key.key()), "the secret is not echoed");
        }
        ApiResponse grant = post("/apip/auth/v2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=password&client_id=Token+Billing&client_secret=" + key.key());
        assertEquals(400, grant.status());
        assertEquals("unsupported_grant_type", json(grant).get("error").asText());
        ApiResponse missing = post("/apip/auth/v2/token", Map.of("Content-Type", "application/json"), "{\"client_id\":\"x\"}");
        assertEquals(400, missing.status());
        assertEquals("invalid_request", json(missing).get("error").asText());
        assertEquals(400, post("/apip/auth/v2/token", Map.of("Content-Type", "application/json"), "{nope").status());
        assertEquals(401, validate("Bearer cgt_0000000000000000_" + "A".repeat(43)).status(), "an unknown token");
    }

    @Test
    void revokingTheKeyEndsItsTokensAndAnExpiredTokenIsRefused() throws Exception {
        IssuedKey k = api.submitter("Revoked Billing");
        String token = token(post("/apip/auth/v2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form("Revoked Billing", k.key())));
        assertEquals(200, validate("Bearer " + token).status());
        assertTrue(api.submitters.revoke(k.keyId()));
        assertEquals(401, validate("Bearer " + token).status(), "the key was revoked");
        assertEquals(401, post("/apip/auth/v2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form("Revoked Billing", k.key())).status(), "a revoked key gets no token");

        // A token issued an hour and a minute ago has expired.
        SubmitterStore earlier = new SubmitterStore(api.db.dataSource(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-61)));
        String old = earlier.issueToken("Token Billing", key.key()).orElseThrow().token();
        assertEquals(401, validate("Bearer " + old).status(), "expired");
        assertTrue(api.submitters.authenticate(old).isEmpty());
        String fresh = api.submitters.issueToken("Token Billing", key.key()).orElseThrow().token();
        assertEquals(key.submitterId(), api.submitters.authenticate(fresh).orElseThrow().submitterId());
        assertTrue(api.submitters.issueToken("Token Billing", fresh).isEmpty(), "a token does not buy another token");
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        String token = api.submitters.issueToken("Token Billing", key.key()).orElseThrow().token();
        // cgt_<id>_<secret>: the secret may itself hold '_', so split at the first two only
        String secret = token.split("_", 3)[2];
        try (Connection c = api.db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, secret_sha256 FROM access_tokens")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertFalse(rs.getString(2).contains(secret));
                assertFalse(token.equals(rs.getString(1)));
            }
            assertTrue(rows > 0);
        }
    }

    @Test
    void theHealthchecksAnswerAsChcs() throws Exception {
        for (String path : new String[] {"/medicalnetwork/professionalclaims/v3/healthcheck",
            "/change/medicalnetwork/institutionalclaims/v1/healthcheck"}) {
            ApiResponse r = api.router.handle(new ApiRequest("req_hc", "GET", path, Map.of(),
                    Map.of("authorization", "Bearer whatever"), new byte[0]));
            assertEquals(200, r.status());
            JsonNode h = json(r);
            assertEquals("OK", h.get("status").asText());
            assertEquals(path.contains("professional") ? "v3" : "v1", h.get("version").asText());
            h.forEach(v -> assertTrue(v.isTextual(), "strings only: clients read a Hash<String, String>"));
        }
    }
}
