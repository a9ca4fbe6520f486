package io.claimgate.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/** Sums of adjustment amounts. */
final class Adjustments {
    private Adjustments() {
    }

    static BigDecimal total(List<Adjustment> adjustments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Adjustment a : adjustments) {
            sum = sum.add(a.amount());
        }
        return sum;
    }
}
