package io.claimgate.x12.claim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Claim JSON into the same tree {@code ClaimJson.MAPPER.readTree} builds, for less: one loop over the
 * parser's tokens instead of the data-binding machinery, and duplicate keys found by the tree rather than
 * by the parser's duplicate detector, objects as {@link ClaimObjectNode}. Anything this loop does not take on (a document that is not an
 * object, a duplicate key, a syntax error) goes to {@code MAPPER.readTree}, which gives the exact tree or
 * error; numbers are read by {@code MAPPER} too, so their nodes (BigDecimal for decimals, trailing zeros
 * kept) are the mapper's own.
 */
final class ClaimJsonParser {
    /** As the mapper's factory, without STRICT_DUPLICATE_DETECTION (the tree reports duplicates). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final JsonNodeFactory NODES = ClaimJson.MAPPER.getNodeFactory();

    private ClaimJsonParser() {
    }

    /** The tree of {@code json}; throws what {@code MAPPER.readTree(json)} throws. */
    static JsonNode tree(byte[] json) throws IOException {
        JsonNode fast = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            fast = root(p);
        } catch (IOException | RuntimeException e) {
            // the mapper below reports it
        }
        return fast != null ? fast : ClaimJson.MAPPER.readTree(json);
    }

    /** The tree of {@code json}; throws what {@code MAPPER.readTree(json)} throws. */
    static JsonNode tree(String json) throws IOException {
        JsonNode fast = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            fast = root(p);
        } catch (IOException | RuntimeException e) {
            // the mapper below reports it
        }
        return fast != null ? fast : ClaimJson.MAPPER.readTree(json);
    }

    /**
     * The tree of {@code json} when it is exactly one JSON object, without duplicate keys, nested at most
     * {@code maxDepth} levels (the root object is level 1), with nothing but whitespace after it; null
     * otherwise, and for anything else this loop does not take on, so that a stricter reader can say why.
     */
    static ObjectNode strictObject(byte[] json, int maxDepth) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode o = object(p, 1, maxDepth);
            return o != null && p.nextToken() == null ? o : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The root object, or null when the mapper must read the document. Trailing content is ignored, as the mapper does. */
    private static ObjectNode root(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.START_OBJECT ? object(p, 1, Integer.MAX_VALUE) : null;
    }

    /** The object whose START_OBJECT is the current token, at nesting level {@code depth}; null on a duplicate key. */
    private static ObjectNode object(JsonParser p, int depth, int maxDepth) throws IOException {
        if (depth > maxDepth) {
            return null;
        }
        ObjectNode o = ClaimObjectNode.create(NODES);
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonNode v = value(p, p.nextToken(), depth, maxDepth);
            if (v == null || o.replace(name, v) != null) {
                return null;
            }
        }
        return p.currentToken() == JsonToken.END_OBJECT ? o : null;
    }

    private static ArrayNode array(JsonParser p, int depth, int maxDepth) throws IOException {
        if (depth > maxDepth) {
            return null;
        }
        ArrayNode a = NODES.arrayNode();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            JsonNode v = value(p, t, depth, maxDepth);
            if (v == null) {
                return null;
            }
            a.add(v);
        }
        return a;
    }

    /** The value starting at token {@code t} inside a container at level {@code depth}. */
    private static JsonNode value(JsonParser p, JsonToken t, int depth, int maxDepth) throws IOException {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> object(p, depth + 1, maxDepth);
            case START_ARRAY -> array(p, depth + 1, maxDepth);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ClaimJson.MAPPER.readTree(p);
            default -> null;
        };
    }
}
