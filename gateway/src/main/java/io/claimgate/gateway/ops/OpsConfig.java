package io.claimgate.gateway.ops;

import java.util.Objects;

/**
 * Operations settings. {@code logFormat}: text (default) or JSON lines; {@code metricsEnabled}: whether
 * {@code GET /metrics} answers (default true; it needs no API key, like the health checks, and holds no
 * claim data: keep the port off public networks or set it false).
 */
public record OpsConfig(LogFormat logFormat, boolean metricsEnabled) {
    public OpsConfig {
        Objects.requireNonNull(logFormat, "logFormat");
    }

    /** Text logs, metrics served. */
    public static OpsConfig defaults() {
        return new OpsConfig(LogFormat.TEXT, true);
    }
}
