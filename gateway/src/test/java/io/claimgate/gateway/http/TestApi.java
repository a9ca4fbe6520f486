package io.claimgate.gateway.http;

import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.intake.BatchIntake;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.intake.X12Intake;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.BatchStore;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.ControlNumberStore;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What the HTTP tests run against: a {@link Router} wired over a store as {@code Gateway.start} wires it, spoken
 * to through the real pipeline ({@link RawHttp}) or directly. Closing it closes the store and the meters.
 */
final class TestApi implements AutoCloseable {
    /** The fixed time most HTTP tests run at. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    final Database db;
    final Metrics metrics;
    final HttpConfig http;
    final ClaimStore claims;
    final SubmitterStore submitters;
    final Router router;

    /** Over {@code db}, with JSON nested at most {@code http.maxJsonDepth()} and batches limited by {@code batches}. */
    TestApi(Database db, HttpConfig http, BatchConfig batches, Clock clock, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
        this.http = http;
        claims = new ClaimStore(db.dataSource(), clock);
        submitters = new SubmitterStore(db.dataSource(), clock);
        metrics.claimCounts(claims::counts);
        BatchStore batchStore = new BatchStore(db.dataSource(), claims, clock);
        BulkApi bulk = new BulkApi(new BatchIntake(batchStore, clock, batches, http.maxJsonDepth()),
                new X12Intake(batchStore, new ControlNumberStore(db.dataSource()), clock, batches.claimsPerTransaction()),
                new ClaimSearch(db.dataSource()));
        router = new Router(submitters, claims, new IdempotencyStore(db.dataSource(), clock),
                new ClaimIntakeService(claims, clock, http.maxJsonDepth()), clock, db::ready, bulk, metrics);
    }

    /** Over a new H2 store under {@code dir} (a pool of 4, its meters in {@code metrics}). */
    static TestApi open(Path dir, HttpConfig http, BatchConfig batches, Clock clock, Metrics metrics) {
        Database db = Database.open(new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 4), metrics.registry());
        return new TestApi(db, http, batches, clock, metrics);
    }

    /** Over a new H2 store under {@code dir}, at {@link #CLOCK}, with meters nothing scrapes. */
    static TestApi open(Path dir, HttpConfig http, BatchConfig batches) {
        return open(dir, http, batches, CLOCK, Metrics.detached());
    }

    /** A new connection through the real pipeline, its work run at once on the calling thread. */
    RawHttp connect() {
        return new RawHttp(http, router, Runnable::run, metrics);
    }

    /** A new submitter of this name and its first key. */
    IssuedKey submitter(String name) {
        return submitters.add(name).orElseThrow();
    }

    /** The number a {@code SELECT COUNT(*)} query answers. */
    int count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            int n = rs.getInt(1);
            c.rollback();
            return n;
        }
    }

    /** The headers of a JSON request sent with {@code key}. */
    static Map<String, String> jsonAuth(IssuedKey key) {
        return Map.of("Authorization", "Bearer " + key.key(), "Content-Type", "application/json");
    }

    @Override
    public void close() {
        db.close();
        metrics.close();
    }
}
