package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.claimgate.x12.claim.ClaimFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry points: examples pass, every issue is reported, paths and messages, SNIP levels. */
class ClaimValidationTest {
    @Test
    void examplesPass() {
        assertIssues(professional(professional()));
        assertIssues(institutional(institutional()));
        assertIssues(professional(tree("professional-providers-array.json")));
        assertEquals(List.of(), ClaimValidation.validate(bound(ClaimKind.PROFESSIONAL, professional()), CLOCK));
        assertEquals(List.of(), ClaimValidation.validate(bound(ClaimKind.INSTITUTIONAL, institutional()), CLOCK));
    }

    @Test
    void textAndBytesEntryPoints() throws IOException {
        String json = ClaimJsonTest.resource("institutional-full.json");
        ValidatedClaim fromText = ClaimValidation.check(ClaimKind.INSTITUTIONAL, json, CLOCK);
        ValidatedClaim fromBytes = ClaimValidation.check(ClaimKind.INSTITUTIONAL,
                json.getBytes(StandardCharsets.UTF_8), CLOCK);
        assertTrue(fromText.accepted());
        assertEquals(fromText, fromBytes);
        assertEquals("INPT-000456", fromText.claim().claimInformation().patientControlNumber());
    }

    @Test
    void everyClaimOfTheBatchPasses() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/claims/professional-batch.ndjson");
             ClaimStream stream = new ClaimStream(ClaimKind.PROFESSIONAL, in)) {
            assertNotNull(in);
            int n = 0;
            for (ClaimStream.Item item = stream.next(); item != null; item = stream.next()) {
                ValidatedClaim v = ClaimValidation.check(item.read(), CLOCK);
                assertEquals(List.of(), v.issues(), "claim " + item.index());
                n++;
            }
            assertEquals(3, n);
        }
    }

    @Test
    void malformedJsonIsOneIssueAndNoClaim() {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, "{\"claimInformation\": ", CLOCK);
        assertNull(v.claim());
        assertFalse(v.accepted());
        assertEquals(List.of(Code.MALFORMED_JSON), v.issues().stream().map(ClaimIssue::code).toList());
    }

    @Test
    void reportsEveryIssueOfEveryLevel() {
        ObjectNode claim = professional();
        claim.remove("tradingPartnerServiceId");                                        // schema
        at(claim, "claimInformation").put("claimChargeAmount", "999.00");                // SNIP 3
        at(claim, "claimInformation").put("claimFrequencyCode", "7");                    // SNIP 4
        at(claim, "claimInformation.serviceLines[1]").put("providerControlNumber", "LINE-1"); // SNIP 4
        at(claim, "referring").put("npi", "1678901237");                                 // SNIP 5
        at(claim, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "V435.2XA"); // SNIP 5
        ValidatedClaim v = professional(claim);
        assertIssues(v,
                "MISSING_REQUIRED tradingPartnerServiceId",
                "CHARGE_TOTAL_MISMATCH claimInformation.claimChargeAmount",
                "CLAIM_CONTROL_NUMBER_REQUIRED claimInformation.claimSupplementalInformation.claimControlNumber",
                "DUPLICATE_LINE_CONTROL_NUMBER claimInformation.serviceLines[1].providerControlNumber",
                "INVALID_NPI referring.npi",
                "DIAGNOSIS_CODE_WITH_DOT claimInformation.healthCareCodeInformation[1].diagnosisCode");
        assertEquals(List.of(2, 3, 4, 4, 5, 5), v.issues().stream().map(i -> i.code().snipLevel()).toList());
        assertEquals(6, v.errors().size());
    }

    @Test
    void messagesNeverQuoteTheValue() {
        ObjectNode claim = professional();
        at(claim, "subscriber").put("dateOfBirth", "19810229");
        at(claim, "dependent").put("dateOfBirth", "20991231");
        at(claim, "dependent.address").put("postalCode", "12345678");
        at(claim, "claimInformation.healthCareCodeInformation[0]").put("diagnosisCode", "S13.4XXA");
        at(claim, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "Q9999999");
        at(claim, "rendering").put("npi", "1987654329").put("taxonomyCode", "ZZZZZZZZZZ");
        ValidatedClaim v = professional(claim);
        assertEquals(7, v.issues().size(), () -> described(v).toString());
        for (ClaimIssue i : v.issues()) {
            for (String value : List.of("19810229", "20991231", "12345678", "S13.4XXA", "Q9999999", "1987654329",
                    "ZZZZZZZZZZ")) {
                assertFalse(i.message().contains(value), i.code() + " quotes the value");
            }
        }
    }

    @Test
    void ruleIssueOnAFieldTheSchemaRejectedIsNotRepeated() {
        ObjectNode claim = professional();
        at(claim, "billing").put("npi", "12345");
        assertOnly(professional(claim), Code.INVALID_FORMAT, "billing.npi");
        // Alone, the rules report it too: validate() does not know what the schema check said.
        assertEquals(List.of("INVALID_NPI billing.npi"), rules(ClaimJson.read(ClaimKind.PROFESSIONAL, claim).claim()));
    }

    @Test
    void snipLevels() {
        assertEquals(1, Code.MALFORMED_JSON.snipLevel());
        assertEquals(2, Code.MISSING_REQUIRED.snipLevel());
        assertEquals(2, Code.TOO_MANY.snipLevel());
        assertEquals(3, Code.LINE_ADJUDICATION_UNBALANCED.snipLevel());
        assertEquals(4, Code.DIAGNOSIS_POINTER_INVALID.snipLevel());
        assertEquals(5, Code.BILLING_ZIP_NOT_ZIP4.snipLevel());
    }
}
