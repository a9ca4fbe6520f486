package io.claimgate.gateway.loadtest;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code claimgate bench-load} runs: the MariaDB server to use (a database is created on it per run
 * and dropped after) and the JDBC URL options both the gateway and the JDBC ceiling connect with, the claims, the batch phase (batches of {@code batchSize}, {@code batchClients}
 * uploads at a time), the single-claim phase ({@code rate} requests a second for {@code seconds}, after
 * {@code warmupSeconds}), the server's settings ({@code claimsPerTransaction}, {@code poolSize} and
 * {@code workerThreads}, 0 for the server's default), the jar it runs from ({@code serverJar}, null for
 * this one; another build compares before and after) and its JVM options; {@code latencyLog}: a CSV file for
 * every single request's timing, or null.
 */
public record LoadBenchConfig(String serverUrl, String urlOptions, String user, String password, long seed, int batches, int batchSize,
                              int batchClients, int warmupClaims, int rate, int seconds, int warmupSeconds,
                              int claimsPerTransaction, int poolSize, int workerThreads, String serverJar,
                              List<String> serverJvmOptions,
                              Set<Phase> phases, boolean keep, String latencyLog) {
    /** The parts of the bench. */
    public enum Phase {
        /** Plain JDBC batch insert of the same rows. */
        JDBC,
        /** NDJSON batches to POST /v1/batches. */
        BATCH,
        /** Single claims at a fixed rate. */
        SINGLE
    }

    public LoadBenchConfig {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(urlOptions, "urlOptions");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        serverJvmOptions = List.copyOf(serverJvmOptions);
        phases = Set.copyOf(phases);
        if (!serverUrl.startsWith("jdbc:mariadb://") || !serverUrl.endsWith("/")) {
            throw new IllegalArgumentException("--db-server: jdbc:mariadb://host:port/ (the bench makes its own database)");
        }
        positive("--batches", batches);
        positive("--batch-size", batchSize);
        positive("--batch-clients", batchClients);
        positive("--rate", rate);
        positive("--seconds", seconds);
        positive("--claims-per-transaction", claimsPerTransaction);
        if (warmupClaims < 0 || warmupSeconds < 0 || poolSize < 0 || workerThreads < 0) {
            throw new IllegalArgumentException("warm-ups, pool size and worker threads must not be negative");
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("--phases: at least one of jdbc, batch, single");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** The JDBC URL of database {@code name} on the server, with the options. */
    String url(String name) {
        return serverUrl + name + (urlOptions.isEmpty() ? "" : "?" + urlOptions);
    }

    int batchClaims() {
        return batches * batchSize;
    }
}
