package io.claimgate.gateway.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.claimgate.gateway.loadtest.LoadBench;
import io.claimgate.gateway.loadtest.LoadBenchConfig;
import io.claimgate.gateway.loadtest.LoadReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate bench-load}: the gateway load bench against MariaDB. Batch intake claims/s and single-claim
 * latency at a fixed rate, beside a plain JDBC batch insert of the same rows; see {@link LoadBench}.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = {"Load bench against MariaDB: starts the gateway (claimgate serve) on a fresh database, posts "
                + "generated claims as NDJSON batches and as single claims at a fixed rate, and writes the same rows "
                + "with plain JDBC as the ceiling. Prints one Markdown table.",
                "The databases it makes (claimgate_bench_*) are dropped at the end unless --keep."})
final class BenchLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db-server", paramLabel = "URL", description = "MariaDB server (default: ${DEFAULT-VALUE}).")
    String server = "jdbc:mariadb://127.0.0.1:3306/";

    @Option(names = "--db-options", paramLabel = "K=V&...", description = "JDBC URL options for the gateway and the "
            + "JDBC ceiling alike (default: none)")
    String urlOptions = "";

    @Option(names = "--db-user", description = "default: ${DEFAULT-VALUE}")
    String user = "root";

    @Option(names = "--db-password", description = "default: empty")
    String password = "";

    @Option(names = "--seed", description = "claim generator seed (default: ${DEFAULT-VALUE})")
    long seed = 2026;

    @Option(names = "--batches", description = "batches to post (default: ${DEFAULT-VALUE})")
    int batches = 10;

    @Option(names = "--batch-size", description = "claims per batch (default: ${DEFAULT-VALUE})")
    int batchSize = 10_000;

    @Option(names = "--batch-clients", description = "batch uploads at a time, and JDBC ceiling threads (default: ${DEFAULT-VALUE})")
    int batchClients = 2;

    // 200,000: on two cores the JIT is still compiling the claim path after 10,000 or 50,000 claims (35-42% of the
    // gateway's CPU in the counted phase), a server that has been running a while is not; a smaller number measures
    // the first minute after a start.
    @Option(names = "--warmup-claims", description = "claims posted (and JDBC-inserted) first, not counted; enough "
            + "for the JIT to have compiled the claim path (default: ${DEFAULT-VALUE})")
    int warmupClaims = 200_000;

    @Option(names = "--rate", description = "single claims per second (default: ${DEFAULT-VALUE})")
    int rate = 500;

    @Option(names = "--seconds", description = "single-claim phase, counted seconds (default: ${DEFAULT-VALUE})")
    int seconds = 30;

    // 60 s, 30,000 claims at 500/s: the request path (HTTP, routing, store calls) runs once per claim, so C2 reaches it
    // only after some 20,000 requests on two cores; after 5,000-10,000 its compiler threads had 58-69% of the
    // gateway's CPU samples in the counted phase, after 20,000-30,000 mostly 4-22% (bench/GATEWAY-LOAD.md).
    @Option(names = "--warmup-seconds", description = "single-claim warm-up at the same rate, not counted, long enough "
            + "for the JIT to have compiled the request path (default: ${DEFAULT-VALUE})")
    int warmupSeconds = 60;

    @Option(names = "--claims-per-transaction", description = "server's batch.claimsPerTransaction and the ceiling's chunk (default: ${DEFAULT-VALUE})")
    int claimsPerTransaction = 500;

    @Option(names = "--pool-size", description = "server's db.poolSize (default: the server's default)")
    int poolSize;

    @Option(names = "--worker-threads", description = "server's http.workerThreads (default: the server's default)")
    int workerThreads;

    @Option(names = "--server-jar", paramLabel = "JAR", description = "run the gateway from another build's "
            + "claimgate.jar (to compare before and after; default: this jar)")
    String serverJar;

    @Option(names = "--server-jvm", paramLabel = "OPTION", description = "a JVM option for the server process, repeatable "
            + "(e.g. --server-jvm=-XX:StartFlightRecording=filename=/tmp/gw.jfr,settings=profile)")
    List<String> serverJvm = new ArrayList<>();

    @Option(names = "--phases", split = ",", description = "any of jdbc, batch, single (default: all)")
    List<String> phases = List.of("jdbc", "batch", "single");

    @Option(names = "--keep", description = "keep the databases and the server log")
    boolean keep;

    @Option(names = "--latency-log", paramLabel = "FILE", description = "write every single-claim request's due time, "
            + "sending delay, latency (µs) and status to FILE as CSV")
    String latencyLog;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadBenchConfig config;
        try {
            Set<LoadBenchConfig.Phase> chosen = EnumSet.noneOf(LoadBenchConfig.Phase.class);
            for (String p : phases) {
                chosen.add(LoadBenchConfig.Phase.valueOf(p.trim().toUpperCase(Locale.ROOT)));
            }
            config = new LoadBenchConfig(server, urlOptions, user, password, seed, batches, batchSize, batchClients, warmupClaims, rate,
                    seconds, warmupSeconds, claimsPerTransaction, poolSize, workerThreads, serverJar, serverJvm, chosen, keep,
                    latencyLog);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        // The bench's own store handles (migrations, submitter) would log Flyway's MariaDB notes: only errors.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
        }
        LoadReport report = new LoadBench(config, out).run();
        report.print(out);
        return report.clean() ? 0 : 1;
    }
}
