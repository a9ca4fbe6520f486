package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.x12.claim.ClaimKind;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Claims from a file: one JSON object, a JSON array of objects, or NDJSON (one object a line), read one
 * claim at a time. The kind of each claim is given, or told from its content: a claim whose service
 * lines carry {@code institutionalService} (or whose claim information has {@code claimCodeInformation})
 * is institutional, any other professional.
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

    /** Professional or institutional, from the claim's own fields. */
    static ClaimKind detect(JsonNode claim) {
        JsonNode info = claim.path("claimInformation");
        if (info.has("claimCodeInformation")) {
            return ClaimKind.INSTITUTIONAL;
        }
        for (JsonNode line : info.path("serviceLines")) {
            if (line.has("institutionalService")) {
                return ClaimKind.INSTITUTIONAL;
            }
        }
        return ClaimKind.PROFESSIONAL;
    }

    @Override
    public void close() throws IOException {
        items.close();
    }
}
