package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.x12.claim.ClaimKind;
import java.time.Clock;
import java.util.Locale;
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
 * POST /v1/claims/{professional|institutional}      validate and store
 * POST /v1/claims/{professional|institutional}/validation   validate only
 * GET  /v1/claims/{id}                              the claim and its status history
 * POST [/change]/medicalnetwork/professionalclaims/v3/{submission|validation}   Change Healthcare drop-in
 * POST [/change]/medicalnetwork/institutionalclaims/v1/{submission|validation}
 * </pre>
 *
 * Everything under {@code /v1} and the drop-in paths needs {@code Authorization: Bearer <api key>}.
 */
public final class Router {
    private static final Pattern V1_CLAIM_POST = Pattern.compile("/v1/claims/(professional|institutional)(/validation)?");
    private static final Pattern V1_CLAIM_GET = Pattern.compile("/v1/claims/(clm_[0-9a-z]{1,40})");
    private static final Pattern CHC = Pattern.compile(
            "(?:/change)?/medicalnetwork/(professionalclaims/v3|institutionalclaims/v1)/(submission|validation)");

    private final SubmitterStore submitters;
    private final ClaimApi claims;
    private final ChangeHealthcareApi chc;
    private final BooleanSupplier ready;

    public Router(SubmitterStore submitters, ClaimStore store, ClaimIntakeService intake, Clock clock, BooleanSupplier ready) {
        this.submitters = submitters;
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
                return validateOnly ? claims.validate(kind, r) : claims.submit(caller, kind, r);
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
                return validateOnly ? chc.validate(caller, kind, r) : chc.submit(caller, kind, r);
            });
        }
        if (path.startsWith("/v1/claims/")) {
            // A well-formed path whose id cannot exist: the same answer as a claim of another submitter.
            return authenticated(r, caller -> Problems.of(404, "not-found", "Claim not found", "no claim with this id"));
        }
        return Problems.notFound(path);
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

    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String a = authorization.trim();
        if (a.length() > 7 && a.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(a.substring(7).trim());
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
