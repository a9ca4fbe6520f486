package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.ops.LogFields;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.x12.claim.ClaimKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.MDC;

/**
 * Answers a request from the route table ({@link Routes}): the route its method and path name (404 for no
 * path, 405 with {@code Allow} for another method), the API key when the route needs one (401), then the
 * route's handler. Blocking (store, validation): run it off the event loop. Every error is an RFC 9457
 * problem document, except on the Change Healthcare drop-in paths, where it is in that API's response shape
 * ({@link ChangeHealthcareErrors}). Submissions ({@code POST /v1/claims/...}, the drop-in submissions, {@code /v1/x12})
 * honour {@code Idempotency-Key} ({@link Idempotency}); {@code POST /v1/batches} does too, in
 * {@link BatchUploadHandler}, which streams its body. The submitter id is in the log MDC while a
 * request is handled. The API key comes as {@code Authorization: Bearer <api key>} (also
 * {@code Key <api key>} or the bare key, as Stedi clients send it), or as an access token from
 * {@code POST /apip/auth/v2/token} ({@link AccessTokenApi}), as Change Healthcare clients send it.
 */
public final class Router {
    private final SubmitterStore submitters;
    private final ClaimApi claims;
    private final ChangeHealthcareApi chc;
    private final RemittanceApi remittances;
    private final AccessTokenApi tokens;
    private final Idempotency idempotency;
    private final BooleanSupplier ready;
    private final BulkApi bulk;
    private final Metrics metrics;

    public Router(SubmitterStore submitters, ClaimStore store, IdempotencyStore idempotency, ClaimIntakeService intake,
                  Clock clock, BooleanSupplier ready, BulkApi bulk, Metrics metrics) {
        this.bulk = bulk;
        this.metrics = metrics;
        this.submitters = submitters;
        this.idempotency = new Idempotency(idempotency);
        this.claims = new ClaimApi(intake, store, bulk.search());
        this.remittances = new RemittanceApi(bulk.search().remittances());
        this.chc = new ChangeHealthcareApi(intake, clock);
        this.tokens = new AccessTokenApi(submitters);
        this.ready = ready;
    }

    public ApiResponse handle(ApiRequest r) {
        // On the Change Healthcare drop-in paths every error is in that API's shape, not problem+json.
        return ChangeHealthcareErrors.reshape(r.path(), route(r), r.requestId(), r.body());
    }

    private ApiResponse route(ApiRequest r) {
        Routes.Match m = Routes.match(r.method(), r.path());
        if (!m.found()) {
            return m.pathExists() ? methodNotAllowed(String.join(", ", m.allowed())) : Problems.notFound();
        }
        Routes.Route route = m.route();
        if (route.access() == Routes.Access.PUBLIC) {
            return route.handler().handle(this, new Routes.Call(r, null, m.params()));
        }
        Optional<Caller> caller = caller(r.header("authorization"));
        if (caller.isEmpty()) {
            return Problems.unauthorized();
        }
        String submitterId = caller.get().submitterId();
        MDC.put(LogFields.SUBMITTER_ID, submitterId);
        try {
            ApiResponse a = route.handler().handle(this, new Routes.Call(r, caller.get(), m.params())).forSubmitter(submitterId);
            // The request log names the claim or batch the path names (ids only).
            String claimId = m.params().get("claimId");
            String batchId = m.params().get("batchId");
            if (claimId != null && a.claimId() == null) {
                a = a.forClaim(claimId);
            }
            return batchId != null && a.batchId() == null ? a.forBatch(batchId) : a;
        } finally {
            MDC.remove(LogFields.SUBMITTER_ID);
        }
    }

    BulkApi bulk() {
        return bulk;
    }

    Idempotency idempotency() {
        return idempotency;
    }

    /** The caller a raw {@code Authorization} header names, if its bearer key is valid. */
    Optional<Caller> caller(String authorization) {
        return bearer(authorization).flatMap(submitters::authenticate);
    }

    // The handlers of the route table, one per kind of route.

    ApiResponse health(Routes.Call c) {
        return status(200, "ok");
    }

    ApiResponse ready(Routes.Call c) {
        return ready.getAsBoolean() ? status(200, "ready") : status(503, "store unavailable");
    }

    ApiResponse metrics(Routes.Call c) {
        if (!metrics.exposed()) {
            return Problems.notFound();
        }
        return new ApiResponse(200, Metrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8), Map.of(),
                null, null);
    }

    /** {@code POST /apip/auth/v2/token}: an access token for client credentials ({@link AccessTokenApi}). */
    ApiResponse token(Routes.Call c) {
        return tokens.token(c.request());
    }

    /**
     * The Change Healthcare claims APIs' {@code GET .../healthcheck}: {@code {"status": "OK", "version"}} as
     * that API answers it (strings only), 503 with status "DOWN" when the store does not answer.
     */
    ApiResponse chcHealth(String version, Routes.Call c) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        boolean up = ready.getAsBoolean();
        body.put("status", up ? "OK" : "DOWN");
        body.put("version", version);
        return ApiResponse.json(up ? 200 : 503, body);
    }

    ApiResponse submit(ClaimKind kind, Routes.Call c) {
        ApiResponse unsupported = requireJson(c.request());
        return unsupported != null ? unsupported : idempotent(c, () -> claims.submit(c.caller(), kind, c.request()));
    }

    ApiResponse validate(ClaimKind kind, Routes.Call c) {
        ApiResponse unsupported = requireJson(c.request());
        return unsupported != null ? unsupported : claims.validate(kind, c.request());
    }

    ApiResponse chcSubmit(ClaimKind kind, Routes.Call c) {
        ApiResponse unsupported = requireJson(c.request());
        return unsupported != null ? unsupported : idempotent(c, () -> chc.submit(c.caller(), kind, c.request()));
    }

    ApiResponse chcValidate(ClaimKind kind, Routes.Call c) {
        ApiResponse unsupported = requireJson(c.request());
        return unsupported != null ? unsupported : chc.validate(c.caller(), kind, c.request());
    }

    ApiResponse claim(Routes.Call c) {
        return claims.get(c.caller(), c.param("claimId"));
    }

    ApiResponse listClaims(Routes.Call c) {
        return bulk.listClaims(c.caller(), c.request());
    }

    ApiResponse listRemittances(Routes.Call c) {
        return remittances.list(c.caller(), c.request());
    }

    ApiResponse remittance(Routes.Call c) {
        return remittances.get(c.caller(), c.param("remittanceId"));
    }

    ApiResponse batch(Routes.Call c) {
        return bulk.getBatch(c.caller(), c.param("batchId"));
    }

    ApiResponse x12(Routes.Call c) {
        return idempotent(c, () -> bulk.x12(c.caller(), c.request()));
    }

    /** {@code POST /v1/batches} is answered by {@link BatchUploadHandler} before the aggregator: never here. */
    ApiResponse streamedElsewhere(Routes.Call c) {
        throw new IllegalStateException(c.request().method() + " " + c.request().path() + " is streamed before the router");
    }

    private ApiResponse idempotent(Routes.Call c, java.util.function.Supplier<ApiResponse> endpoint) {
        ApiRequest r = c.request();
        String key = r.header(Idempotency.HEADER);
        if (key == null) {
            return endpoint.get();
        }
        ApiResponse refused = Idempotency.refuseKey(key);
        if (refused != null) {
            return refused;
        }
        String requestHash = sha256(Idempotency.head(r.method(), r.path()), r.body());
        String submitterId = c.caller().submitterId();
        Optional<IdempotencyStore.Answer> kept = idempotency.take(submitterId, key, requestHash);
        if (kept.isPresent()) {
            return Idempotency.answerFor(kept.get(), requestHash);
        }
        ApiResponse response;
        try {
            response = endpoint.get();
        } catch (RuntimeException e) {
            idempotency.release(submitterId, key);
            throw e;
        }
        idempotency.finish(submitterId, key, requestHash, response);
        return response;
    }

    private static String sha256(byte[] head, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(head);
            d.update(body);
            return Idempotency.hex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The API key of an {@code Authorization} header: {@code Bearer <key>}, or as clients of Stedi's
     * CHC-compatible API send it, {@code Key <key>} or the bare key. Any other scheme (Basic, ...) is none.
     */
    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String a = authorization.trim();
        if (a.length() > 7 && a.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(a.substring(7).trim());
        }
        if (a.length() > 4 && a.regionMatches(true, 0, "Key ", 0, 4)) {
            return Optional.of(a.substring(4).trim());
        }
        if (!a.isEmpty() && a.chars().noneMatch(Character::isWhitespace)) {
            return Optional.of(a);
        }
        return Optional.empty();
    }

    private static ApiResponse requireJson(ApiRequest r) {
        String type = r.header("content-type");
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("application/json") || t.matches("application/[a-z0-9.+-]*\\+json.*")) {
            return null;
        }
        return Problems.of(415, "unsupported-media-type", "Unsupported media type", "send the claim as application/json");
    }

    private static ApiResponse status(int status, String text) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", text);
        return ApiResponse.json(status, body);
    }

    static ApiResponse methodNotAllowed(String allowed) {
        return Problems.of(405, "method-not-allowed", "Method not allowed", "use " + allowed).withHeader("Allow", allowed);
    }
}
