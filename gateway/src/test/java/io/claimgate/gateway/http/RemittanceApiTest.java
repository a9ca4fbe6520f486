package io.claimgate.gateway.http;

import static io.claimgate.gateway.http.TestApi.jsonAuth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.ClaimOutcomeStore;
import io.claimgate.gateway.store.ClaimPayment;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.PaymentAdjustment;
import io.claimgate.gateway.store.PaymentLine;
import io.claimgate.gateway.store.PaymentRemark;
import io.claimgate.gateway.store.TestDatabases;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /v1/remittances} and {@code GET /v1/remittances/{id}} through the real pipeline, over the real
 * MariaDB and H2: the submitter's posted claim payments newest first with a cursor, filtered, one in full
 * with its CAS, remark codes and lines; another submitter's are never listed and are 404.
 */
class RemittanceApiTest {
    /** Numbers read with their digits, as the answer has them (64.00, not 64.0). */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static JsonNode ok(RawHttp.Response r) throws Exception {
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("remittances").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aSubmitterReadsItsOwnRemittancesOnlyAPageAtATimeAndEachInFull(TestDatabases kind) throws Exception {
        try (TestDatabases.Handle store = kind.create(); Metrics metrics = Metrics.detached()) {
            TestApi api = new TestApi(store.database(), HttpConfig.defaults(), BatchConfig.defaults(), TestApi.CLOCK, metrics);
            IssuedKey acme = api.submitter("Remit Acme " + kind);
            IssuedKey other = api.submitter("Remit Other " + kind);
            RawHttp h = api.connect();
            RawHttp.Response created = h.send("POST", "/v1/claims/professional", jsonAuth(acme),
                    HttpApiTest.claim("professional-full", "REMIT-1"));
            assertEquals(201, created.status(), created.body());
            String claimId = JSON.readTree(created.body()).get("id").asText();
            RawHttp.Response theirs = h.send("POST", "/v1/claims/professional", jsonAuth(other),
                    HttpApiTest.claim("professional-full", "REMIT-1"));
            String theirClaimId = JSON.readTree(theirs.body()).get("id").asText();

            ClaimOutcomeStore outcomes = new ClaimOutcomeStore(store.database().dataSource());
            PaymentLine line = new PaymentLine(1, "HC", "99213", List.of("25", "59"), null, new BigDecimal("100.00"),
                    new BigDecimal("64.00"), new BigDecimal("1"), LocalDate.of(2026, 10, 1), "LINE-9", new BigDecimal("80.00"),
                    List.of(new PaymentAdjustment("CO", "45", new BigDecimal("20.00"), null),
                            new PaymentAdjustment("PR", "2", new BigDecimal("16.00"), null)),
                    List.of(new PaymentRemark("LQ", "N130")));
            String denied = outcomes.postPayment(acme.submitterId(), claimId, new ClaimPayment("4", new BigDecimal("100.00"),
                    BigDecimal.ZERO.setScale(2), null, "PCCN-1", "CHK-5501", LocalDate.of(2026, 10, 10),
                    Instant.parse("2026-10-11T08:00:00Z"))).orElseThrow();
            String paid = outcomes.postPayment(acme.submitterId(), claimId, new ClaimPayment("1", new BigDecimal("100.00"),
                    new BigDecimal("64.00"), new BigDecimal("16.00"), "PCCN-2", "EFT-7700", LocalDate.of(2026, 10, 20),
                    Instant.parse("2026-10-21T08:00:00Z"), "60054", "AETNA", "ACH", "CI",
                    List.of(new PaymentAdjustment("OA", "23", new BigDecimal("0.00"), null)),
                    List.of(new PaymentRemark("MOA", "MA01")), List.of(line))).orElseThrow();
            String hidden = outcomes.postPayment(other.submitterId(), theirClaimId, new ClaimPayment("1",
                    new BigDecimal("100.00"), new BigDecimal("100.00"), null, null, "EFT-7700", null,
                    Instant.parse("2026-10-22T08:00:00Z"))).orElseThrow();

            JsonNode page = ok(h.send("GET", "/v1/remittances?limit=1", jsonAuth(acme), null));
            assertEquals(List.of(paid), ids(page), "newest first");
            JsonNode summary = page.get("remittances").get(0);
            assertEquals(claimId, summary.get("claimId").asText());
            assertEquals("REMIT-1", summary.get("patientControlNumber").asText());
            assertEquals("professional", summary.get("claimKind").asText());
            assertEquals("EFT-7700", summary.get("traceNumber").asText());
            assertEquals(new BigDecimal("64.00"), summary.get("paidAmount").decimalValue());
            assertTrue(!summary.has("serviceLines"), "a list carries no detail");
            String cursor = page.get("nextCursor").asText();
            JsonNode next = ok(h.send("GET", "/v1/remittances?limit=1&cursor=" + cursor, jsonAuth(acme), null));
            assertEquals(List.of(denied), ids(next));
            assertTrue(next.get("nextCursor").isNull());

            assertEquals(List.of(denied), ids(ok(h.send("GET", "/v1/remittances?checkNumber=CHK-5501", jsonAuth(acme), null))));
            assertEquals(List.of(paid), ids(ok(h.send("GET", "/v1/remittances?traceNumber=EFT-7700", jsonAuth(acme), null))),
                    "the other submitter's payment with the same trace number is not listed");
            assertEquals(List.of(paid, denied), ids(ok(h.send("GET", "/v1/remittances?payer=60054", jsonAuth(acme), null))),
                    "the claim's payer id stands in when the 835 named none");
            assertEquals(List.of(paid), ids(ok(h.send("GET", "/v1/remittances?since=2026-10-15", jsonAuth(acme), null))));
            assertEquals(List.of(paid), ids(ok(h.send("GET", "/v1/remittances?since="
                    + URLEncoder.encode("2026-10-21T08:00:00Z", StandardCharsets.UTF_8), jsonAuth(acme), null))));
            assertEquals(List.of(denied), ids(ok(h.send("GET", "/v1/remittances?claimStatusCode=4", jsonAuth(acme), null))));
            assertEquals(List.of(denied, paid), ids(ok(h.send("GET", "/v1/remittances?order=id&claimId=" + claimId,
                    jsonAuth(acme), null))));
            assertEquals(List.of(), ids(ok(h.send("GET", "/v1/remittances?claimId=" + theirClaimId, jsonAuth(acme), null))));

            JsonNode full = ok(h.send("GET", "/v1/remittances/" + paid, jsonAuth(acme), null));
            assertEquals(paid, full.get("id").asText());
            assertEquals("AETNA", full.get("payerName").asText());
            assertEquals("ACH", full.get("paymentMethod").asText());
            assertEquals("2026-10-20", full.get("paymentDate").asText());
            assertEquals("OA 23 0.00", adjustment(full.get("adjustments").get(0)));
            assertEquals("MOA MA01", full.get("remarkCodes").get(0).get("source").asText() + " "
                    + full.get("remarkCodes").get(0).get("code").asText());
            JsonNode l = full.get("serviceLines").get(0);
            assertEquals(1, l.get("lineNumber").asInt());
            assertEquals("HC 99213 [\"25\",\"59\"]", l.get("procedureQualifier").asText() + " " + l.get("procedureCode").asText()
                    + " " + l.get("modifiers"));
            assertEquals("LINE-9", l.get("lineItemControlNumber").asText());
            assertEquals("2026-10-01", l.get("serviceDate").asText());
            assertEquals(new BigDecimal("80.00"), l.get("allowedAmount").decimalValue());
            assertEquals(List.of("CO 45 20.00", "PR 2 16.00"), List.of(adjustment(l.get("adjustments").get(0)),
                    adjustment(l.get("adjustments").get(1))));
            assertEquals("N130", l.get("remarkCodes").get(0).get("code").asText());

            JsonNode claim = ok(h.send("GET", "/v1/claims/" + claimId, jsonAuth(acme), null));
            assertEquals(denied, claim.get("payments").get(0).get("remittanceId").asText(), "the claim names its payments");
            assertEquals(paid, claim.get("payments").get(1).get("remittanceId").asText());

            // Another submitter: none of these, whatever it asks.
            HttpApiTest.assertProblem(404, h.send("GET", "/v1/remittances/" + paid, jsonAuth(other), null));
            HttpApiTest.assertProblem(404, h.send("GET", "/v1/remittances/rmt_99999999", jsonAuth(acme), null));
            assertEquals(List.of(hidden), ids(ok(h.send("GET", "/v1/remittances", jsonAuth(other), null))));
            assertEquals(List.of(), ids(ok(h.send("GET", "/v1/remittances?claimId=" + claimId, jsonAuth(other), null))));
            HttpApiTest.assertProblem(401, h.send("GET", "/v1/remittances", Map.of(), null));

            for (String bad : new String[] {"since=yesterday", "limit=0", "limit=1001", "cursor=nope", "order=oldest",
                "claimId=rmt_1", "checkNumber=A&traceNumber=B"}) {
                HttpApiTest.assertProblem(400, h.send("GET", "/v1/remittances?" + bad, jsonAuth(acme), null));
            }
        }
    }

    private static String adjustment(JsonNode a) {
        return a.get("groupCode").asText() + " " + a.get("reasonCode").asText() + " " + a.get("amount").decimalValue().toPlainString();
    }
}
