package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.store.IssuedToken;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /apip/auth/v2/token}: the OAuth 2.0 client credentials grant (RFC 6749 section 4.4) as the
 * Change Healthcare API serves it, so a CHC-era client gets its bearer token unchanged. The body is form
 * encoded or JSON with {@code grant_type=client_credentials} (CHC: always; clients that leave it out are
 * served too), {@code client_id} (the submitter's id or name) and {@code client_secret} (one of its API keys);
 * HTTP Basic with the same two is taken as well (RFC 6749 section 2.3.1).
 * <ul>
 * <li>200 {@code {"access_token", "token_type": "bearer", "expires_in": 3600}} (a number of seconds), with
 *     {@code Cache-Control: no-store}. The token is sent as {@code Authorization: Bearer <token>} on every
 *     keyed route and acts for that submitter until it expires or its key is revoked.</li>
 * <li>400 {@code {"error": "invalid_request" | "unsupported_grant_type", "error_description"}}.</li>
 * <li>401 {@code {"error": "invalid_client", "error_description"}}: unknown, revoked or mismatched
 *     credentials.</li>
 * </ul>
 * Errors are in OAuth's shape (what CHC answers and its clients read), not problem+json.
 */
final class AccessTokenApi {
    private final SubmitterStore submitters;

    AccessTokenApi(SubmitterStore submitters) {
        this.submitters = submitters;
    }

    ApiResponse token(ApiRequest request) {
        Map<String, String> p = parameters(request);
        if (p == null) {
            return error(400, "invalid_request", "send grant_type, client_id and client_secret as a form or JSON body");
        }
        String grant = p.get("grant_type");
        if (grant != null && !grant.equals("client_credentials")) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        basic(request.header("authorization")).ifPresent(b -> {
            p.putIfAbsent("client_id", b[0]);
            p.putIfAbsent("client_secret", b[1]);
        });
        String id = p.get("client_id");
        String secret = p.get("client_secret");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            return error(400, "invalid_request", "client_id and client_secret are required");
        }
        Optional<IssuedToken> token = submitters.issueToken(id, secret.trim());
        if (token.isEmpty()) {
            return error(401, "invalid_client", "client authentication failed: client_id is the submitter id or name, "
                    + "client_secret one of its API keys").withHeader("WWW-Authenticate", "Bearer realm=\"claimgate\"");
        }
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("access_token", token.get().token());
        body.put("token_type", "bearer");
        body.put("expires_in", token.get().expiresInSeconds());
        return noStore(ApiResponse.json(200, body)).forSubmitter(token.get().submitterId());
    }

    /** The request's parameters (form or JSON, by content type or by the body's first character); null if neither. */
    private static Map<String, String> parameters(ApiRequest request) {
        String type = request.header("content-type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String text = new String(request.body(), StandardCharsets.UTF_8).trim();
        boolean json = t.contains("json") || !t.contains("x-www-form-urlencoded") && text.startsWith("{");
        Map<String, String> out = new HashMap<>();
        if (json) {
            try {
                JsonNode tree = ApiResponse.JSON.readTree(text);
                if (tree == null || !tree.isObject()) {
                    return null;
                }
                tree.fields().forEachRemaining(f -> {
                    if (f.getValue().isValueNode() && !f.getValue().isNull()) {
                        out.put(f.getKey(), f.getValue().asText());
                    }
                });
            } catch (IOException e) {
                return null;
            }
            return out;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }

    /** {@code Authorization: Basic base64(client_id:client_secret)}, if that is what was sent. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {
                URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ApiResponse error(int status, String error, String description) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return noStore(ApiResponse.json(status, body));
    }

    private static ApiResponse noStore(ApiResponse r) {
        return r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }
}
