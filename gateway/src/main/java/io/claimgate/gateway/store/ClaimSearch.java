package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Lists a submitter's claims a page at a time. Keyset pagination on the claim id (time ordered), so a page
 * is one index range scan however deep the client pages, and claims stored meanwhile never shift a page.
 */
public final class ClaimSearch {
    private final Transactions tx;
    private final ClaimOutcomeStore outcomes;
    private final RemittanceStore remittances;

    public ClaimSearch(DataSource dataSource) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.outcomes = new ClaimOutcomeStore(dataSource);
        this.remittances = new RemittanceStore(dataSource);
    }

    /** The remittances (posted claim payments) of the claims listed here (same store). */
    public RemittanceStore remittances() {
        return remittances;
    }

    /** The acknowledgements and payments of the claims listed here (same store). */
    public ClaimOutcomeStore outcomes() {
        return outcomes;
    }

    /** Where the submitter's claim came from (its batch; for a claim read from an 837, ISA13/GS06/ST02). */
    public java.util.Optional<ClaimSource> source(String submitterId, String claimId) {
        return tx.run("claim source", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, source_isa13, source_gs06, source_st02 "
                    + "FROM claims WHERE id = ? AND submitter_id = ?")) {
                ps.setString(1, claimId);
                ps.setString(2, submitterId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new ClaimSource(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4))) : java.util.Optional.<ClaimSource>empty();
                }
            }
        });
    }

    /** One page and whether there are more. */
    public record Page(List<ClaimSummary> claims, boolean more) {
        public Page {
            claims = List.copyOf(claims);
        }
    }

    public Page list(String submitterId, ClaimQuery q) {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(q, "q");
        StringBuilder sql = new StringBuilder("SELECT id, kind, status, patient_control_number, frequency_code, payer_id, "
                + "charge_amount, batch_id, source_isa13, source_gs06, source_st02, created_at, updated_at "
                + "FROM claims WHERE submitter_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(submitterId);
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.payerId() != null) {
            sql.append(" AND payer_id = ?");
            args.add(q.payerId());
        }
        if (q.patientControlNumber() != null) {
            sql.append(" AND patient_control_number = ?");
            args.add(q.patientControlNumber());
        }
        if (q.after() != null) {
            sql.append(q.newestFirst() ? " AND id < ?" : " AND id > ?");
            args.add(q.after());
        }
        if (q.since() != null) {
            sql.append(" AND created_at >= ?");
            args.add(q.since());
        }
        sql.append(" ORDER BY id ").append(q.newestFirst() ? "DESC" : "ASC").append(" LIMIT ").append(q.limit() + 1);
        return tx.run("list claims", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    if (args.get(i) instanceof java.time.Instant t) {
                        Times.set(ps, i + 1, t);
                    } else {
                        ps.setString(i + 1, (String) args.get(i));
                    }
                }
                List<ClaimSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClaimSummary(rs.getString("id"), ClaimKind.valueOf(rs.getString("kind")),
                                ClaimStatus.valueOf(rs.getString("status")), rs.getString("patient_control_number"),
                                rs.getString("frequency_code"), rs.getString("payer_id"), rs.getBigDecimal("charge_amount"),
                                new ClaimSource(rs.getString("batch_id"), rs.getString("source_isa13"),
                                        rs.getString("source_gs06"), rs.getString("source_st02")),
                                Times.get(rs, "created_at"), Times.get(rs, "updated_at")));
                    }
                }
                boolean more = out.size() > q.limit();
                return new Page(more ? out.subList(0, q.limit()) : out, more);
            }
        });
    }
}
