package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every error answer on the Change Healthcare drop-in paths ({@code /medicalnetwork/...}, also under
 * {@code /change} and {@code /2024-04-01/change}) in that API's response shape, not as problem+json: a client of that API reads
 * {@code status}, {@code errors[]} and (as Stedi's exceptions have them) {@code code} and {@code message},
 * whatever went wrong. An RFC 9457 problem answer on such a path (401, 404, 405, 409 key in use, 413,
 * 415, 422 key reused, 503, ...) becomes, with the same HTTP status and headers:
 * <pre>
 * {"status": "ERROR", "httpStatusCode": "409 CONFLICT", "code": "IDEMPOTENCY_KEY_IN_USE", "message": detail,
 *  "controlNumber", "tradingPartnerServiceId" (when the request body named them),
 *  "meta": {"submitterId", "traceId"}, "editStatus": "ERROR",
 *  "errors": [{"field", "code", "description", "followupAction", "location"}], "warnings": []}
 * </pre>
 * {@code field} and {@code location} name what to change when it is a header ({@code Authorization},
 * {@code Content-Type}, {@code Idempotency-Key}); {@code followupAction} is "Resubmission Allowed" when the
 * same request may simply be sent again (in flight, timed out, store unavailable), otherwise "Please Correct
 * and Resubmit". The /v1 paths keep problem+json.
 */
final class ChangeHealthcareErrors {
    static final String CORRECT_AND_RESUBMIT = "Please Correct and Resubmit";
    static final String RESUBMISSION_ALLOWED = "Resubmission Allowed";

    /** The request header to change, by problem type. */
    private static final Map<String, String> HEADER_AT_FAULT = Map.of(
            "unauthorized", "Authorization",
            "unsupported-media-type", "Content-Type",
            "invalid-idempotency-key", "Idempotency-Key",
            "idempotency-key-in-use", "Idempotency-Key",
            "idempotency-key-reused", "Idempotency-Key");
    /** Problem types after which the same request may be sent again unchanged. */
    private static final Set<String> RETRYABLE = Set.of("idempotency-key-in-use", "timeout", "overloaded",
            "store-unavailable", "internal-error", "request-timeout");

    private ChangeHealthcareErrors() {
    }

    /** True for the drop-in paths: {@code /medicalnetwork/...}, {@code [/2024-04-01]/change/medicalnetwork/...}. */
    static boolean chcPath(String path) {
        return path != null && (path.startsWith("/medicalnetwork/") || path.startsWith("/change/medicalnetwork/")
                || path.startsWith("/2024-04-01/change/medicalnetwork/"));
    }

    /**
     * {@code r} in the CHC shape when {@code path} is a drop-in path and {@code r} a problem document;
     * otherwise {@code r} itself. {@code requestId} and {@code requestBody} may be null (not known where the
     * answer is made).
     */
    static ApiResponse reshape(String path, ApiResponse r, String requestId, byte[] requestBody) {
        if (!chcPath(path) || !ApiResponse.PROBLEM_JSON.equals(r.contentType())) {
            return r;
        }
        JsonNode problem = read(r.body());
        String type = problem == null ? "" : problem.path("type").asText("");
        if (type.startsWith(Problems.TYPE_BASE)) {
            type = type.substring(Problems.TYPE_BASE.length());
        }
        String title = problem == null ? "" : problem.path("title").asText("");
        String detail = problem == null ? "" : problem.path("detail").asText("");
        String description = detail.isEmpty() ? title : detail;
        String code = type.isEmpty() ? "ERROR" : type.toUpperCase(Locale.ROOT).replace('-', '_');

        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "ERROR");
        body.put("httpStatusCode", statusText(r.status()));
        JsonNode request = requestBody == null || requestBody.length == 0 ? null : read(requestBody);
        for (String field : new String[] {"controlNumber", "tradingPartnerServiceId"}) {
            JsonNode v = request == null ? null : request.get(field);
            if (v != null && v.isValueNode() && !v.isNull()) {
                body.put(field, v.asText());
            }
        }
        body.put("code", code);
        body.put("message", description);
        ObjectNode meta = body.putObject("meta");
        if (r.submitterId() != null) {
            meta.put("submitterId", r.submitterId());
        }
        if (requestId != null) {
            meta.put("traceId", requestId);
        }
        body.put("editStatus", "ERROR");
        ArrayNode errors = body.putArray("errors");
        String followup = RETRYABLE.contains(type) || r.status() >= 500 ? RESUBMISSION_ALLOWED : CORRECT_AND_RESUBMIT;
        JsonNode issues = problem == null ? null : problem.get("issues");
        if (issues != null && issues.isArray() && !issues.isEmpty()) {
            for (JsonNode i : issues) {
                ObjectNode e = errors.addObject();
                e.put("field", i.path("path").asText(""));
                e.put("code", i.path("code").asText(code));
                e.put("description", i.path("message").asText(description));
                e.put("followupAction", followup);
                e.put("location", i.path("path").asText(""));
            }
        } else {
            ObjectNode e = errors.addObject();
            String header = HEADER_AT_FAULT.get(type);
            if (header != null) {
                e.put("field", header);
            }
            e.put("code", code);
            e.put("description", description);
            e.put("followupAction", followup);
            if (header != null) {
                e.put("location", header);
            }
        }
        body.putArray("warnings");
        ApiResponse json = ApiResponse.json(r.status(), body);
        return new ApiResponse(json.status(), json.contentType(), json.body(), r.headers(), r.submitterId(), r.claimId(),
                r.batchId());
    }

    /** "409 CONFLICT", "422 UNPROCESSABLE_ENTITY": the status as CHC's answers carry it in {@code httpStatusCode}. */
    static String statusText(int status) {
        String phrase = HttpResponseStatus.valueOf(status).reasonPhrase();
        return status + " " + phrase.toUpperCase(Locale.ROOT).replace(' ', '_').replace("-", "_");
    }

    private static JsonNode read(byte[] json) {
        try {
            return ApiResponse.JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
