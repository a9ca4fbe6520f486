package io.claimgate.gateway.http;

import io.claimgate.gateway.store.Caller;
import io.claimgate.x12.claim.ClaimKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route table: each route's method, path template, whether it needs an API key, its summary and its
 * handler. The {@link Router} dispatches from this table and nothing else; {@code openapi.json} describes
 * exactly these routes with these summaries and security (a test keeps them in step), and the request
 * metrics label each request with its template. A {@code {name}} segment stands for one path segment of the
 * shape in {@link #PARAMETERS}. {@code HEAD} is answered wherever {@code GET} is and is not listed.
 */
final class Routes {
    /** Label of a request whose path is no route's. */
    static final String UNMATCHED = "unmatched";

    /** Who may call a route. */
    enum Access {
        /** Anyone (health, readiness, metrics, this description, the token endpoint). */
        PUBLIC,
        /** {@code Authorization: Bearer <api key>} of a submitter; the handler sees only that submitter's data. */
        API_KEY
    }

    /** What a handler gets: the request, the authenticated caller (null on public routes), the path's values. */
    record Call(ApiRequest request, Caller caller, Map<String, String> params) {
        Call {
            Objects.requireNonNull(request, "request");
            params = Map.copyOf(params);
        }

        String param(String name) {
            return params.get(name);
        }
    }

    /** Answers a call; runs on a worker thread (it may block on the store). */
    @FunctionalInterface
    interface Handler {
        ApiResponse handle(Router router, Call call);
    }

    /** One route. {@code streamed}: its body is read as it arrives, before the aggregator ({@link BatchUploadHandler}). */
    record Route(String method, String path, Access access, String summary, boolean streamed, Handler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(handler, "handler");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with /, was " + path);
            }
        }
    }

    /** The shape of each path parameter: ids the store hands out. Other values are no route (404). */
    static final Map<String, String> PARAMETERS = Map.of(
            "claimId", "clm_[0-9a-z]{1,40}",
            "batchId", "bat_[0-9a-z]{1,40}",
            "remittanceId", "rmt_[0-9]{1,18}");

    private static final String PRO = "professional claim (837P (005010X222A1))";
    private static final String INS = "institutional claim (837I (005010X223A2))";
    private static final String CHC_PRO = "Change Healthcare Professional Claims v3 drop-in: ";
    private static final String CHC_INS = "Change Healthcare Institutional Claims v1 drop-in: ";
    private static final String PREFIXED = " (path with the /change prefix).";
    /** Stedi's base URL ends in its API version; clients that keep it in their path constants send this. */
    private static final String STEDI = "/2024-04-01/change/medicalnetwork";
    private static final String VERSIONED = " (Stedi's path: its API version 2024-04-01, then /change).";
    private static final String HEALTH = "health check, {\"status\": \"OK\"} while the store answers";
    private static final String TOKEN = "OAuth 2.0 client credentials token as the Change Healthcare API issues it: "
            + "client_id is the submitter id or name, client_secret an API key; the access_token is then a Bearer "
            + "credential for one hour";

    private static final List<Route> ALL = List.of(
            open("GET", "/healthz", "Liveness: 200 while the process runs.", Router::health),
            open("GET", "/readyz", "Readiness: 200 when the store answers.", Router::ready),
            open("GET", "/metrics", "Prometheus metrics (text exposition format 0.0.4).", Router::metrics),
            open("GET", "/openapi.json", "This document.", (r, c) -> OpenApiDocument.response()),
            keyed("POST", "/v1/claims/professional", "Validate and store a " + PRO + ".",
                    (r, c) -> r.submit(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/v1/claims/institutional", "Validate and store a " + INS + ".",
                    (r, c) -> r.submit(ClaimKind.INSTITUTIONAL, c)),
            keyed("POST", "/v1/claims/professional/validation", "Validate a " + PRO + " without storing it.",
                    (r, c) -> r.validate(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/v1/claims/institutional/validation", "Validate a " + INS + " without storing it.",
                    (r, c) -> r.validate(ClaimKind.INSTITUTIONAL, c)),
            keyed("GET", "/v1/claims", "The submitter's claims, newest first (or by id), with cursor pagination.",
                    Router::listClaims),
            keyed("GET", "/v1/claims/{claimId}",
                    "A stored claim with its status history, acknowledgements and payments.", Router::claim),
            new Route("POST", "/v1/batches", Access.API_KEY, "A JSON array or NDJSON of up to 50,000 claims, read as a "
                    + "stream; each claim validated and stored on its own.", true, Router::streamedElsewhere),
            keyed("GET", "/v1/batches/{batchId}", "A batch and its per-claim results.", Router::batch),
            keyed("GET", "/v1/remittances", "The submitter's remittances (claim payments posted from 835s), newest first "
                    + "(or by id), with cursor pagination.", Router::listRemittances),
            keyed("GET", "/v1/remittances/{remittanceId}", "A remittance: the claim payment with its claim-level "
                    + "adjustments, remark codes and service lines.", Router::remittance),
            keyed("POST", "/v1/x12", "A raw 837 file: answered with its 999; the claims of accepted transaction sets "
                    + "are stored.", Router::x12),
            open("POST", "/apip/auth/v2/token", TOKEN, Router::token),
            open("POST", "/change/apip/auth/v2/token", TOKEN + " (path with the /change prefix)", Router::token),
            open("GET", "/medicalnetwork/professionalclaims/v3/healthcheck", CHC_PRO + HEALTH,
                    (r, c) -> r.chcHealth("v3", c)),
            open("GET", "/medicalnetwork/institutionalclaims/v1/healthcheck", CHC_INS + HEALTH,
                    (r, c) -> r.chcHealth("v1", c)),
            open("GET", "/change/medicalnetwork/professionalclaims/v3/healthcheck", CHC_PRO + HEALTH + PREFIXED,
                    (r, c) -> r.chcHealth("v3", c)),
            open("GET", "/change/medicalnetwork/institutionalclaims/v1/healthcheck", CHC_INS + HEALTH + PREFIXED,
                    (r, c) -> r.chcHealth("v1", c)),
            keyed("POST", "/medicalnetwork/professionalclaims/v3/submission", CHC_PRO + "validate and store.",
                    (r, c) -> r.chcSubmit(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/medicalnetwork/professionalclaims/v3/validation", CHC_PRO + "validate only.",
                    (r, c) -> r.chcValidate(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/medicalnetwork/institutionalclaims/v1/submission", CHC_INS + "validate and store.",
                    (r, c) -> r.chcSubmit(ClaimKind.INSTITUTIONAL, c)),
            keyed("POST", "/medicalnetwork/institutionalclaims/v1/validation", CHC_INS + "validate only.",
                    (r, c) -> r.chcValidate(ClaimKind.INSTITUTIONAL, c)),
            keyed("POST", "/change/medicalnetwork/professionalclaims/v3/submission", CHC_PRO + "validate and store"
                    + PREFIXED, (r, c) -> r.chcSubmit(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/change/medicalnetwork/professionalclaims/v3/validation", CHC_PRO + "validate only" + PREFIXED,
                    (r, c) -> r.chcValidate(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", "/change/medicalnetwork/institutionalclaims/v1/submission", CHC_INS + "validate and store"
                    + PREFIXED, (r, c) -> r.chcSubmit(ClaimKind.INSTITUTIONAL, c)),
            keyed("POST", "/change/medicalnetwork/institutionalclaims/v1/validation", CHC_INS + "validate only" + PREFIXED,
                    (r, c) -> r.chcValidate(ClaimKind.INSTITUTIONAL, c)),
            open("GET", STEDI + "/professionalclaims/v3/healthcheck", CHC_PRO + HEALTH + VERSIONED,
                    (r, c) -> r.chcHealth("v3", c)),
            open("GET", STEDI + "/institutionalclaims/v1/healthcheck", CHC_INS + HEALTH + VERSIONED,
                    (r, c) -> r.chcHealth("v1", c)),
            keyed("POST", STEDI + "/professionalclaims/v3/submission", CHC_PRO + "validate and store" + VERSIONED,
                    (r, c) -> r.chcSubmit(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", STEDI + "/professionalclaims/v3/validation", CHC_PRO + "validate only" + VERSIONED,
                    (r, c) -> r.chcValidate(ClaimKind.PROFESSIONAL, c)),
            keyed("POST", STEDI + "/institutionalclaims/v1/submission", CHC_INS + "validate and store" + VERSIONED,
                    (r, c) -> r.chcSubmit(ClaimKind.INSTITUTIONAL, c)),
            keyed("POST", STEDI + "/institutionalclaims/v1/validation", CHC_INS + "validate only" + VERSIONED,
                    (r, c) -> r.chcValidate(ClaimKind.INSTITUTIONAL, c)));

    /** One template and the routes (one per method) on it. Templates with fewer parameters come first. */
    private record Template(String path, Pattern pattern, List<String> names, int variables, List<Route> routes) {
    }

    private static final List<Template> TEMPLATES = templates();

    private Routes() {
    }

    private static Route open(String method, String path, String summary, Handler handler) {
        return new Route(method, path, Access.PUBLIC, summary, false, handler);
    }

    private static Route keyed(String method, String path, String summary, Handler handler) {
        return new Route(method, path, Access.API_KEY, summary, false, handler);
    }

    /** Every route, in the order of the Router's documentation. */
    static List<Route> all() {
        return ALL;
    }

    /**
     * What a request's method and path (without the query; a trailing slash ignored) come to: a route with
     * the path's parameters, or (route null) the methods the path has (empty: no such path).
     */
    record Match(Route route, Map<String, String> params, Set<String> allowed) {
        boolean found() {
            return route != null;
        }

        boolean pathExists() {
            return route != null || !allowed.isEmpty();
        }
    }

    static Match match(String method, String path) {
        String p = trim(path);
        String m = method.equals("HEAD") ? "GET" : method;
        for (Template t : TEMPLATES) {
            Matcher matcher = t.pattern().matcher(p);
            if (!matcher.matches()) {
                continue;
            }
            Set<String> allowed = new LinkedHashSet<>();
            for (Route r : t.routes()) {
                if (r.method().equals(m)) {
                    Map<String, String> params = new HashMap<>();
                    for (String name : t.names()) {
                        params.put(name, matcher.group(name));
                    }
                    return new Match(r, params, Set.of());
                }
                allowed.add(r.method());
            }
            return new Match(null, Map.of(), allowed);
        }
        return new Match(null, Map.of(), Set.of());
    }

    /** True for a request whose body the route reads as a stream ({@code POST /v1/batches}). */
    static boolean streamed(String method, String path) {
        Match m = match(method, path);
        return m.found() && m.route().streamed();
    }

    /** The template of the route a path (as sent, without the query) belongs to, or {@link #UNMATCHED}. */
    static String template(String path) {
        String p = trim(path);
        for (Template t : TEMPLATES) {
            if (t.pattern().matcher(p).matches()) {
                return t.path();
            }
        }
        return UNMATCHED;
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Template> templates() {
        List<Template> out = new ArrayList<>();
        for (String path : ALL.stream().map(Route::path).distinct().toList()) {
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (String segment : path.substring(1).split("/", -1)) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    String name = segment.substring(1, segment.length() - 1);
                    String shape = PARAMETERS.get(name);
                    if (shape == null) {
                        throw new IllegalStateException("no shape for path parameter " + name + " of " + path);
                    }
                    regex.append("(?<").append(name).append('>').append(shape).append(')');
                    names.add(name);
                } else {
                    regex.append(Pattern.quote(segment));
                }
            }
            List<Route> routes = ALL.stream().filter(r -> r.path().equals(path)).toList();
            if (routes.stream().map(Route::method).distinct().count() != routes.size()) {
                throw new IllegalStateException("a method listed twice for " + path);
            }
            out.add(new Template(path, Pattern.compile(regex.toString()), List.copyOf(names), names.size(), routes));
        }
        out.sort(Comparator.comparingInt(Template::variables));
        return List.copyOf(out);
    }
}
