package io.claimgate.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSplitterTest {
    private static List<BatchIntake.Item> split(String body, int piece, int depth) {
        ClaimSplitter s = new ClaimSplitter(depth);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        List<BatchIntake.Item> out = new ArrayList<>();
        for (int off = 0; off < b.length; off += piece) {
            out.addAll(s.feed(b, off, Math.min(piece, b.length - off)));
        }
        out.addAll(s.end());
        return out;
    }

    @Test
    void arraysAndNdjsonSplitTheSameAtEveryByteBoundary() {
        String a = "{\"x\":{\"amount\":210.00,\"list\":[1,2]},\"s\":\"é\"}";
        String b = "{\"y\":1E+2}";
        for (int piece = 1; piece <= 7; piece++) {
            for (String body : List.of("[" + a + " , " + b + "]", a + "\n" + b + "\n", " " + a + b)) {
                List<BatchIntake.Item> items = split(body, piece, 8);
                assertEquals(2, items.size(), body);
                assertEquals(0, items.get(0).index());
                assertEquals("210.00", items.get(0).tree().get("x").get("amount").decimalValue().toPlainString(),
                        "numbers as written");
                assertEquals("é", items.get(0).tree().get("s").asText());
                assertNull(items.get(1).unreadable());
            }
        }
    }

    @Test
    void malformedInputEndsTheBodyWithOnePositionedIssue() {
        List<BatchIntake.Item> items = split("[{\"a\":1}, {\"b\": SECRET}]", 3, 8);
        assertEquals(2, items.size());
        assertEquals("MALFORMED_JSON", items.get(1).unreadable().code().name());
        assertFalse(items.get(1).unreadable().message().contains("SECRET"));

        List<BatchIntake.Item> cut = split("[{\"a\":1}, {\"b\":", 4, 8);
        assertEquals("MALFORMED_JSON", cut.get(1).unreadable().code().name(), "a body cut inside a claim");
        assertEquals(2, cut.size());
        assertTrue(split("[{\"a\":1}] {}", 2, 8).get(1).unreadable().message().contains("after the array"));
        assertEquals("JSON nested deeper than 3 levels",
                split("[{\"a\":{\"b\":{\"c\":{}}}}]", 5, 3).get(0).unreadable().message());
        assertEquals(1, split("[{\"a\":{\"b\":{}}}]", 5, 3).size(), "exactly the limit is fine");
        assertTrue(split("[]", 1, 8).isEmpty());
        assertTrue(split("", 1, 8).isEmpty());
    }
}
