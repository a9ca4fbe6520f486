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

    public static Gateway start(GatewayConfig config, Clock clock) throws InterruptedException {
        long t0 = System.nanoTime();
        Metrics metrics = Metrics.create(config.ops().metricsEnabled());
        Database database;
        try {
            database = Database.open(config.database(), metrics.registry());
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        try {
            ClaimStore claims = new ClaimStore(database.dataSource(), clock);
            SubmitterStore submitters = new SubmitterStore(database.dataSource(), clock);
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
            HttpServer server = HttpServer.start(config.http(), router, metrics);
            LOG.info("listening on {}:{} store={} started in {} ms", config.http().host(), server.port(),
                    config.database().redactedUrl(), (System.nanoTime() - t0) / 1_000_000);
            return new Gateway(database, server, metrics);
        } catch (InterruptedException | RuntimeException e) {
            database.close();
            metrics.close();
            throw e;
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
