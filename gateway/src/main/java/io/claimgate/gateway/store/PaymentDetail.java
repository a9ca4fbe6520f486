package io.claimgate.gateway.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A claim payment's row and its detail rows (claim_payment_lines, claim_payment_adjustments,
 * claim_payment_remarks; line_number 0 is the claim's own): written with the payment, read back as stored.
 */
final class PaymentDetail {
    /** The columns of a claim_payments row that {@link #summary} reads, in its order. */
    static final String COLUMNS = "claim_status_code, charge_amount, paid_amount, patient_responsibility, "
            + "payer_claim_control_number, trace_number, payment_date, received_at, payer_id, payer_name, payment_method, "
            + "filing_indicator";

    private PaymentDetail() {
    }

    /** The payment of the current row (selected with {@link #COLUMNS} first), without its detail. */
    static ClaimPayment summary(ResultSet rs) throws SQLException {
        return new ClaimPayment(rs.getString("claim_status_code"), rs.getBigDecimal("charge_amount"),
                rs.getBigDecimal("paid_amount"), rs.getBigDecimal("patient_responsibility"),
                rs.getString("payer_claim_control_number"), rs.getString("trace_number"),
                rs.getObject("payment_date", LocalDate.class), Times.get(rs, "received_at"), rs.getString("payer_id"),
                rs.getString("payer_name"), rs.getString("payment_method"), rs.getString("filing_indicator"),
                List.of(), List.of(), List.of());
    }

    static void insert(Connection c, long paymentId, ClaimPayment p) throws SQLException {
        try (PreparedStatement adj = c.prepareStatement("INSERT INTO claim_payment_adjustments (payment_id, line_number, "
                + "seq_no, group_code, reason_code, amount, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rem = c.prepareStatement("INSERT INTO claim_payment_remarks (payment_id, line_number, "
                     + "seq_no, source, code) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO claim_payment_lines (payment_id, line_number, "
                     + "procedure_qualifier, procedure_code, procedure_modifiers, revenue_code, charge_amount, paid_amount, "
                     + "units_paid, service_date, line_item_control_number, allowed_amount) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            addAdjustments(adj, paymentId, 0, p.adjustments());
            addRemarks(rem, paymentId, 0, p.remarks());
            for (PaymentLine l : p.lines()) {
                line.setLong(1, paymentId);
                line.setInt(2, l.number());
                line.setString(3, l.procedureQualifier());
                line.setString(4, l.procedureCode());
                line.setString(5, l.modifiers().isEmpty() ? null : String.join(":", l.modifiers()));
                line.setString(6, l.revenueCode());
                line.setBigDecimal(7, l.chargeAmount());
                line.setBigDecimal(8, l.paidAmount());
                line.setBigDecimal(9, l.unitsPaid());
                line.setObject(10, l.serviceDate());
                line.setString(11, l.lineItemControlNumber());
                line.setBigDecimal(12, l.allowedAmount());
                line.addBatch();
                addAdjustments(adj, paymentId, l.number(), l.adjustments());
                addRemarks(rem, paymentId, l.number(), l.remarks());
            }
            // Lines first: nothing refers to them, but it keeps the rows in the order they were read.
            line.executeBatch();
            adj.executeBatch();
            rem.executeBatch();
        }
    }

    private static void addAdjustments(PreparedStatement ps, long paymentId, int lineNumber, List<PaymentAdjustment> adjustments)
            throws SQLException {
        int seq = 0;
        for (PaymentAdjustment a : adjustments) {
            ps.setLong(1, paymentId);
            ps.setInt(2, lineNumber);
            ps.setInt(3, ++seq);
            ps.setString(4, a.groupCode());
            ps.setString(5, a.reasonCode());
            ps.setBigDecimal(6, a.amount());
            ps.setBigDecimal(7, a.quantity());
            ps.addBatch();
        }
    }

    private static void addRemarks(PreparedStatement ps, long paymentId, int lineNumber, List<PaymentRemark> remarks)
            throws SQLException {
        int seq = 0;
        for (PaymentRemark r : remarks) {
            ps.setLong(1, paymentId);
            ps.setInt(2, lineNumber);
            ps.setInt(3, ++seq);
            ps.setString(4, r.source());
            ps.setString(5, r.code());
            ps.addBatch();
        }
    }

    /** A count as sent: 3 for 3.000, 1.5 for 1.500 (the column keeps three decimals). */
    private static BigDecimal units(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal s = stored.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@code summary} with its adjustments, remark codes and lines as stored. */
    static ClaimPayment withDetail(Connection c, long paymentId, ClaimPayment summary) throws SQLException {
        Map<Integer, List<PaymentAdjustment>> adjustments = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line_number, group_code, reason_code, amount, quantity "
                + "FROM claim_payment_adjustments WHERE payment_id = ? ORDER BY line_number, seq_no")) {
            ps.setLong(1, paymentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    adjustments.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new PaymentAdjustment(
                            rs.getString(2), rs.getString(3), rs.getBigDecimal(4), units(rs.getBigDecimal(5))));
                }
            }
        }
        Map<Integer, List<PaymentRemark>> remarks = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line_number, source, code FROM claim_payment_remarks "
                + "WHERE payment_id = ? ORDER BY line_number, seq_no")) {
            ps.setLong(1, paymentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    remarks.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new PaymentRemark(rs.getString(2), rs.getString(3)));
                }
            }
        }
        List<PaymentLine> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line_number, procedure_qualifier, procedure_code, "
                + "procedure_modifiers, revenue_code, charge_amount, paid_amount, units_paid, service_date, "
                + "line_item_control_number, allowed_amount FROM claim_payment_lines WHERE payment_id = ? ORDER BY line_number")) {
            ps.setLong(1, paymentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt(1);
                    String modifiers = rs.getString(4);
                    BigDecimal units = rs.getBigDecimal(8);
                    lines.add(new PaymentLine(n, rs.getString(2), rs.getString(3),
                            modifiers == null ? List.of() : Arrays.asList(modifiers.split(":")), rs.getString(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), units(units),
                            rs.getObject(9, LocalDate.class), rs.getString(10), rs.getBigDecimal(11),
                            adjustments.getOrDefault(n, List.of()), remarks.getOrDefault(n, List.of())));
                }
            }
        }
        ClaimPayment s = summary;
        return new ClaimPayment(s.claimStatusCode(), s.chargeAmount(), s.paidAmount(), s.patientResponsibility(),
                s.payerClaimControlNumber(), s.traceNumber(), s.paymentDate(), s.receivedAt(), s.payerId(), s.payerName(),
                s.paymentMethod(), s.filingIndicator(), adjustments.getOrDefault(0, List.of()),
                remarks.getOrDefault(0, List.of()), lines);
    }
}
