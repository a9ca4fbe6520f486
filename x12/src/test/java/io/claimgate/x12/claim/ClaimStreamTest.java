package io.claimgate.x12.claim;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimStreamTest {
    private static List<ClaimStream.Item> readAll(String text) throws IOException {
        List<ClaimStream.Item> items = new ArrayList<>();
        try (ClaimStream s = new ClaimStream(ClaimKind.PROFESSIONAL,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (ClaimStream.Item i = s.next(); i != null; i = s.next()) {
                items.add(i);
            }
            assertNull(s.next());
        }
        return items;
    }

    @Test
    void readsNdjsonOneClaimAtATime() throws IOException {
        List<ClaimStream.Item> items;
        try (InputStream in = getClass().getResourceAsStream("/claims/professional-batch.ndjson")) {
            items = readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(3, items.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, items.get(i).index());
            assertTrue(items.get(i).read().ok(), items.get(i).read().issues().toString());
            assertEquals("PCN-" + i, items.get(i).read().claim().claimInformation().patientControlNumber());
        }
    }

    @Test
    void readsAJsonArrayWithPerClaimIssues() throws IOException {
        String claim = ClaimJsonTest.resource("professional-full.json");
        String bad = claim.replace("\"tradingPartnerServiceId\": \"60054\",", "");
        List<ClaimStream.Item> items = readAll("[" + claim + ",\n" + bad + "," + claim + "]");
        assertEquals(3, items.size());
        assertTrue(items.get(0).read().ok());
        assertTrue(ClaimJsonTest.has(items.get(1).read(), ClaimIssue.Code.MISSING_REQUIRED, "tradingPartnerServiceId"));
        assertTrue(items.get(2).read().ok());
        assertEquals(List.of(), readAll("[]"));
        assertEquals(List.of(), readAll(""));
    }

    @Test
    void malformedInputEndsTheStreamWithAnIssue() throws IOException {
        String claim = ClaimJsonTest.resource("professional-full.json").replace("\n", " ");
        List<ClaimStream.Item> items = readAll(claim + "\n{\"controlNumber\": \n");
        assertEquals(2, items.size());
        assertTrue(items.get(0).read().ok());
        assertNull(items.get(1).read().claim());
        assertEquals(ClaimIssue.Code.MALFORMED_JSON, items.get(1).read().issues().get(0).code());
    }
}
