package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches of claims and the result of each claim in them. A batch's claims are stored a chunk at a time
 * ({@link #store}): the claims, their results and the batch's counts in one transaction, so that a claim
 * reported as stored is committed and a crash leaves the counts matching the results. Reads are scoped by
 * the submitter.
 */
public final class BatchStore {
    private static final Logger LOG = LoggerFactory.getLogger(BatchStore.class);
    private static final String COLUMNS = "id, submitter_id, source, status, received_count, stored_count, "
            + "duplicate_count, rejected_count, created_at, updated_at";
    private static final int ATTEMPTS = 3;
    /** Claim ids per log line of stored claims. */
    private static final int IDS_PER_LINE = 100;

    private final Transactions tx;
    private final ClaimStore claims;
    private final Clock clock;

    public BatchStore(DataSource dataSource, ClaimStore claims, Clock clock) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.claims = Objects.requireNonNull(claims, "claims");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new, empty batch with status RECEIVING; {@code source} is JSON or X12. */
    public Batch create(String submitterId, String source) {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(source, "source");
        return tx.run("create batch", c -> {
            Instant now = Times.now(clock);
            String id = Ids.batch(now);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batches (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, 0, 0, 0, 0, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, submitterId);
                ps.setString(3, source);
                ps.setString(4, Batch.Status.RECEIVING.name());
                Times.set(ps, 5, now);
                Times.set(ps, 6, now);
                ps.executeUpdate();
            }
            return new Batch(id, submitterId, source, Batch.Status.RECEIVING, 0, 0, 0, 0, now, now);
        });
    }

    /**
     * Stores one chunk of the batch's claims in one transaction: each valid claim as {@link ClaimStore#insert}
     * would (an original already stored is a DUPLICATE or CONFLICT, not stored again), each result, and the
     * batch's counts. Committed when this returns. When another request stores the same original between
     * look-up and insert, the chunk is rolled back and run again.
     */
    public List<BatchResult> store(Batch batch, List<BatchEntry> entries) {
        Objects.requireNonNull(batch, "batch");
        if (entries.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            List<StoredClaim> created = new ArrayList<>();
            try {
                List<BatchResult> results = tx.run("store batch chunk", c -> {
                    created.clear();
                    return store(c, batch, entries, created);
                });
                logCreated(batch, created);
                return results;
            } catch (StoreException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLException s && Transactions.isConstraintViolation(s))) {
                    throw e;
                }
            }
        }
    }

    /**
     * The state change of the chunk's new claims (none to RECEIVED), with their ids: one line per
     * {@value #IDS_PER_LINE} claims rather than one per claim, so that a large batch costs a few log events per
     * transaction instead of hundreds.
     */
    private static void logCreated(Batch batch, List<StoredClaim> created) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        for (int from = 0; from < created.size(); from += IDS_PER_LINE) {
            int to = Math.min(created.size(), from + IDS_PER_LINE);
            StringBuilder ids = new StringBuilder((to - from) * 31);
            int professional = 0;
            for (int i = from; i < to; i++) {
                StoredClaim s = created.get(i);
                if (i > from) {
                    ids.append(',');
                }
                ids.append(s.id());
                professional += s.kind() == ClaimKind.PROFESSIONAL ? 1 : 0;
            }
            LOG.info("claims status RECEIVED batch {} submitter={} count={} professional={} institutional={} ids={}",
                    batch.id(), batch.submitterId(), to - from, professional, to - from - professional, ids);
        }
    }

    /**
     * The chunk in a fixed number of round trips whatever its size: one look-up of the originals already
     * stored, the new claims and their events as two JDBC batches, the results as one, the counts. A repeat
     * within the chunk is decided against the claim stored just before it in the same chunk.
     */
    private List<BatchResult> store(Connection c, Batch batch, List<BatchEntry> entries, List<StoredClaim> created)
            throws SQLException {
        Set<String> originalPcns = new HashSet<>();
        for (BatchEntry e : entries) {
            if (e instanceof BatchEntry.Valid v && v.claim().original()) {
                originalPcns.add(v.claim().patientControlNumber());
            }
        }
        Map<String, ClaimStore.Original> originals = originalPcns.isEmpty() ? new HashMap<>()
                : ClaimStore.originals(c, batch.submitterId(), originalPcns);
        // Each claim decided in order. A new claim has its id only once inserted, so a decision names either a
        // stored claim's id or the position of a new claim among those inserted.
        List<NewClaim> toInsert = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>(entries.size());
        Map<String, Integer> newOriginals = new HashMap<>();
        for (BatchEntry e : entries) {
            if (e instanceof BatchEntry.Rejected r) {
                decisions.add(new Decision(BatchResult.Outcome.INVALID, null, -1, r.issuesJson()));
                continue;
            }
            NewClaim n = ((BatchEntry.Valid) e).claim();
            NewClaim inBatch = new NewClaim(n.submitterId(), n.kind(), n.patientControlNumber(), n.frequencyCode(),
                    n.payerId(), n.chargeAmount(), n.contentSha256(), n.body(), n.cause(), n.source().inBatch(batch.id()));
            if (inBatch.original()) {
                ClaimStore.Original before = originals.get(inBatch.patientControlNumber());
                if (before != null) {
                    decisions.add(repeat(before.difference(inBatch), before.id(), -1));
                    continue;
                }
                Integer earlier = newOriginals.get(inBatch.patientControlNumber());
                if (earlier != null) {
                    NewClaim first = toInsert.get(earlier);
                    decisions.add(repeat(ClaimStore.difference(first.kind(), first.body(), inBatch), null, earlier));
                    continue;
                }
                newOriginals.put(inBatch.patientControlNumber(), toInsert.size());
            }
            decisions.add(new Decision(BatchResult.Outcome.STORED, null, toInsert.size(), null));
            toInsert.add(inBatch);
        }
        created.addAll(claims.insertAll(c, toInsert));
        List<BatchResult> results = new ArrayList<>(entries.size());
        int duplicates = 0;
        int rejected = 0;
        for (int i = 0; i < entries.size(); i++) {
            Decision d = decisions.get(i);
            String claimId = d.inserted() >= 0 ? created.get(d.inserted()).id() : d.claimId();
            results.add(new BatchResult(entries.get(i).index(), d.outcome(), claimId, d.issues()));
            if (d.outcome() == BatchResult.Outcome.DUPLICATE) {
                duplicates++;
            } else if (d.outcome() != BatchResult.Outcome.STORED) {
                rejected++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO batch_results (batch_id, claim_index, outcome, claim_id, issues) VALUES (?, ?, ?, ?, ?)")) {
            for (BatchResult r : results) {
                ps.setString(1, batch.id());
                ps.setInt(2, r.index());
                ps.setString(3, r.outcome().name());
                ps.setString(4, r.claimId());
                ps.setBytes(5, r.issuesJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE batches SET received_count = received_count + ?, "
                + "stored_count = stored_count + ?, duplicate_count = duplicate_count + ?, "
                + "rejected_count = rejected_count + ?, updated_at = ? WHERE id = ?")) {
            ps.setInt(1, entries.size());
            ps.setInt(2, toInsert.size());
            ps.setInt(3, duplicates);
            ps.setInt(4, rejected);
            Times.set(ps, 5, Times.now(clock));
            ps.setString(6, batch.id());
            ps.executeUpdate();
        }
        return results;
    }

    /**
     * What becomes of one claim of a chunk: its outcome, and the claim it names, either already stored
     * ({@code claimId}) or the new claim at position {@code inserted} of the chunk's inserts (-1: none).
     */
    private record Decision(BatchResult.Outcome outcome, String claimId, int inserted, byte[] issues) {
    }

    /** A repeated original: DUPLICATE when {@code field} (the first difference) is null, else CONFLICT naming it. */
    private static Decision repeat(String field, String claimId, int inserted) {
        return field == null ? new Decision(BatchResult.Outcome.DUPLICATE, claimId, inserted, null)
                : new Decision(BatchResult.Outcome.CONFLICT, claimId, inserted, ClaimContent.conflictIssues(field));
    }

    /** Sets the batch's final status; returns the batch as stored. */
    public Batch finish(Batch batch, Batch.Status status) {
        Objects.requireNonNull(status, "status");
        Batch done = tx.run("finish batch", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE batches SET status = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, status.name());
                Times.set(ps, 2, Times.now(clock));
                ps.setString(3, batch.id());
                ps.executeUpdate();
            }
            return find(c, batch.submitterId(), batch.id()).orElseThrow();
        });
        LOG.info("batch {} submitter={} status {} received={} stored={} duplicates={} rejected={}", done.id(),
                done.submitterId(), done.status(), done.received(), done.stored(), done.duplicates(), done.rejected());
        return done;
    }

    /** The submitter's batch; empty when there is none or it is another submitter's. */
    public Optional<Batch> find(String submitterId, String batchId) {
        return tx.run("find batch", c -> find(c, submitterId, batchId));
    }

    /** The results of the submitter's batch by claim index; empty when the batch is not the submitter's. */
    public List<BatchResult> results(String submitterId, String batchId) {
        return tx.run("batch results", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.claim_index, r.outcome, r.claim_id, r.issues "
                    + "FROM batch_results r JOIN batches b ON b.id = r.batch_id "
                    + "WHERE r.batch_id = ? AND b.submitter_id = ? ORDER BY r.claim_index")) {
                ps.setString(1, batchId);
                ps.setString(2, submitterId);
                List<BatchResult> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BatchResult(rs.getInt(1), BatchResult.Outcome.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getBytes(4)));
                    }
                }
                return out;
            }
        });
    }

    private static Optional<Batch> find(Connection c, String submitterId, String batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM batches WHERE id = ? AND submitter_id = ?")) {
            ps.setString(1, batchId);
            ps.setString(2, submitterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Batch(rs.getString("id"), rs.getString("submitter_id"), rs.getString("source"),
                        Batch.Status.valueOf(rs.getString("status")), rs.getInt("received_count"), rs.getInt("stored_count"),
                        rs.getInt("duplicate_count"), rs.getInt("rejected_count"), Times.get(rs, "created_at"),
                        Times.get(rs, "updated_at")));
            }
        }
    }
}
