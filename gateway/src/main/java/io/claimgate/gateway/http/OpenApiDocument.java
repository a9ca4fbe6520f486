package io.claimgate.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code /openapi.json}: the OpenAPI 3.0 description of every route, a classpath resource served as is. */
final class OpenApiDocument {
    static final String RESOURCE = "/openapi.json";
    private static final byte[] BYTES = load();

    private OpenApiDocument() {
    }

    static ApiResponse response() {
        return new ApiResponse(200, ApiResponse.APPLICATION_JSON, BYTES, Map.of("Cache-Control", "max-age=300"), null, null);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
