package io.claimgate.gateway.store;

import io.claimgate.gateway.ops.LogFields;
import io.claimgate.x12.claim.ClaimKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * Claims and their status history. Every method is one transaction that has committed when it returns;
 * every read is scoped by the submitter, so one submitter never sees another's claim.
 */
public final class ClaimStore {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimStore.class);
    private static final String COLUMNS = "id, submitter_id, kind, status, patient_control_number, frequency_code, "
            + "payer_id, charge_amount, content_sha256, body, created_at, updated_at";
    private static final String INSERT_CLAIM = "INSERT INTO claims (" + COLUMNS + ", original_pcn, batch_id, "
            + "source_isa13, source_gs06, source_st02) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT =
            "INSERT INTO claim_events (claim_id, from_status, to_status, occurred_at, cause) VALUES (?, ?, ?, ?, ?)";
    /** Patient control numbers looked up per query (well under the server's limit on placeholders). */
    private static final int LOOKUP_GROUP = 1000;

    /** Groups written at a time: one can run its statements while another waits for its commit. */
    private static final int GROUP_WRITERS = 2;
    /** Claims in one group at most. */
    private static final int GROUP_SIZE = 100;

    private final Transactions tx;
    private final Clock clock;
    private final GroupCommit<NewClaim, ClaimIntake> groups;

    public ClaimStore(DataSource dataSource, Clock clock) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.groups = new GroupCommit<>(GROUP_WRITERS, GROUP_SIZE, this::insertGroup);
    }

    /**
     * Stores a validated claim with status RECEIVED and its first history event, committed before this
     * returns. An original (frequency 1) whose submitter already stored an original with the same patient
     * control number is not stored again: the same content gives {@link ClaimIntake.Duplicate} with the
     * stored claim, different content {@link ClaimIntake.Conflict}. Claims stored by several threads at once
     * share a transaction ({@link GroupCommit}); each call still returns only after the commit holding its claim.
     */
    public ClaimIntake insert(NewClaim claim) {
        Objects.requireNonNull(claim, "claim");
        ClaimIntake intake = groups.submit(claim);
        // A state change gets its own line (the claim's new status and its cause), besides the request's access line.
        if (intake instanceof ClaimIntake.Created created) {
            StoredClaim stored = created.claim();
            LOG.atInfo().addKeyValue(LogFields.CLAIM_ID, stored.id()).addKeyValue(LogFields.SUBMITTER_ID, stored.submitterId())
                    .log("claim {} submitter={} kind={} status {} cause={}", stored.id(), stored.submitterId(),
                            stored.kind(), stored.status(), claim.cause());
        }
        return intake;
    }

    /**
     * Stores the claims that {@link GroupCommit} gathered, in one transaction when there are several: one
     * look-up of the originals among them, the claims and their events as two JDBC batches, one commit. A claim
     * whose original is already stored, or whose patient control number another claim of the group already
     * takes, is stored after that commit on its own ({@link #insertOne}), and so is the whole group when the
     * transaction fails on a constraint (a batch stored one of its originals meanwhile).
     */
    private List<ClaimIntake> insertGroup(List<NewClaim> claims) {
        if (claims.size() == 1) {
            return List.of(insertOne(claims.get(0), false));
        }
        ClaimIntake[] results = new ClaimIntake[claims.size()];
        List<Integer> later = new ArrayList<>();
        try {
            tx.run("insert claims", c -> {
                Map<String, Map<String, Original>> found = new HashMap<>();
                Map<String, List<String>> numbers = new HashMap<>();
                for (NewClaim n : claims) {
                    if (n.original()) {
                        numbers.computeIfAbsent(n.submitterId(), k -> new ArrayList<>()).add(n.patientControlNumber());
                    }
                }
                for (Map.Entry<String, List<String>> e : numbers.entrySet()) {
                    found.put(e.getKey(), originals(c, e.getKey(), e.getValue()));
                }
                List<NewClaim> fresh = new ArrayList<>(claims.size());
                List<Integer> freshAt = new ArrayList<>(claims.size());
                Set<List<String>> taken = new HashSet<>();
                for (int i = 0; i < claims.size(); i++) {
                    NewClaim n = claims.get(i);
                    if (n.original() && (found.get(n.submitterId()).containsKey(n.patientControlNumber())
                            || !taken.add(List.of(n.submitterId(), n.patientControlNumber())))) {
                        later.add(i);
                    } else {
                        fresh.add(n);
                        freshAt.add(i);
                    }
                }
                List<StoredClaim> stored = insertAll(c, fresh);
                for (int k = 0; k < stored.size(); k++) {
                    results[freshAt.get(k)] = new ClaimIntake.Created(stored.get(k));
                }
                return null;
            });
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException s && Transactions.isConstraintViolation(s))) {
                throw e;
            }
            List<ClaimIntake> out = new ArrayList<>(claims.size());
            for (NewClaim n : claims) {
                out.add(insertOne(n, true));
            }
            return out;
        }
        for (int i : later) {
            results[i] = insertOne(claims.get(i), true);
        }
        return List.of(results);
    }

    /**
     * One claim in its own transaction, one commit. {@code lookFirst}: an original is looked up before it is
     * inserted (a claim whose original is known to be stored). Otherwise it is inserted straight away and the
     * unique (submitter, original patient control number) refuses a second original; only then is the stored one
     * read. A new claim, the usual case, then takes three round trips (claim, event, commit) instead of four.
     */
    private ClaimIntake insertOne(NewClaim claim, boolean lookFirst) {
        try {
            return tx.run("insert claim", c -> {
                if (lookFirst && claim.original()) {
                    Optional<StoredClaim> existing = findOriginal(c, claim.submitterId(), claim.patientControlNumber());
                    if (existing.isPresent()) {
                        return sameOrConflict(existing.get(), claim);
                    }
                }
                return new ClaimIntake.Created(insert(c, claim));
            });
        } catch (StoreException e) {
            // The original was stored already, or by another request between the look-up and the insert.
            if (claim.original() && e.getCause() instanceof SQLException s && Transactions.isConstraintViolation(s)) {
                Optional<StoredClaim> existing = findOriginal(claim.submitterId(), claim.patientControlNumber());
                if (existing.isPresent()) {
                    return sameOrConflict(existing.get(), claim);
                }
            }
            throw e;
        }
    }

    /** The id, kind and stored JSON of an original: all a batch needs to tell a duplicate from a conflict. */
    record Original(String id, ClaimKind kind, byte[] body) {
        /**
         * Null when {@code claim} is a resend of this original (same kind, same content:
         * {@link ClaimContent#difference}), else the path of a field that differs ("" for another kind).
         */
        String difference(NewClaim claim) {
            return ClaimStore.difference(kind, body, claim);
        }
    }

    /** Null when {@code claim} is a resend of the original of this kind and body, else the path of a field that differs. */
    static String difference(ClaimKind kind, byte[] body, NewClaim claim) {
        return kind != claim.kind() ? "" : ClaimContent.difference(kind, body, claim.body());
    }

    /**
     * The submitter's stored originals (frequency 1) among these patient control numbers, by patient control
     * number, read inside the caller's transaction {@code c}: one query per thousand numbers instead of one per
     * claim.
     */
    static Map<String, Original> originals(Connection c, String submitterId, Collection<String> patientControlNumbers)
            throws SQLException {
        Map<String, Original> found = new HashMap<>();
        List<String> all = new ArrayList<>(patientControlNumbers);
        for (int from = 0; from < all.size(); from += LOOKUP_GROUP) {
            List<String> group = all.subList(from, Math.min(all.size(), from + LOOKUP_GROUP));
            String marks = String.join(", ", Collections.nCopies(group.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, body, original_pcn FROM claims "
                    + "WHERE submitter_id = ? AND original_pcn IN (" + marks + ")")) {
                ps.setString(1, submitterId);
                for (int i = 0; i < group.size(); i++) {
                    ps.setString(i + 2, group.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(4), new Original(rs.getString(1), ClaimKind.valueOf(rs.getString(2)),
                                rs.getBytes(3)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts new claims with status RECEIVED and their first history events inside the caller's transaction
     * {@code c}, as two JDBC batches (one round trip each, whatever the number of claims): nothing is committed
     * and nothing is logged here. An original already stored surfaces as an SQLException with a constraint
     * violation state; the caller rolls back and tries again.
     */
    List<StoredClaim> insertAll(Connection c, List<NewClaim> claims) throws SQLException {
        if (claims.isEmpty()) {
            return List.of();
        }
        Instant now = Times.now(clock);
        List<StoredClaim> stored = new ArrayList<>(claims.size());
        // Ascending ids, so that the rows go into the primary key and the id indexes in order, as appended rows
        // do, not at random places among the chunk's (which all share the millisecond).
        List<String> ids = Ids.claims(now, claims.size());
        try (PreparedStatement ps = c.prepareStatement(INSERT_CLAIM)) {
            for (int i = 0; i < claims.size(); i++) {
                NewClaim n = claims.get(i);
                String id = ids.get(i);
                setClaim(ps, id, n, now);
                ps.addBatch();
                stored.add(new StoredClaim(id, n.submitterId(), n.kind(), ClaimStatus.RECEIVED, n.patientControlNumber(),
                        n.frequencyCode(), n.payerId(), n.chargeAmount(), n.contentSha256(), n.body(), now, now));
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
            for (int i = 0; i < claims.size(); i++) {
                setEvent(ps, stored.get(i).id(), null, ClaimStatus.RECEIVED, now, claims.get(i).cause());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return stored;
    }

    private static ClaimIntake sameOrConflict(StoredClaim existing, NewClaim claim) {
        String field = difference(existing.kind(), existing.body(), claim);
        return field == null ? new ClaimIntake.Duplicate(existing) : new ClaimIntake.Conflict(existing.id(), field);
    }

    private StoredClaim insert(Connection c, NewClaim n) throws SQLException {
        Instant now = Times.now(clock);
        String id = Ids.claim(now);
        try (PreparedStatement ps = c.prepareStatement(INSERT_CLAIM)) {
            setClaim(ps, id, n, now);
            ps.executeUpdate();
        }
        addEvent(c, id, null, ClaimStatus.RECEIVED, now, n.cause());
        return new StoredClaim(id, n.submitterId(), n.kind(), ClaimStatus.RECEIVED, n.patientControlNumber(),
                n.frequencyCode(), n.payerId(), n.chargeAmount(), n.contentSha256(), n.body(), now, now);
    }

    private static void setClaim(PreparedStatement ps, String id, NewClaim n, Instant now) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, n.submitterId());
        ps.setString(3, n.kind().name());
        ps.setString(4, ClaimStatus.RECEIVED.name());
        ps.setString(5, n.patientControlNumber());
        ps.setString(6, n.frequencyCode());
        ps.setString(7, n.payerId());
        ps.setBigDecimal(8, n.chargeAmount());
        ps.setString(9, n.contentSha256());
        ps.setBytes(10, n.body());
        Times.set(ps, 11, now);
        Times.set(ps, 12, now);
        ps.setString(13, n.original() ? n.patientControlNumber() : null);
        ps.setString(14, n.source().batchId());
        ps.setString(15, n.source().interchangeControlNumber());
        ps.setString(16, n.source().groupControlNumber());
        ps.setString(17, n.source().transactionControlNumber());
    }

    /** The submitter's claim with this id; empty when there is none or it belongs to another submitter. */
    public Optional<StoredClaim> find(String submitterId, String claimId) {
        return tx.run("find claim", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM claims WHERE id = ? AND submitter_id = ?")) {
                ps.setString(1, claimId);
                ps.setString(2, submitterId);
                return one(ps);
            }
        });
    }

    /** The submitter's original claim (frequency 1) with this patient control number. */
    public Optional<StoredClaim> findOriginal(String submitterId, String patientControlNumber) {
        return tx.run("find original claim", c -> findOriginal(c, submitterId, patientControlNumber));
    }

    private static Optional<StoredClaim> findOriginal(Connection c, String submitterId, String patientControlNumber)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM claims WHERE submitter_id = ? AND original_pcn = ?")) {
            ps.setString(1, submitterId);
            ps.setString(2, patientControlNumber);
            return one(ps);
        }
    }

    /** The claim's status history, oldest first; empty when the claim is not the submitter's. */
    public List<ClaimEvent> history(String submitterId, String claimId) {
        return tx.run("claim history", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT e.from_status, e.to_status, e.occurred_at, e.cause "
                    + "FROM claim_events e JOIN claims k ON k.id = e.claim_id "
                    + "WHERE e.claim_id = ? AND k.submitter_id = ? ORDER BY e.id")) {
                ps.setString(1, claimId);
                ps.setString(2, submitterId);
                List<ClaimEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String from = rs.getString("from_status");
                        out.add(new ClaimEvent(from == null ? null : ClaimStatus.valueOf(from),
                                ClaimStatus.valueOf(rs.getString("to_status")), Times.get(rs, "occurred_at"),
                                rs.getString("cause")));
                    }
                }
                return out;
            }
        });
    }

    /** Every stored claim counted by kind and status (all submitters; for metrics). Absent pairs are zero. */
    public List<ClaimCount> counts() {
        return tx.run("count claims", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, status, COUNT(*) FROM claims GROUP BY kind, status");
                 ResultSet rs = ps.executeQuery()) {
                List<ClaimCount> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ClaimCount(ClaimKind.valueOf(rs.getString(1)), ClaimStatus.valueOf(rs.getString(2)),
                            rs.getLong(3)));
                }
                return out;
            }
        });
    }

    /**
     * Moves a claim from {@code from} to {@code to} and records the event, in one transaction. False when
     * the claim is not in {@code from} (another stage moved it first): nothing is changed then.
     */
    public boolean transition(String claimId, ClaimStatus from, ClaimStatus to, String cause) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        boolean moved = tx.run("claim transition", c -> {
            Instant now = Times.now(clock);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE claims SET status = ?, updated_at = ? WHERE id = ? AND status = ?")) {
                ps.setString(1, to.name());
                Times.set(ps, 2, now);
                ps.setString(3, claimId);
                ps.setString(4, from.name());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            addEvent(c, claimId, from, to, now, cause);
            return true;
        });
        if (moved) {
            LOG.atInfo().addKeyValue(LogFields.CLAIM_ID, claimId)
                    .log("claim {} status {} -> {} cause={}", claimId, from, to, cause);
        }
        return moved;
    }

    private static void addEvent(Connection c, String claimId, ClaimStatus from, ClaimStatus to, Instant at,
                                 String cause) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
            setEvent(ps, claimId, from, to, at, cause);
            ps.executeUpdate();
        }
    }

    private static void setEvent(PreparedStatement ps, String claimId, ClaimStatus from, ClaimStatus to, Instant at,
                                 String cause) throws SQLException {
        ps.setString(1, claimId);
        ps.setString(2, from == null ? null : from.name());
        ps.setString(3, to.name());
        Times.set(ps, 4, at);
        ps.setString(5, cause.length() > 500 ? cause.substring(0, 500) : cause);
    }

    private static Optional<StoredClaim> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredClaim(rs.getString("id"), rs.getString("submitter_id"),
                    ClaimKind.valueOf(rs.getString("kind")), ClaimStatus.valueOf(rs.getString("status")),
                    rs.getString("patient_control_number"), rs.getString("frequency_code"), rs.getString("payer_id"),
                    rs.getBigDecimal("charge_amount"), rs.getString("content_sha256"), rs.getBytes("body"),
                    Times.get(rs, "created_at"), Times.get(rs, "updated_at")));
        }
    }
}
