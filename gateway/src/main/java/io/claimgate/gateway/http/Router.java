package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.Sha256;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.x12.claim.ClaimKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a request to its endpoint. Blocking (store, validation): run it off the event loop.
 *
 * <pre>
 * GET  /healthz                                     200 while the process runs
 * GET  /readyz                                      200 when the store answers, else 503
 * GET  /metrics                                     Prometheus text format (404 when metrics.enabled is false)
 * GET  /openapi.json                                the OpenAPI 3.0 description of these routes
 * POST /v1/claims/{professional|institutional}      validate and store
 * POST /v1/claims/{professional|institutional}/validation   validate only
 * GET  /v1/claims/{id}                              the claim and its status history
 * POST [/change]/medicalnetwork/professionalclaims/v3/{submission|validation}   Change Healthcare drop-in
 * POST [/change]/medicalnetwork/institutionalclaims/v1/{submission|validation}
 * POST /v1/batches, GET /v1/batches/{id}, POST /v1/x12, GET /v1/claims   see {@link BulkApi}
 * </pre>
 *
 * Everything under {@code /v1} and the drop-in paths needs {@code Authorization: Bearer <api key>} (also
 * {@code Key <api key>} or the bare key, as Stedi clients send it).
 * Submissions honour {@code Idempotency-Key}. {@link Routes} lists these routes as data.
 */
public final class Router {
    private static final Pattern V1_CLAIM_POST = Pattern.compile("/v1/claims/(professional|institutional)(/validation)?");
    private static final Pattern V1_CLAIM_GET = Pattern.compile("/v1/claims/(clm_[0-9a-z]{1,40})");
    private static final Pattern V1_BATCH_GET = Pattern.compile("/v1/batches/(bat_[0-9a-z]{1,40})");
    private static final Pattern CHC = Pattern.compile(
            "(?:/change)?/medicalnetwork/(professionalclaims/v3|institutionalclaims/v1)/(submission|validation)");

    private final SubmitterStore submitters;
    private final ClaimApi claims;
    private final ChangeHealthcareApi chc;
    private final IdempotencyStore idempotency;
    private final BooleanSupplier ready;
    private final BulkApi bulk;
    private final Metrics metrics;

    public Router(SubmitterStore submitters, ClaimStore store, IdempotencyStore idempotency, ClaimIntakeService intake,
                  Clock clock, BooleanSupplier ready, BulkApi bulk, Metrics metrics) {
        this.bulk = bulk;
        this.metrics = metrics;
        this.submitters = submitters;
        this.idempotency = idempotency;
        this.claims = new ClaimApi(intake, store);
        this.chc = new ChangeHealthcareApi(intake, clock);
        this.ready = ready;
    }

    public ApiResponse handle(ApiRequest r) {
        String path = r.path().length() > 1 && r.path().endsWith("/") ? r.path().substring(0, r.path().length() - 1) : r.path();
        if (path.equals("/healthz")) {
            return get(r) ? status(200, "ok") : methodNotAllowed("GET");
        }
        if (path.equals("/readyz")) {
            return get(r) ? (ready.getAsBoolean() ? status(200, "ready") : status(503, "store unavailable")) : methodNotAllowed("GET");
        }
        if (path.equals("/metrics") && metrics.exposed()) {
            return get(r) ? new ApiResponse(200, Metrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8),
                    Map.of(), null, null) : methodNotAllowed("GET");
        }
        if (path.equals("/openapi.json")) {
            return get(r) ? OpenApiDocument.response() : methodNotAllowed("GET");
        }
        Matcher m;
        if ((m = V1_CLAIM_POST.matcher(path)).matches()) {
            if (!r.method().equals("POST")) {
                return methodNotAllowed("POST");
            }
            ClaimKind kind = ClaimKind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            boolean validateOnly = m.group(2) != null;
            return authenticated(r, caller -> {
                ApiResponse unsupported = requireJson(r);
                if (unsupported != null) {
                    return unsupported;
                }
                return validateOnly ? claims.validate(kind, r) : idempotent(caller, r, c -> claims.submit(c, kind, r));
            });
        }
        if ((m = V1_CLAIM_GET.matcher(path)).matches()) {
            if (!get(r)) {
                return methodNotAllowed("GET");
            }
            String id = m.group(1);
            return authenticated(r, caller -> claims.get(caller, id));
        }
        if ((m = CHC.matcher(path)).matches()) {
            if (!r.method().equals("POST")) {
                return methodNotAllowed("POST");
            }
            ClaimKind kind = m.group(1).startsWith("professional") ? ClaimKind.PROFESSIONAL : ClaimKind.INSTITUTIONAL;
            boolean validateOnly = m.group(2).equals("validation");
            return authenticated(r, caller -> {
                ApiResponse unsupported = requireJson(r);
                if (unsupported != null) {
                    return unsupported;
                }
                return validateOnly ? chc.validate(caller, kind, r) : idempotent(caller, r, c -> chc.submit(c, kind, r));
            });
        }
        if (path.equals("/v1/claims")) {
            return get(r) ? authenticated(r, caller -> bulk.listClaims(caller, r)) : methodNotAllowed("GET");
        }
        if ((m = V1_BATCH_GET.matcher(path)).matches()) {
            String id = m.group(1);
            return get(r) ? authenticated(r, caller -> bulk.getBatch(caller, id)) : methodNotAllowed("GET");
        }
        if (path.equals("/v1/x12")) {
            return r.method().equals("POST") ? authenticated(r, caller -> bulk.x12(caller, r)) : methodNotAllowed("POST");
        }
        if (path.equals("/v1/batches")) {
            // POST /v1/batches is streamed by BatchUploadHandler before the aggregator and never reaches the
            // router; any other method is answered here.
            return methodNotAllowed("POST");
        }
        if (path.startsWith("/v1/batches")) {
            return authenticated(r, caller -> Problems.of(404, "not-found", "Batch not found", "no batch with this id"));
        }
        if (path.startsWith("/v1/claims/")) {
            // A well-formed path whose id cannot exist: the same answer as a claim of another submitter.
            return authenticated(r, caller -> Problems.of(404, "not-found", "Claim not found", "no claim with this id"));
        }
        return Problems.notFound();
    }

    BulkApi bulk() {
        return bulk;
    }

    /** The caller a raw {@code Authorization} header names, if its bearer key is valid. */
    Optional<Caller> caller(String authorization) {
        return bearer(authorization).flatMap(submitters::authenticate);
    }

    private interface Endpoint {
        ApiResponse handle(Caller caller);
    }

    private ApiResponse authenticated(ApiRequest r, Endpoint endpoint) {
        Optional<Caller> caller = bearer(r.header("authorization")).flatMap(submitters::authenticate);
        if (caller.isEmpty()) {
            return Problems.unauthorized();
        }
        return endpoint.handle(caller.get()).forSubmitter(caller.get().submitterId());
    }

    /**
     * {@code Idempotency-Key}: the first answer (below 500) to a key is kept and replayed, with
     * {@code Idempotency-Replayed: true}, for a repeat of the same request; the key reused with another
     * request (other path or body) is 422.
     */
    private ApiResponse idempotent(Caller caller, ApiRequest r, Endpoint endpoint) {
        String key = r.header("idempotency-key");
        if (key == null) {
            return endpoint.handle(caller);
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            return Problems.of(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "1 to 255 visible ASCII characters");
        }
        byte[] head = (r.method() + " " + r.path() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[head.length + r.body().length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(r.body(), 0, whole, head.length, r.body().length);
        String requestHash = Sha256.hex(whole);
        Optional<IdempotencyStore.Answer> kept = idempotency.find(caller.submitterId(), key);
        if (kept.isPresent()) {
            IdempotencyStore.Answer a = kept.get();
            if (!a.requestSha256().equals(requestHash)) {
                return Problems.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "this key was used for a different request");
            }
            return new ApiResponse(a.status(), a.contentType(), a.body(), Map.of("Idempotency-Replayed", "true"), null, null);
        }
        ApiResponse response = endpoint.handle(caller);
        if (response.status() < 500) {
            idempotency.save(caller.submitterId(), key,
                    new IdempotencyStore.Answer(requestHash, response.status(), response.contentType(), response.body()));
        }
        return response;
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

    private static boolean get(ApiRequest r) {
        return r.method().equals("GET") || r.method().equals("HEAD");
    }

    private static ApiResponse status(int status, String text) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", text);
        return ApiResponse.json(status, body);
    }

    private static ApiResponse methodNotAllowed(String allowed) {
        return Problems.of(405, "method-not-allowed", "Method not allowed", "use " + allowed).withHeader("Allow", allowed);
    }
}
