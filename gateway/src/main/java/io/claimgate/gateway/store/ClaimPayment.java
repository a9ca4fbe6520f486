package io.claimgate.gateway.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payment (or denial) of a claim read from an 835 CLP loop: CLP02 claim status code (1 processed as
 * primary, 4 denied, 22 reversal, ...), CLP03 charge, CLP04 paid, CLP05 patient responsibility, CLP07 payer
 * claim control number, the TRN02 check or EFT trace number and the BPR16 payment date; who paid (N1*PR
 * payer id and name), BPR04 payment method and CLP06 claim filing indicator (null when unknown); the
 * claim-level CAS adjustments, the MIA/MOA remark codes and the service lines.
 */
public record ClaimPayment(String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
                           BigDecimal patientResponsibility, String payerClaimControlNumber, String traceNumber,
                           LocalDate paymentDate, Instant receivedAt, String payerId, String payerName,
                           String paymentMethod, String filingIndicator, List<PaymentAdjustment> adjustments,
                           List<PaymentRemark> remarks, List<PaymentLine> lines) {
    public ClaimPayment {
        Objects.requireNonNull(claimStatusCode, "claimStatusCode");
        Objects.requireNonNull(chargeAmount, "chargeAmount");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(receivedAt, "receivedAt");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        lines = List.copyOf(lines);
    }

    /** A payment known only by its CLP amounts and the 835's trace number and date: no payer, no detail. */
    public ClaimPayment(String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
                        BigDecimal patientResponsibility, String payerClaimControlNumber, String traceNumber,
                        LocalDate paymentDate, Instant receivedAt) {
        this(claimStatusCode, chargeAmount, paidAmount, patientResponsibility, payerClaimControlNumber, traceNumber,
                paymentDate, receivedAt, null, null, null, null, List.of(), List.of(), List.of());
    }

    /** This payment without its detail (adjustments, remarks, lines), as a list shows it. */
    public ClaimPayment summary() {
        return new ClaimPayment(claimStatusCode, chargeAmount, paidAmount, patientResponsibility, payerClaimControlNumber,
                traceNumber, paymentDate, receivedAt, payerId, payerName, paymentMethod, filingIndicator, List.of(),
                List.of(), List.of());
    }
}
