package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.ElementReader;
import java.math.BigDecimal;

/**
 * How the 835 records keep an amount: the packed short decimal of {@link ElementReader#amountBits} ({@code unscaled
 * << 2 | scale}, two decimals at most), {@link ElementReader#NO_AMOUNT} for none, or {@link ElementReader#BIG_AMOUNT}
 * when the value is held as a {@link BigDecimal} beside it. The BigDecimal the accessors hand out is made from the
 * bits when asked for: equal, with the same scale, to the one that {@link ElementReader#amount} gives for the same
 * element. A claim whose amounts are never looked at so costs no BigDecimal.
 */
final class Amount {
    static final long NONE = ElementReader.NO_AMOUNT;
    static final long BIG = ElementReader.BIG_AMOUNT;
    private static final long LIMIT = 10_000_000_000_000L; // 13 digits, as ElementReader reads them

    private Amount() {
    }

    /** The amount of {@code bits} (with {@code big} when the bits say so); null for {@link #NONE}. */
    static BigDecimal value(long bits, BigDecimal big) {
        if (bits == NONE) {
            return null;
        }
        return bits == BIG ? big : BigDecimal.valueOf(bits >> 2, (int) bits & 3);
    }

    /** {@code d} as bits: {@link #NONE} when null, {@link #BIG} when it does not fit (then keep {@link #big}). */
    static long bits(BigDecimal d) {
        if (d == null) {
            return NONE;
        }
        int scale = d.scale();
        if (scale < 0 || scale > 2 || d.precision() > 18) {
            return BIG;
        }
        long unscaled = d.unscaledValue().longValueExact();
        return unscaled >= LIMIT || unscaled <= -LIMIT ? BIG : unscaled << 2 | scale;
    }

    /** What to keep beside {@link #bits(BigDecimal) bits(d)}: {@code d} when it did not fit, else null. */
    static BigDecimal big(BigDecimal d) {
        return bits(d) == BIG ? d : null;
    }
}
