package io.claimgate.x12.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ClaimJsonParser} builds the tree {@code ClaimJson.MAPPER.readTree} builds, and fails where it fails. */
class ClaimJsonParserTest {
    @Test
    void sameTreeAsTheMapper() throws IOException {
        for (String json : List.of(ClaimJsonTest.resource("professional-full.json"),
                ClaimJsonTest.resource("institutional-full.json"),
                "{\"a\":1,\"b\":-7,\"c\":12.50,\"d\":1E+3,\"e\":12345678901234,\"f\":123456789012345678901234567890,"
                        + "\"g\":true,\"h\":false,\"i\":null,\"j\":\"\",\"k\":[1,[2,{\"x\":\"y\"}],{}],\"l\":{}}",
                "{} trailing content is ignored, as the mapper ignores it")) {
            JsonNode mapper = ClaimJson.MAPPER.readTree(json);
            JsonNode fast = ClaimJsonParser.tree(json.getBytes(StandardCharsets.UTF_8));
            assertInstanceOf(ClaimObjectNode.class, fast);
            assertEquals(mapper, fast);
            assertEquals(mapper.toString(), fast.toString());
            assertSameNodeTypes(mapper, fast);
            assertEquals(mapper, ClaimJsonParser.tree(json));
        }
    }

    @Test
    void documentsThatAreNotAnObjectGoToTheMapper() throws IOException {
        for (String json : List.of("[{}]", "\"text\"", "12", "null")) {
            assertEquals(ClaimJson.MAPPER.readTree(json), ClaimJsonParser.tree(json));
        }
        assertTrue(ClaimJsonParser.tree("").isMissingNode());
    }

    @Test
    void errorsAreTheMappersWithTheSamePosition() {
        for (String json : List.of("{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}", "{\"a\":", "{\"a\" 1}", "{\"a\":[1,}",
                "{\"a\":01}", "{'a':1}")) {
            JsonProcessingException expected = assertThrows(JsonProcessingException.class,
                    () -> ClaimJson.MAPPER.readTree(json));
            JsonProcessingException actual = assertThrows(JsonProcessingException.class,
                    () -> ClaimJsonParser.tree(json.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected.getOriginalMessage(), actual.getOriginalMessage(), json);
            assertEquals(expected.getLocation().getLineNr(), actual.getLocation().getLineNr(), json);
            assertEquals(expected.getLocation().getColumnNr(), actual.getLocation().getColumnNr(), json);
        }
    }

    @Test
    void fieldMapKeepsOrderAndFindsByEqualNames() throws IOException {
        JsonNode tree = ClaimJsonParser.tree("{\"b\":1,\"a\":2,\"c\":3}");
        assertEquals(List.of("b", "a", "c"), names(tree));
        assertEquals(2, tree.get(new String(new char[] {'a'})).intValue());
        ((ObjectNode) tree).remove("a");
        assertEquals(List.of("b", "c"), names(tree));
        assertEquals(3, tree.get("c").intValue());
        assertNull(tree.get("a"));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void assertSameNodeTypes(JsonNode expected, JsonNode actual) {
        assertEquals(expected.isObject() ? ObjectNode.class : expected.getClass(),
                actual.isObject() ? ObjectNode.class : actual.getClass(), expected.toString());
        Iterator<JsonNode> e = expected.elements();
        Iterator<JsonNode> a = actual.elements();
        while (e.hasNext()) {
            assertSameNodeTypes(e.next(), a.next());
        }
    }
}
