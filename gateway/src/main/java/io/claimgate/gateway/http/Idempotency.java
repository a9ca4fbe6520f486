package io.claimgate.gateway.http;

import io.claimgate.gateway.store.IdempotencyStore;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Idempotency-Key}: the first answer (below 500) to a submitter's key is kept with the SHA-256 of the
 * request (method, path and body) and replayed, with {@code Idempotency-Replayed: true}, for a repeat of
 * the same request; the key reused with another request is 422 and nothing is stored. Keys belong to their
 * submitter. Used by the single-claim and X12 routes (whole body at hand) and by the streamed batch route
 * (body hashed as it arrives).
 */
final class Idempotency {
    static final String HEADER = "idempotency-key";

    private final IdempotencyStore store;

    Idempotency(IdempotencyStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** 400 for a key that is not 1 to 255 visible ASCII characters; null for a good one. */
    static ApiResponse refuseKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            return Problems.of(400, "invalid-idempotency-key", "Invalid Idempotency-Key", "1 to 255 visible ASCII characters");
        }
        return null;
    }

    /** The first bytes hashed for a request: its method and path (with the query for routes that read it). */
    static byte[] head(String method, String target) {
        return (method + " " + target + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    Optional<IdempotencyStore.Answer> kept(String submitterId, String key) {
        return store.find(submitterId, key);
    }

    /** The kept answer when the request is the same; 422 when the key was used for another request. */
    static ApiResponse replay(IdempotencyStore.Answer kept, String requestSha256) {
        if (!kept.requestSha256().equals(requestSha256)) {
            return reused();
        }
        Map<String, String> headers = new LinkedHashMap<>(kept.headers());
        headers.put("Idempotency-Replayed", "true");
        return new ApiResponse(kept.status(), kept.contentType(), kept.body(), headers, null, null,
                kept.headers().get(BulkApi.BATCH_ID_HEADER));
    }

    /** 422: the key was used for another request; nothing was done with this one. */
    static ApiResponse reused() {
        return Problems.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                "this key was used for a different request; nothing was stored");
    }

    /** Keeps an answer below 500 (a 5xx may be retried with the same key), with its headers. */
    void keep(String submitterId, String key, String requestSha256, ApiResponse response) {
        if (response.status() < 500) {
            store.save(submitterId, key, new IdempotencyStore.Answer(requestSha256, response.status(),
                    response.contentType(), response.body(), response.headers()));
        }
    }
}
