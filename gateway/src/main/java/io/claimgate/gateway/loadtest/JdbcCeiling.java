package io.claimgate.gateway.loadtest;

import io.claimgate.gateway.store.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Phase (c), the ceiling: the rows batch intake writes for the same claims, written with plain JDBC batches
 * and nothing else (no HTTP, no parsing, no validation; ids, hashes and fields computed before the clock
 * starts). Per batch a {@code batches} row; per chunk of {@code chunk} claims one transaction holding the
 * {@code claims} rows (JSON and normalized fields), one {@code claim_events} row each (the RECEIVED event),
 * one {@code batch_results} row each and the batch's counts. Same schema, same pool settings, same MariaDB.
 */
final class JdbcCeiling {
    private static final String INSERT_CLAIM = "INSERT INTO claims (id, submitter_id, kind, status, patient_control_number, "
            + "frequency_code, payer_id, charge_amount, content_sha256, body, created_at, updated_at, original_pcn, batch_id, "
            + "source_isa13, source_gs06, source_st02) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT =
            "INSERT INTO claim_events (claim_id, from_status, to_status, occurred_at, cause) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_RESULT =
            "INSERT INTO batch_results (batch_id, claim_index, outcome, claim_id, issues) VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE_BATCH = "UPDATE batches SET received_count = received_count + ?, "
            + "stored_count = stored_count + ?, updated_at = ? WHERE id = ?";

    /** Rows written and the time it took. */
    record Result(long claims, long wallNanos, CpuClock.Usage cpu) {
        double claimsPerSecond() {
            return claims * 1e9 / wallNanos;
        }
    }

    private record Row(String id, String sha256, ClaimSet.Claim claim) {
    }

    private JdbcCeiling() {
    }

    static Result run(DataSource ds, String submitterId, ClaimSet claims, int batchSize, int chunk, int threads,
                      long databasePid) throws InterruptedException, SQLException {
        List<List<Row>> batches = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        int n = 0;
        // Ids as long as the gateway's (4 + 26 characters), unique across runs into the same database.
        String run = Long.toString(System.nanoTime() & 0xFFFFFFFFFFFFL, 36);
        for (ClaimSet.Claim c : claims.claims()) {
            current.add(new Row(String.format("clm_%s%0" + (26 - run.length()) + "d", run, n++), Sha256.hex(c.json()), c));
            if (current.size() == batchSize) {
                batches.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        List<String> batchIds = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO batches (id, submitter_id, source, status, "
                     + "received_count, stored_count, duplicate_count, rejected_count, created_at, updated_at) "
                     + "VALUES (?, ?, 'JSON', 'RECEIVING', 0, 0, 0, 0, ?, ?)")) {
            for (int b = 0; b < batches.size(); b++) {
                String id = String.format("bat_%s%0" + (26 - run.length()) + "d", run, b);
                batchIds.add(id);
                ps.setString(1, id);
                ps.setString(2, submitterId);
                ps.setObject(3, now());
                ps.setObject(4, now());
                ps.executeUpdate();
            }
            c.commit();
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuClock.Interval cpu = new CpuClock.Interval(ProcessHandle.current().pid(), databasePid);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int b;
                    while ((b = next.getAndIncrement()) < batches.size()) {
                        List<Row> rows = batches.get(b);
                        for (int from = 0; from < rows.size(); from += chunk) {
                            write(ds, submitterId, batchIds.get(b), rows, from, Math.min(rows.size(), from + chunk));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        CpuClock.Usage usage = cpu.stop();
        return new Result(claims.size(), usage.wallNanos(), usage);
    }

    private static void write(DataSource ds, String submitterId, String batchId, List<Row> rows, int from, int to)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            LocalDateTime now = now();
            try (PreparedStatement claim = c.prepareStatement(INSERT_CLAIM);
                 PreparedStatement event = c.prepareStatement(INSERT_EVENT);
                 PreparedStatement result = c.prepareStatement(INSERT_RESULT);
                 PreparedStatement counts = c.prepareStatement(UPDATE_BATCH)) {
                for (int i = from; i < to; i++) {
                    Row r = rows.get(i);
                    ClaimSet.Claim k = r.claim();
                    claim.setString(1, r.id());
                    claim.setString(2, submitterId);
                    claim.setString(3, k.kind().name());
                    claim.setString(4, "RECEIVED");
                    claim.setString(5, k.patientControlNumber());
                    claim.setString(6, k.frequencyCode());
                    claim.setString(7, k.payerId());
                    claim.setBigDecimal(8, k.chargeAmount());
                    claim.setString(9, r.sha256());
                    claim.setBytes(10, k.json());
                    claim.setObject(11, now);
                    claim.setObject(12, now);
                    claim.setString(13, "1".equals(k.frequencyCode()) ? k.patientControlNumber() : null);
                    claim.setString(14, batchId);
                    claim.setString(15, null);
                    claim.setString(16, null);
                    claim.setString(17, null);
                    claim.addBatch();
                    event.setString(1, r.id());
                    event.setString(2, null);
                    event.setString(3, "RECEIVED");
                    event.setObject(4, now);
                    event.setString(5, "POST /v1/batches request req_bench key bench batch " + batchId + " index " + i);
                    event.addBatch();
                    result.setString(1, batchId);
                    result.setInt(2, i);
                    result.setString(3, "STORED");
                    result.setString(4, r.id());
                    result.setBytes(5, null);
                    result.addBatch();
                }
                claim.executeBatch();
                event.executeBatch();
                result.executeBatch();
                counts.setInt(1, to - from);
                counts.setInt(2, to - from);
                counts.setObject(3, now);
                counts.setString(4, batchId);
                counts.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
