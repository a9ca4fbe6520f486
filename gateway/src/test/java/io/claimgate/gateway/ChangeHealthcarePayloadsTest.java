package io.claimgate.gateway;

import static io.claimgate.gateway.GatewayEndToEndTest.get;
import static io.claimgate.gateway.GatewayEndToEndTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.gateway.store.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims in the shapes existing clients of the Change Healthcare / Stedi claims API send (our own made-up
 * values in the structures of Stedi's published examples and of the CHC sandbox request the SonderMind and
 * WeInfuse client gems post), sent over a real socket to the gateway on H2 at the drop-in paths and at
 * {@code /v1/claims}: accepted, stored with the JSON as received, and answered in the API's response
 * shape (field names and JSON types of its {@code ClaimsSubmissionResponseContent}).
 */
class ChangeHealthcarePayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Response fields and their JSON types, as the API's response schema names them. */
    private static final Map<String, JsonNodeType> RESPONSE = Map.ofEntries(
            Map.entry("claimReference", JsonNodeType.OBJECT), Map.entry("controlNumber", JsonNodeType.STRING),
            Map.entry("editResponses", JsonNodeType.ARRAY), Map.entry("editStatus", JsonNodeType.STRING),
            Map.entry("errors", JsonNodeType.ARRAY), Map.entry("failure", JsonNodeType.OBJECT),
            Map.entry("httpStatusCode", JsonNodeType.STRING), Map.entry("meta", JsonNodeType.OBJECT),
            Map.entry("payer", JsonNodeType.OBJECT), Map.entry("status", JsonNodeType.STRING),
            Map.entry("tradingPartnerServiceId", JsonNodeType.STRING), Map.entry("warnings", JsonNodeType.ARRAY),
            Map.entry("x12", JsonNodeType.STRING),
            // ValidationException / ConflictException carry a code and a message
            Map.entry("code", JsonNodeType.STRING), Map.entry("message", JsonNodeType.STRING));
    private static final Set<String> CLAIM_REFERENCE = Set.of("claimType", "correlationId", "customerClaimNumber",
            "formatVersion", "patientControlNumber", "payerID", "payerId", "rhclaimNumber", "serviceLines",
            "submitterId", "timeOfResponse");
    private static final Set<String> PAYER = Set.of("payerID", "payerId", "payerName");
    private static final Set<String> META = Set.of("applicationMode", "billerId", "senderId", "submitterId", "traceId");
    /** ClaimsError, plus CHC's {@code field}. */
    private static final Set<String> ERROR = Set.of("code", "description", "followupAction", "location", "value", "field");
    /** ClaimsWarning {code, description}, plus the path as CHC's {@code field} and Stedi's {@code location}. */
    private static final Set<String> WARNING = Set.of("code", "description", "field", "location");

    private static TestDatabases.Handle store;
    private static Gateway gateway;
    private static IssuedKey key;

    @BeforeAll
    static void start() throws Exception {
        store = TestDatabases.H2.create();
        HttpConfig d = HttpConfig.defaults();
        HttpConfig loopback = new HttpConfig("127.0.0.1", 0, d.maxBodyBytes(), d.maxHeaderBytes(), d.maxJsonDepth(),
                d.idleTimeoutSeconds(), d.requestTimeoutSeconds(), 2);
        gateway = Gateway.start(new GatewayConfig(loopback, store.config()), Clock.systemUTC());
        key = new SubmitterStore(gateway.database().dataSource(), Clock.systemUTC()).add("CHC client").orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        store.close();
    }

    private static ObjectNode fixture(String name, String pcn) throws IOException {
        try (InputStream in = ChangeHealthcarePayloadsTest.class.getResourceAsStream("/claims/" + name)) {
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) tree.get("claimInformation")).put("patientControlNumber", pcn);
            return tree;
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', value = {
        "chc-style-providers-array.json | /medicalnetwork/professionalclaims/v3 | FIELD_NOT_USED tradingPartnerId, CREDENTIALS_NOT_STORED headers, "
                + "NORMALIZED claimInformation.serviceFacilityLocation.address.state, NORMALIZED dependent.address.state, "
                + "NORMALIZED payToAddress.postalCode, NORMALIZED payToAddress.state, "
                + "NORMALIZED providers[0].address.state, NORMALIZED subscriber.address.state",
        "professional-providers-array.json | /change/medicalnetwork/professionalclaims/v3 | ",
        "stedi-style-professional.json | /change/medicalnetwork/professionalclaims/v3 | ",
        "professional-full.json | /medicalnetwork/professionalclaims/v3 | ",
        "inst-stedi-style-providers.json | /change/medicalnetwork/institutionalclaims/v1 | ",
        "inst-stedi-style-objects.json | /medicalnetwork/institutionalclaims/v1 | ",
        "inst-chc-style.json | /change/medicalnetwork/institutionalclaims/v1 | CREDENTIALS_NOT_STORED headers, "
                + "NORMALIZED billingPayToAddressName.address.state, NORMALIZED providers[0].address.state, "
                + "NORMALIZED subscriber.address.postalCode, NORMALIZED subscriber.address.state",
        "institutional-full.json | /medicalnetwork/institutionalclaims/v1 | ",
        "chc-sandbox-icd9.json | /medicalnetwork/professionalclaims/v3 | FIELD_NOT_USED tradingPartnerId, CREDENTIALS_NOT_STORED headers, "
                + "NORMALIZED claimInformation.serviceFacilityLocation.address.state, NORMALIZED dependent.address.state, "
                + "NORMALIZED payToAddress.postalCode, NORMALIZED payToAddress.state, "
                + "NORMALIZED providers[0].address.state, NORMALIZED subscriber.address.state",
        "stedi-script-nulls.json | /2024-04-01/change/medicalnetwork/professionalclaims/v3 | ",
        "stedi-style-professional.json | /2024-04-01/change/medicalnetwork/professionalclaims/v3 | ",
        "inst-stedi-style-objects.json | /2024-04-01/change/medicalnetwork/institutionalclaims/v1 | ",
        "stedi-test-payer-repairs.json | /change/medicalnetwork/professionalclaims/v3 | NORMALIZED claimInformation.claimChargeAmount",
        "inst-providers-padded-modifiers.json | /medicalnetwork/institutionalclaims/v1 | "
                + "FIELD_NOT_USED providers[1].address, FIELD_NOT_USED providers[1].taxonomyCode, "
                + "FIELD_NOT_USED subscriber.policyNumber, NORMALIZED claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode, "
                + "NORMALIZED claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode, "
                + "NORMALIZED claimInformation.serviceLines[0].institutionalService.procedureModifiers, "
                + "NORMALIZED claimInformation.serviceLines[1].institutionalService.procedureModifiers, "
                + "UNKNOWN_FIELD claimInformation.serviceLines[0].institutionalService.compositeDiagnosisCodePointers, "
                + "UNKNOWN_FIELD claimInformation.serviceLines[1].institutionalService.compositeDiagnosisCodePointers",
    })
    void isValidatedThenStoredAndAnsweredInTheApisShape(String file, String base, String warnings) throws Exception {
        int port = gateway.port();
        String pcn = "P" + Integer.toHexString(file.hashCode() ^ base.hashCode());
        ObjectNode claim = fixture(file, pcn);
        Set<String> expectedWarnings = new TreeSet<>();
        if (warnings != null) {
            for (String w : warnings.split(",")) {
                expectedWarnings.add(w.trim());
            }
        }

        HttpResponse<String> validation = post(port, base + "/validation", key.key(), JSON.writeValueAsBytes(claim));
        assertEquals(200, validation.statusCode(), validation.body());
        JsonNode v = JSON.readTree(validation.body());
        assertShape(v);
        assertNull(v.get("claimReference").get("correlationId"), "validation stores nothing");
        assertEquals(expectedWarnings, warnings(v));

        HttpResponse<String> submitted = post(port, base + "/submission", key.key(), JSON.writeValueAsBytes(claim));
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonNode s = JSON.readTree(submitted.body());
        assertShape(s);
        assertEquals("SUCCESS", s.get("status").asText());
        assertEquals("200 OK", s.get("httpStatusCode").asText());
        assertEquals(0, s.get("errors").size());
        assertEquals(expectedWarnings, warnings(s));
        assertEquals(claim.get("tradingPartnerServiceId").asText(), s.get("tradingPartnerServiceId").asText());
        assertEquals(claim.get("tradingPartnerServiceId").asText(), s.get("payer").get("payerId").asText());
        JsonNode ref = s.get("claimReference");
        assertEquals(pcn, ref.get("patientControlNumber").asText());
        assertEquals(base.contains("professional") ? "PRO" : "INS", ref.get("claimType").asText());
        assertEquals("5010", ref.get("formatVersion").asText());
        assertEquals(ref.get("correlationId").asText(), ref.get("rhclaimNumber").asText());
        assertEquals(claim.get("claimInformation").get("serviceLines").size(), ref.get("serviceLines").size());

        HttpResponse<String> read = get(port, "/v1/claims/" + ref.get("correlationId").asText(), key.key());
        assertEquals(200, read.statusCode(), read.body());
        JsonNode stored = JSON.readTree(read.body()).get("claim");
        assertFalse(stored.has("headers"), "credentials (the CHC password in headers) are never stored");
        assertFalse(read.body().contains("not-a-real-password"));
        ObjectNode withoutCredentials = claim.deepCopy();
        withoutCredentials.remove("headers");
        assertEquals(withoutCredentials, stored, "the JSON is stored as received, unknown fields too, credentials not");
    }

    /**
     * A billing system's export as it keeps its values (ICD-10-CM with the dot, lower-case codes, ISO dates, a
     * CPT code with a trailing space, a HCPCS code in lower case, padded modifier slots, a hyphenated ZIP+4),
     * plus what the 837 has no room for (a policy number beside the group number, the rendering provider's
     * address): accepted at a drop-in path and at /v1 with every repair and every field not sent told as a
     * warning at its path; the claim is stored as received, its normalized fields from the repaired values.
     */
    @Test
    void aBillingSystemsExportIsRepairedAndEveryRepairIsTold() throws Exception {
        int port = gateway.port();
        Set<String> expected;
        try (InputStream in = ChangeHealthcarePayloadsTest.class.getResourceAsStream("/claims/billing-system-export.warnings")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        ObjectNode claim = fixture("billing-system-export.json", "EXPORT-CHC");
        HttpResponse<String> chc = post(port, "/2024-04-01/change/medicalnetwork/professionalclaims/v3/submission",
                key.key(), JSON.writeValueAsBytes(claim));
        assertEquals(200, chc.statusCode(), chc.body());
        JsonNode s = JSON.readTree(chc.body());
        assertShape(s);
        assertEquals("SUCCESS", s.get("status").asText());
        assertEquals(0, s.get("errors").size());
        assertEquals(expected, warnings(s));
        for (JsonNode w : s.get("warnings")) {
            assertFalse(w.get("description").asText().contains("E10.65"), "a warning never quotes the value");
        }
        HttpResponse<String> read = get(port, "/v1/claims/" + s.get("claimReference").get("correlationId").asText(),
                key.key());
        JsonNode stored = JSON.readTree(read.body());
        assertEquals(claim, stored.get("claim"), "stored as received");

        ObjectNode v1 = fixture("billing-system-export.json", "EXPORT-V1");
        HttpResponse<String> r = post(port, "/v1/claims/professional", key.key(), JSON.writeValueAsBytes(v1));
        assertEquals(201, r.statusCode(), r.body());
        Set<String> v1Warnings = new TreeSet<>();
        JSON.readTree(r.body()).get("warnings").forEach(w -> v1Warnings.add(w.get("code").asText() + " "
                + w.get("path").asText()));
        assertEquals(expected, v1Warnings);

        // institutional: the diagnosis fields with their dot, an ISO admission date and hour, a lower-case
        // gender, the operating physician's taxonomy (the 837I has a PRV for the attending provider only)
        ObjectNode inst = fixture("institutional-full.json", "EXPORT-INST");
        ObjectNode info = (ObjectNode) inst.get("claimInformation");
        ((ObjectNode) info.get("principalDiagnosis")).put("principalDiagnosisCode", "J18.9");
        ((ObjectNode) info.get("admittingDiagnosis")).put("admittingDiagnosisCode", "R06.02");
        ((ObjectNode) info.get("claimDateInformation")).put("admissionDateAndHour", "2024-03-01T10:30");
        ((ObjectNode) inst.get("subscriber")).put("gender", "f");
        ((ObjectNode) inst.get("operatingPhysician")).put("taxonomyCode", "207X00000X");
        Set<String> instExpected = Set.of("NORMALIZED claimInformation.principalDiagnosis.principalDiagnosisCode",
                "NORMALIZED claimInformation.admittingDiagnosis.admittingDiagnosisCode",
                "NORMALIZED claimInformation.claimDateInformation.admissionDateAndHour", "NORMALIZED subscriber.gender",
                "FIELD_NOT_USED operatingPhysician.taxonomyCode");
        HttpResponse<String> instChc = post(port, "/change/medicalnetwork/institutionalclaims/v1/submission", key.key(),
                JSON.writeValueAsBytes(inst));
        assertEquals(200, instChc.statusCode(), instChc.body());
        assertEquals(instExpected, warnings(JSON.readTree(instChc.body())));
        info.put("patientControlNumber", "EXPORT-INST-V1");
        HttpResponse<String> instV1 = post(port, "/v1/claims/institutional", key.key(), JSON.writeValueAsBytes(inst));
        assertEquals(201, instV1.statusCode(), instV1.body());
    }

    @Test
    void credentialsInTheBodyAreDroppedOnEveryWayInWithAWarning() throws Exception {
        int port = gateway.port();
        ObjectNode claim = fixture("stedi-style-professional.json", "CRED-1");
        claim.putObject("headers").put("username", "made-up-user").put("password", "not-a-real-password");
        claim.put("client_secret", "not-a-real-secret");
        HttpResponse<String> r = post(port, "/v1/claims/professional", key.key(), JSON.writeValueAsBytes(claim));
        assertEquals(201, r.statusCode(), r.body());
        Set<String> codes = new TreeSet<>();
        JSON.readTree(r.body()).get("warnings").forEach(w -> codes.add(w.get("code").asText() + " " + w.get("path").asText()));
        assertTrue(codes.containsAll(Set.of("CREDENTIALS_NOT_STORED headers", "CREDENTIALS_NOT_STORED client_secret")), codes.toString());
        String id = JSON.readTree(r.body()).get("id").asText();
        HttpResponse<String> read = get(port, "/v1/claims/" + id, key.key());
        JsonNode stored = JSON.readTree(read.body()).get("claim");
        assertFalse(stored.has("headers") || stored.has("client_secret"), stored.toString());
        assertFalse(read.body().contains("not-a-real"), "no credential anywhere in what is stored");

        ObjectNode batched = fixture("stedi-style-professional.json", "CRED-2");
        batched.putObject("headers").put("password", "not-a-real-password");
        HttpResponse<String> batch = post(port, "/v1/batches?kind=professional", key.key(),
                JSON.writeValueAsBytes(JSON.createArrayNode().add(batched)));
        assertEquals(201, batch.statusCode(), batch.body());
        String batchedId = JSON.readTree(batch.body()).get("results").get(0).get("claimId").asText();
        HttpResponse<String> readBatched = get(port, "/v1/claims/" + batchedId, key.key());
        assertFalse(JSON.readTree(readBatched.body()).get("claim").has("headers"));
        assertFalse(readBatched.body().contains("not-a-real-password"));
    }

    /**
     * A client that writes every field of its model, the unset ones as "" (client-empty-strings.json): accepted at
     * the drop-in paths, each "" told as a NORMALIZED warning at its path and nothing else; stored as received.
     */
    @Test
    void emptyStringsForUnsetFieldsAreAcceptedAndEachIsTold() throws Exception {
        int port = gateway.port();
        ObjectNode claim = fixture("client-empty-strings.json", "EMPTY-CHC");
        for (String path : List.of("/validation", "/submission")) {
            HttpResponse<String> r = post(port, "/medicalnetwork/professionalclaims/v3" + path, key.key(),
                    JSON.writeValueAsBytes(claim));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            assertEquals(0, body.get("errors").size(), r.body());
            assertEquals(25, body.get("warnings").size(), r.body());
            body.get("warnings").forEach(w -> assertEquals("NORMALIZED", w.get("code").asText(), w.toString()));
            assertTrue(warnings(body).contains("NORMALIZED subscriber.middleName"), r.body());
            assertTrue(warnings(body).contains("NORMALIZED claimInformation.serviceLines[0].serviceDateEnd"), r.body());
        }
    }

    @Test
    void theSameShapesAreAcceptedAtTheV1Paths() throws Exception {
        int port = gateway.port();
        for (String[] c : new String[][] {{"chc-style-providers-array.json", "professional"},
            {"stedi-style-professional.json", "professional"}, {"inst-chc-style.json", "institutional"},
            {"inst-stedi-style-objects.json", "institutional"}, {"chc-sandbox-icd9.json", "professional"},
            {"stedi-script-nulls.json", "professional"}, {"stedi-test-payer-repairs.json", "professional"},
            {"inst-providers-padded-modifiers.json", "institutional"}, {"billing-system-export.json", "professional"},
            {"client-empty-strings.json", "professional"}}) {
            HttpResponse<String> r = post(port, "/v1/claims/" + c[1], key.key(),
                    JSON.writeValueAsBytes(fixture(c[0], "V1-" + c[0].hashCode())));
            assertEquals(201, r.statusCode(), c[0] + ": " + r.body());
        }
    }

    @Test
    void anInvalidClaimIsAnsweredWithEveryErrorItsPathAndTheValueSent() throws Exception {
        ObjectNode claim = fixture("stedi-style-professional.json", "BAD-1");
        ObjectNode info = (ObjectNode) claim.get("claimInformation");
        info.put("claimChargeAmount", "-150.00");
        info.put("claimFilingCode", "QQ");
        claim.put("somethingNew", "x");
        HttpResponse<String> r = post(gateway.port(), "/change/medicalnetwork/professionalclaims/v3/submission",
                key.key(), JSON.writeValueAsBytes(claim));
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body());
        assertShape(e);
        assertEquals("ERROR", e.get("status").asText());
        assertEquals("400 BAD_REQUEST", e.get("httpStatusCode").asText());
        assertEquals("INVALID_CLAIM", e.get("code").asText());
        assertEquals("555001", e.get("controlNumber").asText());
        assertTrue(e.get("message").asText().startsWith("2 errors"), e.get("message").asText());
        Set<String> errors = new TreeSet<>();
        for (JsonNode x : e.get("errors")) {
            assertEquals(x.get("field").asText(), x.get("location").asText());
            assertEquals("Please Correct and Resubmit", x.get("followupAction").asText());
            assertFalse(x.get("description").asText().isEmpty());
            errors.add(x.get("code").asText() + " " + x.get("field").asText() + " = " + x.get("value").asText());
        }
        assertEquals(Set.of("INVALID_FORMAT claimInformation.claimChargeAmount = -150.00",
                "INVALID_CODE claimInformation.claimFilingCode = QQ"), errors);
        assertEquals(Set.of("UNKNOWN_FIELD somethingNew"), warnings(e), "warnings stay out of errors[]");
    }

    @Test
    void theApiKeyIsTakenAsStediClientsSendItToo() throws Exception {
        byte[] body = JSON.writeValueAsBytes(fixture("stedi-style-professional.json", "AUTH-STEDI"));
        for (String authorization : new String[] {key.key(), "Key " + key.key(), "Bearer " + key.key()}) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + gateway.port() + "/change/medicalnetwork/professionalclaims/v3/validation"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        }
        HttpResponse<String> basic = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gateway.port() + "/change/medicalnetwork/professionalclaims/v3/validation"))
                .header("Authorization", "Basic " + key.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, basic.statusCode());
    }

    @Test
    void aChcClientGetsATokenOverTheWireThenSubmitsWithItAndPingsTheHealthcheck() throws Exception {
        String base = "http://127.0.0.1:" + gateway.port();
        // as the SonderMind gem posts it (Net::HTTP.post_form) and reads it (expires_in added to a time)
        String form = "client_id=" + java.net.URLEncoder.encode("CHC client", java.nio.charset.StandardCharsets.UTF_8)
                + "&client_secret=" + key.key() + "&grant_type=client_credentials";
        HttpResponse<String> t = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/apip/auth/v2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, t.statusCode(), t.body());
        JsonNode token = JSON.readTree(t.body());
        assertEquals("bearer", token.get("token_type").asText());
        assertEquals(3600, token.get("expires_in").asInt());
        String bearer = "Bearer " + token.get("access_token").asText();

        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(base + "/medicalnetwork/professionalclaims/v3/healthcheck"))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("OK", JSON.readTree(health.body()).get("status").asText());

        HttpResponse<String> submitted = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(base + "/medicalnetwork/professionalclaims/v3/submission"))
                .header("Authorization", bearer).header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                        fixture("chc-style-providers-array.json", "TOKEN-WIRE")))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUCCESS", JSON.readTree(submitted.body()).get("status").asText());

        HttpResponse<String> wrong = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/apip/auth/v2/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"CHC client\",\"client_secret\":\"wrong\","
                        + "\"grant_type\":\"client_credentials\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", JSON.readTree(wrong.body()).get("error").asText());
    }

    private static Set<String> warnings(JsonNode body) {
        Set<String> out = new TreeSet<>();
        body.get("warnings").forEach(w -> out.add(w.get("code").asText() + " " + w.get("field").asText()));
        return out;
    }

    /** Only names of the API's response schema, each with its JSON type (strings where it has strings). */
    private static void assertShape(JsonNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertEquals(RESPONSE.get(f.getKey()), f.getValue().getNodeType(), f.getKey());
        }
        strings(body.get("claimReference"), CLAIM_REFERENCE, "serviceLines");
        if (body.has("claimReference") && body.get("claimReference").has("serviceLines")) {
            body.get("claimReference").get("serviceLines").forEach(l -> strings(l, Set.of("lineItemControlNumber"), null));
        }
        strings(body.get("payer"), PAYER, null);
        strings(body.get("meta"), META, null);
        body.get("errors").forEach(e -> strings(e, ERROR, null));
        body.get("warnings").forEach(w -> strings(w, WARNING, null));
    }

    private static void strings(JsonNode object, Set<String> names, String arrayField) {
        if (object == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertTrue(names.contains(f.getKey()), "unexpected field " + f.getKey());
            JsonNodeType expected = f.getKey().equals(arrayField) ? JsonNodeType.ARRAY : JsonNodeType.STRING;
            assertEquals(expected, f.getValue().getNodeType(), f.getKey());
        }
    }
}
