package io.claimgate.gateway.config;

import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import java.util.Objects;

/** Everything {@code claimgate serve} needs, read once at start ({@link ConfigLoader}). */
public record GatewayConfig(HttpConfig http, DatabaseConfig database, BatchConfig batches) {
    public GatewayConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(batches, "batches");
    }

    /** With the default batch limits. */
    public GatewayConfig(HttpConfig http, DatabaseConfig database) {
        this(http, database, BatchConfig.defaults());
    }

    /** Loopback port 8080 and the embedded H2 store under {@code ./data}. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(HttpConfig.defaults(), DatabaseConfig.defaults());
    }
}
