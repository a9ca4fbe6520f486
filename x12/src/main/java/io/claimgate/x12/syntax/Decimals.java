package io.claimgate.x12.syntax;

import java.math.BigDecimal;

/** X12 decimal (type R) formatting: no plus sign, no leading or trailing zeros that carry nothing. */
public final class Decimals {
    private Decimals() {
    }

    /** {@code 100.00 -> "100"}, {@code 12.50 -> "12.5"}, {@code -0.50 -> "-.5"} is avoided: gives {@code "-0.5"}. */
    public static String toX12(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
