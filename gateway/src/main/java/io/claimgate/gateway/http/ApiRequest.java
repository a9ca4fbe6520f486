package io.claimgate.gateway.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request, copied off the channel so that it can be handled on a worker thread: method, path
 * (without the query), query parameters, headers (names in lower case) and the body.
 */
public record ApiRequest(String requestId, String method, String path, Map<String, List<String>> query,
                         Map<String, String> headers, byte[] body) {
    public ApiRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The header's value (the first when repeated), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The query parameter's first value, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
