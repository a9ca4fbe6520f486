package io.claimgate.gateway.config;

import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.ops.OpsConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import java.util.Objects;

/** Everything {@code claimgate serve} needs, read once at start ({@link ConfigLoader}). */
public record GatewayConfig(HttpConfig http, DatabaseConfig database, BatchConfig batches, OpsConfig ops) {
    public GatewayConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(ops, "ops");
    }

    /** With the default batch limits. */
    public GatewayConfig(HttpConfig http, DatabaseConfig database, OpsConfig ops) {
        this(http, database, BatchConfig.defaults(), ops);
    }

    /** With the default operations settings (text logs, metrics served). */
    public GatewayConfig(HttpConfig http, DatabaseConfig database, BatchConfig batches) {
        this(http, database, batches, OpsConfig.defaults());
    }

    /** With the default batch limits and operations settings. */
    public GatewayConfig(HttpConfig http, DatabaseConfig database) {
        this(http, database, BatchConfig.defaults(), OpsConfig.defaults());
    }

    /** Loopback port 8080 and the embedded H2 store under {@code ./data}. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(HttpConfig.defaults(), DatabaseConfig.defaults());
    }

    /** This configuration with other operations settings. */
    public GatewayConfig withOps(OpsConfig ops) {
        return new GatewayConfig(http, database, ops);
    }
}
