package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.ElementReader;
import java.math.BigDecimal;

/**
 * Money in hundredths, in a long, for balancing and totals without a new BigDecimal per step. Amounts come from
 * {@link ElementReader#lastCents()} (below 10^15 each, or {@link #NONE} when an amount has more than two decimals
 * or too many digits); a sum that would leave the exact range becomes {@link #NONE}, and whoever sees
 * {@link #NONE} does the sum with BigDecimal instead.
 */
final class Cents {
    /** Not known in hundredths: do it with BigDecimal. */
    static final long NONE = ElementReader.NOT_CENTS;
    private static final long LIMIT = 1_000_000_000_000_000_000L; // a sum below this can take one more amount

    private Cents() {
    }

    /** {@code sum + amount}, or {@link #NONE} when either is {@link #NONE} or the sum has grown too large. */
    static long add(long sum, long amount) {
        if (sum == NONE || amount == NONE || sum >= LIMIT || sum <= -LIMIT) {
            return NONE;
        }
        return sum + amount;
    }

    /**
     * An exact running total that gives the same value and scale as adding the BigDecimals one by one to
     * {@link BigDecimal#ZERO}: in hundredths while every amount is known in hundredths, then in BigDecimal.
     */
    static final class Total {
        private static final long[] PER_UNIT = {100, 10, 1};
        private long cents;
        private int scale;
        private BigDecimal big; // the total once it has left the long

        /** Adds {@code amount}, whose hundredths are {@code amountCents} (or {@link #NONE}). */
        void add(BigDecimal amount, long amountCents) {
            if (big == null) {
                long sum = Cents.add(cents, amountCents);
                if (sum != NONE) {
                    cents = sum;
                    scale = Math.max(scale, amount.scale()); // BigDecimal.add keeps the larger scale
                    return;
                }
                big = value();
            }
            big = big.add(amount);
        }

        /** Adds the amount of {@link Amount} {@code bits} (with {@code big} when they say so), of {@code amountCents}. */
        void add(long bits, BigDecimal big, long amountCents) {
            if (this.big == null && bits != Amount.BIG && bits != Amount.NONE) {
                long sum = Cents.add(cents, amountCents);
                if (sum != NONE) {
                    cents = sum;
                    scale = Math.max(scale, (int) bits & 3);
                    return;
                }
            }
            add(Amount.value(bits, big), amountCents);
        }

        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(cents / PER_UNIT[scale], scale);
        }
    }
}
