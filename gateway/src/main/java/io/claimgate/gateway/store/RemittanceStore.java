package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A submitter's remittances: the claim payments posted for its claims (claim_payments, written by
 * {@link ClaimOutcomeStore#postPayment}). Every read is scoped by the submitter: another submitter's
 * remittance is not found. Lists are keyset-paged on the payment's row id (the order payments were posted).
 */
public final class RemittanceStore {
    private static final String SELECT = "SELECT p.id, p.claim_id, c.kind, c.patient_control_number, "
            + "c.payer_id AS claim_payer_id, p." + PaymentDetail.COLUMNS.replace(", ", ", p.")
            + " FROM claim_payments p JOIN claims c ON c.id = p.claim_id";

    private final Transactions tx;

    public RemittanceStore(DataSource dataSource) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** One page and whether there are more. */
    public record Page(List<Remittance> remittances, boolean more) {
        public Page {
            remittances = List.copyOf(remittances);
        }
    }

    /** The submitter's remittances the query selects, without their detail (adjustments, remarks, lines). */
    public Page list(String submitterId, RemittanceQuery q) {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(q, "q");
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE p.submitter_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(submitterId);
        if (q.payerId() != null) {
            sql.append(" AND p.payer_id = ?");
            args.add(q.payerId());
        }
        if (q.traceNumber() != null) {
            sql.append(" AND p.trace_number = ?");
            args.add(q.traceNumber());
        }
        if (q.claimId() != null) {
            sql.append(" AND p.claim_id = ?");
            args.add(q.claimId());
        }
        if (q.claimStatusCode() != null) {
            sql.append(" AND p.claim_status_code = ?");
            args.add(q.claimStatusCode());
        }
        if (q.since() != null) {
            sql.append(" AND p.received_at >= ?");
            args.add(q.since());
        }
        if (q.after() != null) {
            sql.append(q.newestFirst() ? " AND p.id < ?" : " AND p.id > ?");
            args.add(Remittance.rowId(q.after()));
        }
        sql.append(" ORDER BY p.id ").append(q.newestFirst() ? "DESC" : "ASC").append(" LIMIT ").append(q.limit() + 1);
        return tx.run("list remittances", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    Object a = args.get(i);
                    if (a instanceof Instant t) {
                        Times.set(ps, i + 1, t);
                    } else if (a instanceof Long n) {
                        ps.setLong(i + 1, n);
                    } else {
                        ps.setString(i + 1, (String) a);
                    }
                }
                List<Remittance> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(remittance(rs, PaymentDetail.summary(rs)));
                    }
                }
                boolean more = out.size() > q.limit();
                return new Page(more ? out.subList(0, q.limit()) : out, more);
            }
        });
    }

    /** The submitter's remittance with its detail; empty for an unknown id and another submitter's alike. */
    public Optional<Remittance> find(String submitterId, String remittanceId) {
        long rowId = Remittance.rowId(remittanceId);
        if (rowId < 0) {
            return Optional.empty();
        }
        return tx.run("read remittance", c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.id = ? AND p.submitter_id = ?")) {
                ps.setLong(1, rowId);
                ps.setString(2, submitterId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Remittance>empty();
                    }
                    Remittance r = remittance(rs, PaymentDetail.summary(rs));
                    return Optional.of(new Remittance(r.id(), r.claimId(), r.claimKind(), r.patientControlNumber(),
                            r.claimPayerId(), PaymentDetail.withDetail(c, rowId, r.payment())));
                }
            }
        });
    }

    private static Remittance remittance(ResultSet rs, ClaimPayment payment) throws SQLException {
        return new Remittance(Remittance.id(rs.getLong("id")), rs.getString("claim_id"),
                ClaimKind.valueOf(rs.getString("kind")), rs.getString("patient_control_number"),
                rs.getString("claim_payer_id"), payment);
    }
}
