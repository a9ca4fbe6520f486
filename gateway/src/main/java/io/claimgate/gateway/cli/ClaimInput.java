package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Claims from a file: one JSON object, a JSON array of objects, or NDJSON (one object a line), read one
 * claim at a time.
 */
final class ClaimInput implements Closeable {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final MappingIterator<JsonNode> items;

    ClaimInput(InputStream in) throws IOException {
        this.items = MAPPER.readerFor(JsonNode.class).readValues(in);
    }

    /** The next claim's JSON, or null at the end. Malformed JSON throws an IOException with its location. */
    JsonNode next() throws IOException {
        try {
            return items.hasNextValue() ? items.nextValue() : null;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }


    @Override
    public void close() throws IOException {
        items.close();
    }
}
