package io.claimgate.x12.remit;

import java.util.List;
import java.util.Objects;

/**
 * One whole 835 transaction set in memory: for small files and tests. Large files should be read a claim at a
 * time through {@link RemittanceListener}.
 *
 * @param header      BPR, TRN, payer, payee
 * @param claims      every CLP, in order
 * @param adjustments every PLB, in order
 * @param summary     totals and the balancing verdict
 */
public record Remittance(RemittanceHeader header, List<ClaimPayment> claims, List<ProviderAdjustment> adjustments,
                         RemittanceSummary summary) {
    public Remittance {
        Objects.requireNonNull(header, "header");
        claims = List.copyOf(claims);
        adjustments = List.copyOf(adjustments);
        Objects.requireNonNull(summary, "summary");
    }
}
