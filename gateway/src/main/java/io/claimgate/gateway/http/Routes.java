package io.claimgate.gateway.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@link Router}'s routes as data: each method and path template it answers (a {@code {name}} segment
 * stands for one path segment). {@code openapi.json} describes exactly these (a test keeps the two and the
 * Router's behaviour in step), and the request metrics label each request with its template. A route added
 * to the Router goes here too. {@code HEAD} is answered wherever {@code GET} is and is not listed.
 */
public final class Routes {
    /** Label of a request whose path is no route's. */
    public static final String UNMATCHED = "unmatched";

    /** One method and path template. */
    public record Route(String method, String path) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with /, was " + path);
            }
        }
    }

    private static final List<Route> ALL = List.of(
            new Route("GET", "/healthz"),
            new Route("GET", "/readyz"),
            new Route("GET", "/metrics"),
            new Route("GET", "/openapi.json"),
            new Route("POST", "/v1/claims/professional"),
            new Route("POST", "/v1/claims/institutional"),
            new Route("POST", "/v1/claims/professional/validation"),
            new Route("POST", "/v1/claims/institutional/validation"),
            new Route("GET", "/v1/claims"),
            new Route("GET", "/v1/claims/{claimId}"),
            new Route("POST", "/v1/batches"),
            new Route("GET", "/v1/batches/{batchId}"),
            new Route("POST", "/v1/x12"),
            new Route("POST", "/medicalnetwork/professionalclaims/v3/submission"),
            new Route("POST", "/medicalnetwork/professionalclaims/v3/validation"),
            new Route("POST", "/medicalnetwork/institutionalclaims/v1/submission"),
            new Route("POST", "/medicalnetwork/institutionalclaims/v1/validation"),
            new Route("POST", "/change/medicalnetwork/professionalclaims/v3/submission"),
            new Route("POST", "/change/medicalnetwork/professionalclaims/v3/validation"),
            new Route("POST", "/change/medicalnetwork/institutionalclaims/v1/submission"),
            new Route("POST", "/change/medicalnetwork/institutionalclaims/v1/validation"));

    /** Templates with fewer {@code {name}} segments first, so that a literal path wins over a template. */
    private static final List<Template> TEMPLATES = templates();

    private record Template(String path, Pattern pattern, int variables) {
    }

    private Routes() {
    }

    /** Every route, in the order of the Router's documentation. */
    public static List<Route> all() {
        return ALL;
    }

    /** The template of the route a path (as sent, without the query) belongs to, or {@link #UNMATCHED}. */
    public static String template(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Template t : TEMPLATES) {
            if (t.pattern().matcher(p).matches()) {
                return t.path();
            }
        }
        return UNMATCHED;
    }

    private static List<Template> templates() {
        List<Template> out = new ArrayList<>();
        for (String path : ALL.stream().map(Route::path).distinct().toList()) {
            StringBuilder regex = new StringBuilder();
            int variables = 0;
            for (String segment : path.substring(1).split("/", -1)) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(segment));
                }
            }
            out.add(new Template(path, Pattern.compile(regex.toString()), variables));
        }
        out.sort(Comparator.comparingInt(Template::variables));
        return List.copyOf(out);
    }
}
