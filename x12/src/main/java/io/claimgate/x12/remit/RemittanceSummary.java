package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.TransactionRef;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The totals of one 835, handed out at its SE.
 *
 * @param envelope                ISA13 / GS06 / ST02 of the 835
 * @param claims                  number of CLP segments
 * @param chargeTotal             sum of CLP03
 * @param paidTotal               sum of CLP04
 * @param paymentAmount           BPR02
 * @param providerAdjustmentTotal sum of the PLB amounts
 * @param balanced                true when every line, claim and the transaction balance (see {@link RemittanceParser})
 */
public record RemittanceSummary(TransactionRef envelope, int claims, BigDecimal chargeTotal, BigDecimal paidTotal,
                                BigDecimal paymentAmount, BigDecimal providerAdjustmentTotal, boolean balanced) {
    public RemittanceSummary {
        Objects.requireNonNull(envelope, "envelope");
        if (claims < 0) {
            throw new IllegalArgumentException("claims must not be negative");
        }
        Objects.requireNonNull(chargeTotal, "chargeTotal");
        Objects.requireNonNull(paidTotal, "paidTotal");
        Objects.requireNonNull(paymentAmount, "paymentAmount");
        Objects.requireNonNull(providerAdjustmentTotal, "providerAdjustmentTotal");
    }
}
