package io.claimgate.gateway.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * Whether a claim sent again carries the same content as the original already stored, for duplicate
 * detection (an original, frequency 1, sent again with the same patient control number): the same JSON once
 * whitespace and key order are set aside. Compared only when a submitter has such an original (rare), from
 * the two stored bodies: the bytes first, else both bodies read and written in canonical form (sorted keys,
 * no whitespace, numbers as written, so 2.10 is not 2.1). Nothing is hashed canonically on the way in: the
 * {@code content_sha256} column holds the SHA-256 of the bytes stored ({@link #sha256}).
 */
public final class ClaimContent {
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private ClaimContent() {
    }

    /** The SHA-256 (64 hex digits) of a claim's stored bytes: what {@code content_sha256} holds for new claims. */
    public static String sha256(byte[] body) {
        return Sha256.hex(body);
    }

    /** True when two stored claim bodies are the same JSON: the same bytes, or the same canonical form. */
    public static boolean same(byte[] stored, byte[] received) {
        if (Arrays.equals(stored, received)) {
            return true;
        }
        byte[] a = canonical(stored);
        return a != null && Arrays.equals(a, canonical(received));
    }

    /** Sorted keys, no whitespace, numbers as written; null when the bytes are not JSON (never for a stored claim). */
    static byte[] canonical(byte[] json) {
        try {
            JsonNode tree = READER.readTree(json);
            return tree == null ? null : CANONICAL.writeValueAsBytes(tree);
        } catch (IOException e) {
            return null;
        }
    }
}
