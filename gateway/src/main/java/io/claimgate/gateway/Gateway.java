package io.claimgate.gateway;

import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.BulkApi;
import io.claimgate.gateway.http.HttpServer;
import io.claimgate.gateway.intake.BatchIntake;
import io.claimgate.gateway.intake.X12Intake;
import io.claimgate.gateway.store.BatchStore;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ControlNumberStore;
import io.claimgate.gateway.http.Router;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.SubmitterStore;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running gateway: the store (migrated on open), the intake, the HTTP server and the metrics, wired together.
 * Close it to stop serving, finish the requests in hand and close the store.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final Database database;
    private final HttpServer server;
    private final Metrics metrics;

    private Gateway(Database database, HttpServer server, Metrics metrics) {
        this.database = database;
        this.server = server;
        this.metrics = metrics;
    }

    /**
     * Starts the gateway. The store opens (and migrates) on a thread of its own while this thread binds
     * the port; connections are accepted only once the store is open, so an answered {@code /healthz}
     * means the store is there too. A store that cannot be opened or a port that cannot be bound fails
     * the start with everything opened so far closed again.
     */
    public static Gateway start(GatewayConfig config, Clock clock) throws InterruptedException {
        long t0 = System.nanoTime();
        // Opening the store (Flyway migrates a new one) is the longest step: it runs on its own thread
        // while this one creates the meters and binds the port.
        FutureTask<Database> opening = new FutureTask<>(() -> Database.open(config.database()));
        Thread opener = new Thread(opening, "claimgate-store-open");
        opener.setDaemon(true);
        opener.start();
        Metrics metrics;
        HttpServer server;
        try {
            metrics = Metrics.create(config.ops().metricsEnabled());
        } catch (RuntimeException e) {
            closeWhenOpen(opening);
            throw e;
        }
        long tMetrics = System.nanoTime();
        try {
            server = HttpServer.bind(config.http(), metrics);
        } catch (Exception e) {
            // Also a BindException (port taken), which Netty throws undeclared.
            closeWhenOpen(opening);
            metrics.close();
            throw e;
        }
        long tBound = System.nanoTime();
        Database database;
        try {
            database = opened(opening);
        } catch (InterruptedException | RuntimeException e) {
            server.close();
            closeWhenOpen(opening);
            metrics.close();
            throw e;
        }
        long tStore = System.nanoTime();
        try {
            database.reportMetrics(metrics.registry());
            ClaimStore claims = new ClaimStore(database.dataSource(), clock);
            SubmitterStore submitters = new SubmitterStore(database.dataSource(), clock,
                    java.time.Duration.ofSeconds(config.http().apiKeyCacheSeconds()));
            ClaimIntakeService intake = new ClaimIntakeService(claims, clock, config.http().maxJsonDepth());
            metrics.claimCounts(claims::counts);
            BatchStore batchStore = new BatchStore(database.dataSource(), claims, clock);
            BulkApi bulk = new BulkApi(
                    new BatchIntake(batchStore, clock, config.batches(), config.http().maxJsonDepth()),
                    new X12Intake(batchStore, new ControlNumberStore(database.dataSource()), clock,
                            config.batches().claimsPerTransaction()),
                    new ClaimSearch(database.dataSource()));
            Router router = new Router(submitters, claims, new IdempotencyStore(database.dataSource(), clock), intake, clock,
                    database::ready, bulk, metrics);
            server.serve(router);
            long end = System.nanoTime();
            LOG.info("listening on {}:{} ({}) store={} started in {} ms (meters {} ms, port bound at {} ms, store open at {} ms;"
                            + " JVM up {} ms)", config.http().host(), server.port(), config.http().tls() == null ? "http" : "https",
                    config.database().redactedUrl(), millis(end - t0), millis(tMetrics - t0), millis(tBound - t0),
                    millis(tStore - t0), processUpMillis());
            return new Gateway(database, server, metrics);
        } catch (RuntimeException e) {
            server.close();
            database.close();
            metrics.close();
            throw e;
        }
    }

    /** Milliseconds since the JVM started (the meters have loaded the management classes already). */
    private static long processUpMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** The store once open, or the failure that kept it from opening. */
    private static Database opened(FutureTask<Database> opening) throws InterruptedException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Start failed elsewhere: waits for the store to finish opening and closes it (H2 holds a file lock). */
    private static void closeWhenOpen(FutureTask<Database> opening) {
        try {
            opening.get().close();
        } catch (ExecutionException e) {
            // It did not open: nothing to close.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return server.port();
    }

    public Database database() {
        return database;
    }

    /** Blocks until the server stops. */
    public void awaitClose() throws InterruptedException {
        server.awaitClose();
    }

    @Override
    public void close() {
        server.close();
        database.close();
        metrics.close();
        LOG.info("stopped");
    }
}
