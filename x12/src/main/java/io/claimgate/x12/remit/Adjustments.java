package io.claimgate.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/** Sums of adjustment amounts. */
final class Adjustments {
    private Adjustments() {
    }

    static BigDecimal total(List<Adjustment> adjustments) {
        int n = adjustments.size();
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = adjustments.get(0).amount(); // not ZERO + the first: one BigDecimal fewer per list
        for (int i = 1; i < n; i++) {
            sum = sum.add(adjustments.get(i).amount());
        }
        return sum;
    }
}
