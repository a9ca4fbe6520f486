package io.claimgate.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer: status, content type, body, extra headers, and for the request log the submitter, claim and
 * batch it concerned (ids only).
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers, String submitterId,
                          String claimId, String batchId) {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String APPLICATION_JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    public ApiResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** An answer that concerns no batch. */
    public ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers, String submitterId,
                       String claimId) {
        this(status, contentType, body, headers, submitterId, claimId, null);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, APPLICATION_JSON, bytes(body), Map.of(), null, null);
    }

    static ApiResponse problem(int status, JsonNode body) {
        return new ApiResponse(status, PROBLEM_JSON, bytes(body), Map.of(), null, null);
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, contentType, body, h, submitterId, claimId, batchId);
    }

    ApiResponse forSubmitter(String id) {
        return new ApiResponse(status, contentType, body, headers, id, claimId, batchId);
    }

    ApiResponse forClaim(String id) {
        return new ApiResponse(status, contentType, body, headers, submitterId, id, batchId);
    }

    ApiResponse forBatch(String id) {
        return new ApiResponse(status, contentType, body, headers, submitterId, claimId, id);
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
