package io.claimgate.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.claimgate.x12.sample.ClaimGenerator;
import java.io.IOException;
import java.util.Random;

class ClaimSplitterTest {
    private static final ClaimParser PARSER = new ClaimParser(64);

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

    private static String text(BatchIntake.Item item) {
        return new String(item.json(), StandardCharsets.UTF_8);
    }

    private static JsonNode tree(BatchIntake.Item item) {
        return PARSER.parse(item.json()).tree();
    }

    @Test
    void arraysAndNdjsonSplitTheSameAtEveryByteBoundary() {
        String a = "{\"x\":{\"amount\":210.00,\"list\":[1,2]},\"s\":\"é\"}";
        String b = "{\"y\":1E+2, \"z\" : \"}{\\\"\"}";
        for (int piece = 1; piece <= 7; piece++) {
            for (String body : List.of("[" + a + " , " + b + "]", a + "\n" + b + "\n", " " + a + b, "[\n" + a + ",\n" + b + "\n]\n")) {
                List<BatchIntake.Item> items = split(body, piece, 8);
                assertEquals(2, items.size(), body);
                assertEquals(0, items.get(0).index());
                assertEquals(a, text(items.get(0)), "the claim's bytes exactly as received");
                assertEquals(b, text(items.get(1)));
                assertEquals("210.00", tree(items.get(0)).get("x").get("amount").decimalValue().toPlainString(),
                        "numbers as written");
                assertEquals("é", tree(items.get(0)).get("s").asText());
                assertNull(items.get(1).unreadable());
            }
        }
    }

    @Test
    void claimsLongerThanWhatIsFedAtOnceComeBackWhole() {
        StringBuilder big = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < 20_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
        }
        String claim = big.append("]}").toString();
        String body = claim + "\n" + claim + "\n{\"last\":true}";
        for (int piece : new int[] {1000, 4096, 65536, 1 << 20}) {
            List<BatchIntake.Item> items = split(body, piece, 8);
            assertEquals(3, items.size());
            assertEquals(claim, text(items.get(0)));
            assertEquals(claim, text(items.get(1)));
            assertEquals("{\"last\":true}", text(items.get(2)));
        }
    }

    @Test
    void aValueThatIsNotAnObjectIsAnItemWithAnIssue() {
        List<BatchIntake.Item> items = split("[1, [2, {\"a\":3}], \"x\", {\"b\":4}]", 2, 8);
        assertEquals(4, items.size());
        for (int i = 0; i < 3; i++) {
            assertNull(items.get(i).json());
            assertEquals("a claim must be a JSON object", items.get(i).unreadable().message());
        }
        assertEquals("{\"b\":4}", text(items.get(3)));
        assertEquals(3, items.get(3).index());
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
        List<BatchIntake.Item> dup = split("[{\"a\":1, \"a\":2}, {\"b\":1}]", 3, 8);
        assertEquals(2, dup.size(), "a duplicate key does not end the body");
        assertTrue(PARSER.parse(dup.get(0).json()).issues().get(0).message().startsWith("not valid JSON"),
                "the claim's own parser finds it malformed");
        assertTrue(split("[]", 1, 8).isEmpty());
        assertTrue(split("", 1, 8).isEmpty());
    }

    /** Jackson's verdict on a whole array body: well-formed, one root value, nesting within the limit. */
    private static boolean jacksonAccepts(byte[] body, int depth) {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth + 1).build()).build();
        try (JsonParser p = f.createParser(body)) {
            if (p.nextToken() == null) {
                return true;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aBodyIsMalformedHereExactlyWhenJacksonRejectsIt() {
        List<String> claims = new ArrayList<>();
        ClaimGenerator.generate(11, 6).forEach(g -> claims.add(g.json()));
        String body = "[" + String.join(",\n", claims) + ", 1, -2.5e+3, \"s\\u00e9\\n\", true, null, [false, {}]]";
        byte[] valid = body.getBytes(StandardCharsets.UTF_8);
        assertTrue(jacksonAccepts(valid, 64));
        assertEquals(claims.size() + 6, split(body, 97, 64).size());
        Random random = new Random(5);
        byte[] alphabet = "{}[]\":,.-+eE0123456789tfnu\\ xA".getBytes(StandardCharsets.US_ASCII);
        int differ = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] b = valid.clone();
            int at = random.nextInt(b.length);
            b[at] = alphabet[random.nextInt(alphabet.length)];
            String mutated = new String(b, StandardCharsets.UTF_8);
            List<BatchIntake.Item> items = split(mutated, 1 + random.nextInt(4000), 64);
            boolean malformed = !items.isEmpty() && items.get(items.size() - 1).unreadable() != null
                    && items.get(items.size() - 1).unreadable().message().matches("not valid JSON.*|the body ends.*|content after.*|JSON nested.*");
            // Jackson rejects duplicate keys only when asked; the claim parser does that per claim.
            assertEquals(!jacksonAccepts(b, 64), malformed, () -> "byte " + at + " of " + mutated);
            differ += malformed ? 1 : 0;
        }
        assertTrue(differ > 300, "the mutations hit the syntax: " + differ);
    }
}
