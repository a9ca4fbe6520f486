package io.claimgate.gateway.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment (or denial) of a claim read from an 835 CLP loop: CLP02 claim status code (1 processed as
 * primary, 4 denied, 22 reversal, ...), CLP03 charge, CLP04 paid, CLP05 patient responsibility, CLP07 payer
 * claim control number, the TRN02 check or EFT trace number and the BPR16 payment date.
 */
public record ClaimPayment(String claimStatusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
                           BigDecimal patientResponsibility, String payerClaimControlNumber, String traceNumber,
                           LocalDate paymentDate, Instant receivedAt) {
    public ClaimPayment {
        Objects.requireNonNull(claimStatusCode, "claimStatusCode");
        Objects.requireNonNull(chargeAmount, "chargeAmount");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
