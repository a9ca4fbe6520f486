package io.claimgate.gateway.loadtest;

import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway load bench against MariaDB: (c) the ceiling, a plain JDBC batch insert of the claims' rows into
 * a fresh database; (a) the real gateway ({@code claimgate serve} as its own process, on a fresh database)
 * taking the same claims as NDJSON batches over HTTP; (b) single claims at a fixed rate, open loop. Between
 * phases the bench waits for InnoDB to write its dirty pages, so a phase does not pay for the one before.
 */
public final class LoadBench {
    private final LoadBenchConfig config;
    private final PrintWriter out;

    public LoadBench(LoadBenchConfig config, PrintWriter out) {
        this.config = config;
        this.out = out;
    }

    public LoadReport run() throws IOException, InterruptedException, SQLException {
        LoadReport report = new LoadReport(config, CpuClock.loadAverage(), serverVersion());
        long dbPid = CpuClock.pidOf("mariadbd").orElse(-1);
        out.printf("generating %,d + %,d claims...%n", config.batchClaims() + config.warmupClaims(),
                (long) config.rate() * (config.seconds() + config.warmupSeconds()));
        out.flush();
        ClaimSet batchClaims = ClaimSet.generate(config.seed(), config.batchClaims());
        ClaimSet warmup = ClaimSet.generate(config.seed() + 1, config.warmupClaims());
        ClaimSet singles = ClaimSet.generate(config.seed() + 2, config.rate() * (config.seconds() + config.warmupSeconds()));
        report.claims(batchClaims);

        if (config.phases().contains(LoadBenchConfig.Phase.JDBC)) {
            String db = createDatabase();
            try (Database database = Database.open(new DatabaseConfig(config.url(db), config.user(),
                    config.password(), Math.max(config.batchClients(), 2)))) {
                IssuedKey key = submitter(database);
                progress("JDBC ceiling");
                if (warmup.size() > 0) {
                    JdbcCeiling.run(database.dataSource(), key.submitterId(), warmup, config.batchSize(),
                            config.claimsPerTransaction(), config.batchClients(), dbPid);
                }
                report.ceiling(JdbcCeiling.run(database.dataSource(), key.submitterId(), batchClaims, config.batchSize(),
                        config.claimsPerTransaction(), config.batchClients(), dbPid));
            } finally {
                dropDatabase(db);
            }
            settle();
        }
        if (config.phases().contains(LoadBenchConfig.Phase.BATCH) || config.phases().contains(LoadBenchConfig.Phase.SINGLE)) {
            String db = createDatabase();
            Path log = Files.createTempFile("claimgate-bench-server-", ".log");
            try {
                String apiKey;
                try (Database database = Database.open(new DatabaseConfig(config.url(db), config.user(),
                        config.password(), 2))) {
                    apiKey = submitter(database).key();
                }
                try (ServerProcess server = ServerProcess.start(config.serverJar(), config.serverJvmOptions(), serverSettings(db), log)) {
                    report.serverLog(log);
                    if (config.phases().contains(LoadBenchConfig.Phase.BATCH)) {
                        progress("batch intake");
                        if (warmup.size() > 0) {
                            BatchLoad.run(server, apiKey, warmup, config.batchSize(), config.batchClients(), dbPid);
                        }
                        report.batches(BatchLoad.run(server, apiKey, batchClaims, config.batchSize(), config.batchClients(),
                                dbPid));
                        settle();
                    }
                    if (config.phases().contains(LoadBenchConfig.Phase.SINGLE)) {
                        progress("single claims at " + config.rate() + "/s");
                        report.singles(OpenLoop.run(server, apiKey, singles.claims(), config.rate(),
                                config.rate() * config.warmupSeconds(), dbPid,
                                config.latencyLog() == null ? null : Path.of(config.latencyLog())));
                    }
                }
            } finally {
                if (!config.keep()) {
                    dropDatabase(db);
                    Files.deleteIfExists(log);
                    report.serverLog(null);
                } else {
                    out.println("kept database " + db + " and server log " + log);
                }
            }
        }
        return report;
    }

    private void progress(String phase) {
        out.printf("%s (load average %.1f)...%n", phase, CpuClock.loadAverage());
        out.flush();
    }

    private Map<String, String> serverSettings(String db) {
        Map<String, String> env = new HashMap<>();
        env.put("CLAIMGATE_DB_URL", config.url(db));
        env.put("CLAIMGATE_DB_USER", config.user());
        env.put("CLAIMGATE_DB_PASSWORD", config.password());
        env.put("CLAIMGATE_BATCH_CLAIMS_PER_TRANSACTION", Integer.toString(config.claimsPerTransaction()));
        env.put("CLAIMGATE_BATCH_MAX_CLAIMS", Integer.toString(Math.max(50_000, config.batchSize())));
        if (config.poolSize() > 0) {
            env.put("CLAIMGATE_DB_POOL_SIZE", Integer.toString(config.poolSize()));
        }
        if (config.workerThreads() > 0) {
            env.put("CLAIMGATE_HTTP_WORKER_THREADS", Integer.toString(config.workerThreads()));
        }
        return env;
    }

    private static IssuedKey submitter(Database database) {
        return new SubmitterStore(database.dataSource(), Clock.systemUTC()).add("Load Bench Billing")
                .orElseThrow(() -> new IllegalStateException("a fresh database has no submitter yet"));
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(config.serverUrl(), config.user(), config.password());
    }

    private String createDatabase() throws SQLException {
        String name = "claimgate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private void dropDatabase(String name) throws SQLException {
        if (config.keep()) {
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private String serverVersion() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Waits (at most 20 s) until InnoDB has written back most dirty pages of the phase before, so that a phase
     * pays less for the one before it.
     */
    private void settle() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        try (Connection c = admin(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
                    if (!rs.next() || rs.getLong(2) < 200) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
    }
}
