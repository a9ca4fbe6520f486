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
        if (ceiling != null || batches != null) {
            out.printf(Locale.ROOT, "%,d generated claims (seed %d, %,d bytes of JSON each on average): %d batches of %,d, "
                            + "%d uploads at a time, %d claims a transaction%n", claims.size(), config.seed(),
                    claims.size() == 0 ? 0 : claims.bytes() / claims.size(), config.batches(), config.batchSize(),
                    config.batchClients(), config.claimsPerTransaction());
        }
        if (singles != null) {
            out.printf(Locale.ROOT, "single claims: generated with seed %d, each sent once, %d/s for %d s after a "
                    + "%d s warm-up at the same rate%n", config.seed() + 2, config.rate(), config.seconds(), config.warmupSeconds());
        }
        out.println();
        out.println("| what | result | gateway CPU | MariaDB CPU | machine CPU busy |");
        out.println("|---|---|---:|---:|---:|");
        if (ceiling != null) {
            CpuClock.Usage u = ceiling.cpu();
            out.printf(Locale.ROOT, "| JDBC batch insert of the same rows (ceiling) | **%,.0f claims/s** (%.1f s) | %s (JDBC client) | %s | %s |%n",
                    ceiling.claimsPerSecond(), ceiling.wallNanos() / 1e9, cpu(u.gatewayNanos(), u, ceiling.claims()),
                    cpu(u.databaseNanos(), u, ceiling.claims()), cores(u.machineNanos(), u));
        }
        if (batches != null) {
            CpuClock.Usage u = batches.cpu();
            String ratio = ceiling == null ? "" : String.format(Locale.ROOT, ", %.0f%% of the ceiling",
                    100 * batches.claimsPerSecond() / ceiling.claimsPerSecond());
            String failed = batches.failedBatches() == 0 ? "" : "; " + batches.failedBatches() + " batches failed: "
                    + String.join("; ", batches.problems());
            out.printf(Locale.ROOT, "| batch intake, POST /v1/batches (NDJSON) | **%,.0f claims/s** (%,d stored in %.1f s%s)%s | %s | %s | %s |%n",
                    batches.claimsPerSecond(), batches.stored(), batches.wallNanos() / 1e9, ratio, failed,
                    cpu(u.gatewayNanos(), u, batches.stored()), cpu(u.databaseNanos(), u, batches.stored()),
                    cores(u.machineNanos(), u));
        }
        if (singles != null) {
            String errors = singles.errors() == 0 ? "all 201" : singles.errors() + " not 201 (first: " + singles.firstError() + ")";
            CpuClock.Usage u = singles.cpu();
            int answered = singles.requests() - singles.errors();
            out.printf(Locale.ROOT, "| single claims, POST /v1/claims/{kind}, %d/s open loop, %,d requests | p50 %s, p90 %s, "
                            + "**p99 %s**, p99.9 %s, max %s; %s | %s | %s | %s |%n",
                    singles.rate(), singles.requests(), ms(singles.percentile(50)), ms(singles.percentile(90)),
                    ms(singles.percentile(99)), ms(singles.percentile(99.9)), ms(singles.max()), errors,
                    u == null ? "-" : cpu(u.gatewayNanos(), u, answered), u == null ? "-" : cpu(u.databaseNanos(), u, answered),
                    u == null ? "-" : cores(u.machineNanos(), u));
        }
        if (singles != null && singles.cpu() != null && singles.jitNanos() >= 0 && singles.cpu().gatewayNanos() > 0) {
            int answered = singles.requests() - singles.errors();
            if (answered > 0) {
                out.println();
                out.printf(Locale.ROOT, "single claims: of the gateway's CPU, %.0f µs a claim (%.0f%%) was its JIT compiler "
                                + "threads (a warm-up too short for the request path leaves them compiling it in the counted "
                                + "phase), %.0f µs a claim the rest.%n",
                        singles.jitNanos() / 1e3 / answered, 100.0 * singles.jitNanos() / singles.cpu().gatewayNanos(),
                        (singles.cpu().gatewayNanos() - singles.jitNanos()) / 1e3 / answered);
            }
        }
        if (batches != null) {
            out.println();
            out.println(capacity("batch intake", batches.cpu(), batches.stored()));
            if (batches.jitNanos() >= 0 && batches.cpu().gatewayNanos() > 0 && batches.stored() > 0) {
                out.printf(Locale.ROOT, "batch intake: of the gateway's CPU, %.0f µs a claim (%.0f%%) was its JIT compiler "
                                + "threads compiling the claim path (paid after a start, not by a server that has run for a while).%n",
                        batches.jitNanos() / 1e3 / batches.stored(), 100.0 * batches.jitNanos() / batches.cpu().gatewayNanos());
            }
            if (ceiling != null) {
                out.println(capacity("JDBC ceiling", ceiling.cpu(), ceiling.claims()));
                double gateway = perClaimNanos(batches.cpu(), batches.stored());
                double jdbc = perClaimNanos(ceiling.cpu(), ceiling.claims());
                if (gateway > 0 && jdbc > 0) {
                    out.printf(Locale.ROOT, "By CPU, batch intake runs at %.0f%% of the ceiling (wall clock: %.0f%%).%n",
                            100 * jdbc / gateway, 100 * batches.claimsPerSecond() / ceiling.claimsPerSecond());
                }
            }
        }
        out.println();
        out.println("CPU columns: cores kept busy on average over the phase (CPU time / wall time), from /proc, and "
                + "that time per claim (for single claims: per claim answered 201, background work such as the JIT "
                + "included); the machine column includes everything else running on it.");
        if (serverLog != null) {
            out.println("server log: " + serverLog);
        }
        out.flush();
    }

    private static String cores(long cpuNanos, CpuClock.Usage u) {
        double c = CpuClock.Usage.cores(cpuNanos, u.wallNanos());
        return Double.isNaN(c) ? "-" : String.format(Locale.ROOT, "%.2f cores", c);
    }

    /** Cores busy and CPU time per claim. */
    private static String cpu(long cpuNanos, CpuClock.Usage u, long claims) {
        if (cpuNanos < 0 || claims <= 0) {
            return cores(cpuNanos, u);
        }
        return cores(cpuNanos, u) + String.format(Locale.ROOT, ", %.0f µs/claim", cpuNanos / 1e3 / claims);
    }

    /** Gateway (or JDBC client) plus MariaDB CPU time per claim; -1 when not known. */
    private static double perClaimNanos(CpuClock.Usage u, long claims) {
        if (u.gatewayNanos() < 0 || u.databaseNanos() < 0 || claims <= 0) {
            return -1;
        }
        return (double) (u.gatewayNanos() + u.databaseNanos()) / claims;
    }

    /**
     * What the CPU time per claim allows on the machine's cores with nothing else running: a bound that does
     * not depend on how busy the machine was, though CPU time measured on a crowded machine runs high.
     */
    private static String capacity(String what, CpuClock.Usage u, long claims) {
        double nanos = perClaimNanos(u, claims);
        if (nanos <= 0) {
            return what + ": CPU per claim unknown";
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "%s: %.0f µs of CPU per claim (client/gateway + MariaDB), so at most %,.0f "
                + "claims/s on %d otherwise idle cores.", what, nanos / 1e3, cpus * 1e9 / nanos, cpus);
    }

    private static String ms(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return "no answer";
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
