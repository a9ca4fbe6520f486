package io.claimgate.gateway.http;

import io.claimgate.gateway.store.IdempotencyStore;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Idempotency-Key}: the first answer (below 500) to a submitter's key is kept with the SHA-256 of the
 * request (method, path and body) and replayed, with {@code Idempotency-Replayed: true}, for a repeat of
 * the same request; the key reused with another request is 422 and nothing is stored. The key is taken
 * before the request is answered: a retry arriving while the first is still being answered gets 409 and is
 * not answered twice. Keys belong to their submitter. Used by the single-claim and X12 routes (whole body at
 * hand) and by the streamed batch route (body hashed as it arrives).
 */
final class Idempotency {
    static final String HEADER = "idempotency-key";
    /** A key taken this long ago and never answered belonged to a process that died while answering. */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);
    /** The request hash a streamed request takes its key with: its body has not been read yet. */
    static final String PENDING = "0".repeat(64);

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

    /**
     * Takes the key for a request about to be answered: empty when taken (then {@link #finish} or
     * {@link #release}), else what is kept for it (an answer, or a request still being answered).
     */
    Optional<IdempotencyStore.Answer> take(String submitterId, String key, String requestSha256) {
        return store.reserve(submitterId, key, requestSha256, STALE_AFTER);
    }

    /**
     * The answer to a request whose key was kept: 409 while the first request is still being answered,
     * the kept answer for the same request, 422 for another.
     */
    static ApiResponse answerFor(IdempotencyStore.Answer kept, String requestSha256) {
        if (kept.inProgress()) {
            return Problems.of(409, "idempotency-key-in-use", "Idempotency-Key in use",
                    "a request with this key is still being answered; retry it once that one is answered");
        }
        return replay(kept, requestSha256);
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

    /**
     * Keeps an answer below 500, with its headers, for the key taken; a 5xx gives the key back (the client
     * may retry with it).
     */
    void finish(String submitterId, String key, String requestSha256, ApiResponse response) {
        if (response.status() < 500) {
            store.complete(submitterId, key, new IdempotencyStore.Answer(requestSha256, response.status(),
                    response.contentType(), response.body(), response.headers()));
        } else {
            store.release(submitterId, key);
        }
    }

    /** Gives a key taken back without an answer (the request failed or was not read to its end). */
    void release(String submitterId, String key) {
        store.release(submitterId, key);
    }
}
