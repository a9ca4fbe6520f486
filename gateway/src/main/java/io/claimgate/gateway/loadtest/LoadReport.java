package io.claimgate.gateway.loadtest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The bench's results, printed as one Markdown table (ready for the README) with the run's conditions. */
public final class LoadReport {
    private final LoadBenchConfig config;
    private final double loadBefore;
    private final String mariadbVersion;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private ClaimSet claims;
    private JdbcCeiling.Result ceiling;
    private BatchLoad.Result batches;
    private OpenLoop.Result singles;
    private Path serverLog;

    LoadReport(LoadBenchConfig config, double loadBefore, String mariadbVersion) {
        this.config = config;
        this.loadBefore = loadBefore;
        this.mariadbVersion = mariadbVersion;
    }

    void claims(ClaimSet c) {
        this.claims = c;
    }

    void ceiling(JdbcCeiling.Result r) {
        this.ceiling = r;
    }

    void batches(BatchLoad.Result r) {
        this.batches = r;
    }

    void singles(OpenLoop.Result r) {
        this.singles = r;
    }

    void serverLog(Path log) {
        this.serverLog = log;
    }

    /** False when a batch or a single request was not answered as expected. */
    public boolean clean() {
        return (batches == null || batches.failedBatches() == 0) && (singles == null || singles.errors() == 0);
    }

    public void print(PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "Gateway load, %s, %d CPUs, MariaDB %s, load average %.1f at start, %.1f at end%n",
                started, Runtime.getRuntime().availableProcessors(), mariadbVersion, loadBefore, CpuClock.loadAverage());
        out.printf(Locale.ROOT, "%,d generated claims (seed %d, %,d bytes of JSON each on average): %d batches of %,d, "
                        + "%d uploads at a time, %d claims a transaction%n", claims.size(), config.seed(),
                claims.size() == 0 ? 0 : claims.bytes() / claims.size(), config.batches(), config.batchSize(),
                config.batchClients(), config.claimsPerTransaction());
        out.println();
        out.println("| what | result | gateway CPU | MariaDB CPU | machine CPU busy |");
        out.println("|---|---|---:|---:|---:|");
        if (ceiling != null) {
            out.printf(Locale.ROOT, "| JDBC batch insert of the same rows (ceiling) | **%,.0f claims/s** (%.1f s) | %s (JDBC client) | %s | %s |%n",
                    ceiling.claimsPerSecond(), ceiling.wallNanos() / 1e9, cores(ceiling.cpu().gatewayNanos(), ceiling.cpu()),
                    cores(ceiling.cpu().databaseNanos(), ceiling.cpu()), cores(ceiling.cpu().machineNanos(), ceiling.cpu()));
        }
        if (batches != null) {
            String ratio = ceiling == null ? "" : String.format(Locale.ROOT, ", %.0f%% of the ceiling",
                    100 * batches.claimsPerSecond() / ceiling.claimsPerSecond());
            String failed = batches.failedBatches() == 0 ? "" : "; " + batches.failedBatches() + " batches failed: "
                    + String.join("; ", batches.problems());
            out.printf(Locale.ROOT, "| batch intake, POST /v1/batches (NDJSON) | **%,.0f claims/s** (%,d stored in %.1f s%s)%s | %s, %s | %s | %s |%n",
                    batches.claimsPerSecond(), batches.stored(), batches.wallNanos() / 1e9, ratio, failed,
                    cores(batches.cpu().gatewayNanos(), batches.cpu()), perClaim(batches.cpu().gatewayNanos(), batches.stored()),
                    cores(batches.cpu().databaseNanos(), batches.cpu()), cores(batches.cpu().machineNanos(), batches.cpu()));
        }
        if (singles != null) {
            String errors = singles.errors() == 0 ? "all 201" : singles.errors() + " not 201 (first: " + singles.firstError() + ")";
            CpuClock.Usage u = singles.cpu();
            out.printf(Locale.ROOT, "| single claims, POST /v1/claims/{kind}, %d/s open loop, %,d requests | p50 %s, p90 %s, "
                            + "**p99 %s**, p99.9 %s, max %s; %s | %s | %s | %s |%n",
                    singles.rate(), singles.requests(), ms(singles.percentile(50)), ms(singles.percentile(90)),
                    ms(singles.percentile(99)), ms(singles.percentile(99.9)), ms(singles.max()), errors,
                    u == null ? "-" : cores(u.gatewayNanos(), u), u == null ? "-" : cores(u.databaseNanos(), u),
                    u == null ? "-" : cores(u.machineNanos(), u));
        }
        out.println();
        out.println("CPU columns: cores kept busy on average over the phase (CPU time / wall time), from /proc; "
                + "the machine column includes everything else running on it.");
        if (serverLog != null) {
            out.println("server log: " + serverLog);
        }
        out.flush();
    }

    private static String cores(long cpuNanos, CpuClock.Usage u) {
        double c = CpuClock.Usage.cores(cpuNanos, u.wallNanos());
        return Double.isNaN(c) ? "-" : String.format(Locale.ROOT, "%.2f cores", c);
    }

    private static String perClaim(long cpuNanos, long claims) {
        return cpuNanos < 0 || claims == 0 ? "-" : String.format(Locale.ROOT, "%.0f µs/claim", cpuNanos / 1e3 / claims);
    }

    private static String ms(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return "no answer";
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
