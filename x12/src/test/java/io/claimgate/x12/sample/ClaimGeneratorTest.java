package io.claimgate.x12.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import io.claimgate.x12.render.ClaimRenderer;
import io.claimgate.x12.render.RenderResult;
import io.claimgate.x12.render.RenderSettings;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:15:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 2000;

    @Test
    void twoThousandClaimsBindWithoutIssueRenderAndValidate() {
        List<Claim> claims = new ArrayList<>();
        ClaimGenerator.generate(20250602L, COUNT).forEach(g -> {
            ValidatedClaim v = ClaimValidation.check(g.kind(), g.json(), CLOCK);
            assertTrue(v.issues().isEmpty(), () -> "claim " + g.index() + ": " + v.issues() + "\n" + g.json());
            assertEquals(g.kind(), v.claim().kind());
            claims.add(v.claim());
        });
        assertEquals(COUNT, claims.size());
        RenderSettings settings = RenderSettings.builder("ZZ", "CLAIMGATE", "ZZ", "RECEIVER")
                .timestamp(LocalDateTime.of(2025, 6, 2, 10, 15))
                .maxClaimsPerTransaction(500)
                .lineBreaks(true)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = new ClaimRenderer().render(claims, settings, out);
        assertTrue(result.ok(), () -> result.issues().toString());
        FileReport report = new X12Validator().validate(new ByteArrayInputStream(out.toByteArray()));
        int validated = 0;
        for (InterchangeReport isa : report.interchanges()) {
            for (GroupReport gs : isa.groups()) {
                for (TransactionReport st : gs.transactions()) {
                    assertTrue(st.accepted(), () -> "ST " + st.controlNumber() + ": " + st.issues());
                    validated += st.claimCount();
                }
            }
        }
        assertTrue(report.accepted(), report::toString);
        assertEquals(COUNT, validated);
    }

    @Test
    void sameSeedSameClaimsOtherSeedOtherClaims() {
        List<String> a = ClaimGenerator.generate(7, 300).map(GeneratedClaim::json).toList();
        List<String> b = ClaimGenerator.generate(7, 300).map(GeneratedClaim::json).toList();
        List<String> c = ClaimGenerator.generate(8, 300).map(GeneratedClaim::json).toList();
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(a.get(123), ClaimGenerator.claim(7, 123).json(), "claim i depends only on seed and i");
        assertEquals(a.subList(0, 50), ClaimGenerator.generate(7, 50).map(GeneratedClaim::json).toList());
    }

    @Test
    void claimsCoverTheShapesBillingCompaniesSend() throws IOException {
        int institutional = 0;
        int inpatient = 0;
        int dependents = 0;
        int secondary = 0;
        int tertiary = 0;
        int lineAdjudicated = 0;
        int replacements = 0;
        int voids = 0;
        int drugs = 0;
        int minutes = 0;
        int maxLines = 0;
        int maxDiagnoses = 0;
        for (GeneratedClaim g : ClaimGenerator.generate(42, COUNT).toList()) {
            JsonNode c = JSON.readTree(g.json());
            JsonNode info = c.get("claimInformation");
            institutional += g.kind() == ClaimKind.INSTITUTIONAL ? 1 : 0;
            inpatient += g.kind() == ClaimKind.INSTITUTIONAL && "11".equals(info.get("placeOfServiceCode").asText()) ? 1 : 0;
            dependents += c.has("dependent") ? 1 : 0;
            secondary += "S".equals(c.get("subscriber").get("paymentResponsibilityLevelCode").asText()) ? 1 : 0;
            tertiary += "T".equals(c.get("subscriber").get("paymentResponsibilityLevelCode").asText()) ? 1 : 0;
            replacements += "7".equals(info.get("claimFrequencyCode").asText()) ? 1 : 0;
            voids += "8".equals(info.get("claimFrequencyCode").asText()) ? 1 : 0;
            maxLines = Math.max(maxLines, info.get("serviceLines").size());
            maxDiagnoses = Math.max(maxDiagnoses, info.path("healthCareCodeInformation").size());
            boolean adjudicated = false;
            for (JsonNode line : info.get("serviceLines")) {
                drugs += line.has("drugIdentification") ? 1 : 0;
                minutes += "MJ".equals(line.path("professionalService").path("measurementUnit").asText()) ? 1 : 0;
                adjudicated |= line.has("lineAdjudicationInformation");
            }
            lineAdjudicated += adjudicated ? 1 : 0;
        }
        assertTrue(institutional > COUNT * 0.25 && institutional < COUNT * 0.35, "institutional " + institutional);
        assertTrue(inpatient > 0 && dependents > 0 && secondary > 0 && tertiary > 0 && lineAdjudicated > 0,
                "inpatient " + inpatient + ", dependents " + dependents + ", secondary " + secondary
                        + ", tertiary " + tertiary + ", line adjudicated " + lineAdjudicated);
        assertTrue(replacements > 0 && voids > 0 && drugs > 0 && minutes > 0,
                "replacements " + replacements + ", voids " + voids + ", drugs " + drugs + ", MJ " + minutes);
        assertEquals(12, maxLines);
        assertEquals(12, maxDiagnoses);
    }
}
