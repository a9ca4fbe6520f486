package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue;
import java.util.List;

/**
 * RFC 9457 problem details ({@code application/problem+json}): {@code type} (a URI naming the kind of
 * problem), {@code title}, {@code status}, {@code detail}, and extension members such as {@code issues}.
 */
final class Problems {
    static final String TYPE_BASE = "https://claimgate.io/problems/";

    private Problems() {
    }

    static ObjectNode body(int status, String type, String title, String detail) {
        ObjectNode p = ApiResponse.JSON.createObjectNode();
        p.put("type", TYPE_BASE + type);
        p.put("title", title);
        p.put("status", status);
        if (detail != null) {
            p.put("detail", detail);
        }
        return p;
    }

    static ApiResponse of(int status, String type, String title, String detail) {
        return ApiResponse.problem(status, body(status, type, title, detail));
    }

    static ApiResponse notFound() {
        return of(404, "not-found", "Not found", "no resource at this path");
    }

    static ApiResponse unauthorized() {
        return of(401, "unauthorized", "Unauthorized", "send Authorization: Bearer <api key>")
                .withHeader("WWW-Authenticate", "Bearer realm=\"claimgate\"");
    }

    /** 400 with every issue of the claim: {@code issues[]} of {path, code, severity, message}. */
    static ApiResponse invalidClaim(List<ClaimIssue> issues) {
        long errors = issues.stream().filter(i -> i.severity() == ClaimIssue.Severity.ERROR).count();
        ObjectNode p = body(400, "invalid-claim", "Claim is invalid",
                errors + (errors == 1 ? " error" : " errors") + "; nothing was stored");
        p.set("issues", issues(issues));
        return ApiResponse.problem(400, p);
    }

    static ArrayNode issues(List<ClaimIssue> issues) {
        ArrayNode a = ApiResponse.JSON.createArrayNode();
        for (ClaimIssue i : issues) {
            ObjectNode n = a.addObject();
            n.put("path", i.path());
            n.put("code", i.code().name());
            n.put("severity", i.severity().name());
            n.put("message", i.message());
        }
        return a;
    }
}
