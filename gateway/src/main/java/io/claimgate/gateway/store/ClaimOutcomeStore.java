package io.claimgate.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What came back for a claim: its acknowledgements (999, 277CA) and payments (835), as the stages that read
 * those files record them. Every row carries the claim's submitter; an add for a claim that is not the
 * submitter's changes nothing, and every read is scoped by the submitter.
 */
public final class ClaimOutcomeStore {
    private final Transactions tx;

    public ClaimOutcomeStore(DataSource dataSource) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Records an acknowledgement of the submitter's claim; false when the claim is not the submitter's. */
    public boolean addAcknowledgement(String submitterId, String claimId, ClaimAcknowledgement a) {
        Objects.requireNonNull(a, "a");
        return tx.run("add acknowledgement", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_acknowledgements (claim_id, submitter_id, "
                    + "kind, status, control_number, detail, received_at) SELECT id, submitter_id, ?, ?, ?, ?, ? "
                    + "FROM claims WHERE id = ? AND submitter_id = ?")) {
                ps.setString(1, a.kind());
                ps.setString(2, a.status());
                ps.setString(3, a.controlNumber());
                ps.setString(4, a.detail());
                Times.set(ps, 5, a.receivedAt());
                ps.setString(6, claimId);
                ps.setString(7, submitterId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records a payment of the submitter's claim, with its adjustments, remark codes and lines; false when the
     * claim is not the submitter's. A payment naming no payer id gets the claim's.
     */
    public boolean addPayment(String submitterId, String claimId, ClaimPayment p) {
        return postPayment(submitterId, claimId, p).isPresent();
    }

    /** As {@link #addPayment}, answering the remittance id the payment is read by (empty: not the submitter's claim). */
    public Optional<String> postPayment(String submitterId, String claimId, ClaimPayment p) {
        Objects.requireNonNull(p, "p");
        return tx.run("add payment", c -> {
            String claimPayer;
            try (PreparedStatement ps = c.prepareStatement("SELECT payer_id FROM claims WHERE id = ? AND submitter_id = ?")) {
                ps.setString(1, claimId);
                ps.setString(2, submitterId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    claimPayer = rs.getString(1);
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_payments (claim_id, submitter_id, "
                    + "claim_status_code, charge_amount, paid_amount, patient_responsibility, payer_claim_control_number, "
                    + "trace_number, payment_date, received_at, payer_id, payer_name, payment_method, filing_indicator) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, claimId);
                ps.setString(2, submitterId);
                ps.setString(3, p.claimStatusCode());
                ps.setBigDecimal(4, p.chargeAmount());
                ps.setBigDecimal(5, p.paidAmount());
                ps.setBigDecimal(6, p.patientResponsibility());
                ps.setString(7, p.payerClaimControlNumber());
                ps.setString(8, p.traceNumber());
                ps.setObject(9, p.paymentDate());
                Times.set(ps, 10, p.receivedAt());
                ps.setString(11, p.payerId() != null ? p.payerId() : claimPayer);
                ps.setString(12, p.payerName());
                ps.setString(13, p.paymentMethod());
                ps.setString(14, p.filingIndicator());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            PaymentDetail.insert(c, id, p);
            return Optional.of(Remittance.id(id));
        });
    }

    /** The claim's acknowledgements, oldest first; empty when the claim is not the submitter's. */
    public List<ClaimAcknowledgement> acknowledgements(String submitterId, String claimId) {
        return tx.run("claim acknowledgements", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, status, control_number, detail, received_at "
                    + "FROM claim_acknowledgements WHERE submitter_id = ? AND claim_id = ? ORDER BY id")) {
                ps.setString(1, submitterId);
                ps.setString(2, claimId);
                List<ClaimAcknowledgement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClaimAcknowledgement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Times.get(rs, "received_at")));
                    }
                }
                return out;
            }
        });
    }

    /** The claim's payments (without their detail), oldest first; empty when the claim is not the submitter's. */
    public List<ClaimPayment> payments(String submitterId, String claimId) {
        return tx.run("claim payments", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PaymentDetail.COLUMNS
                    + " FROM claim_payments WHERE submitter_id = ? AND claim_id = ? ORDER BY id")) {
                ps.setString(1, submitterId);
                ps.setString(2, claimId);
                List<ClaimPayment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(PaymentDetail.summary(rs));
                    }
                }
                return out;
            }
        });
    }
}
