package io.claimgate.x12.claim;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads many claims from a stream, one at a time: either one JSON array of claim objects, or a sequence
 * of claim objects (NDJSON, one per line, or simply whitespace separated). Only the current claim is
 * held in memory.
 *
 * <p>{@link #next()} returns the next claim with its 0-based index, or null at the end. Malformed JSON
 * ends the stream with one last item holding a MALFORMED_JSON issue (the position is not resynchronised).
 * Closing closes the input stream.
 */
public final class ClaimStream implements Closeable {
    private final ClaimKind kind;
    private final JsonParser parser;
    private boolean started;
    private boolean inArray;
    private boolean done;
    private int index;

    /** One claim of the stream: its position (0-based) and the read result. */
    public record Item(int index, ClaimRead read) {
    }

    public ClaimStream(ClaimKind kind, InputStream in) throws IOException {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parser = ClaimJson.MAPPER.createParser(Objects.requireNonNull(in, "in"));
    }

    /** The next claim, or null when the input is exhausted. Throws only for I/O failures of the stream. */
    public Item next() throws IOException {
        if (done) {
            return null;
        }
        try {
            JsonToken t = parser.nextToken();
            if (!started) {
                started = true;
                if (t == JsonToken.START_ARRAY) {
                    inArray = true;
                    t = parser.nextToken();
                }
            }
            if (t == null || inArray && t == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            JsonNode node = ClaimJson.MAPPER.readTree(parser);
            return new Item(index++, ClaimJson.read(kind, node));
        } catch (JsonProcessingException e) {
            done = true;
            return new Item(index++, ClaimJson.malformed(e));
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
