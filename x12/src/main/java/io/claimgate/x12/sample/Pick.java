package io.claimgate.x12.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices for one generated claim, from a seeded {@link SplittableRandom} (deterministic). */
final class Pick {
    static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom random;

    Pick(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An int in [lo, hi], both included. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T one(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code n} distinct items of {@code items} (n at most its size), in random order. */
    <T> List<T> distinct(List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    /** {@code count} random digits. */
    String digits(int count) {
        StringBuilder b = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** {@code base} scaled by a factor in [0.85, 1.25], to the cent. */
    BigDecimal around(BigDecimal base) {
        BigDecimal factor = BigDecimal.valueOf(85 + random.nextInt(41)).movePointLeft(2);
        return base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share of {@code amount} between lo% and hi%, to the cent. */
    BigDecimal share(BigDecimal amount, int loPercent, int hiPercent) {
        return amount.multiply(BigDecimal.valueOf(between(loPercent, hiPercent))).movePointLeft(2)
                .setScale(2, RoundingMode.DOWN);
    }

    /** A date in [from, from + days]. */
    LocalDate date(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days + 1));
    }

    static String d8(LocalDate d) {
        return d.format(D8);
    }

    /** A ten-digit NPI whose last digit is the Luhn check digit over the prefix 80840. */
    static String npi(String nineDigits) {
        String s = "80840" + nineDigits;
        int sum = 0;
        for (int i = s.length() - 1, k = 0; i >= 0; i--, k++) {
            int d = s.charAt(i) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return nineDigits + (10 - sum % 10) % 10;
    }

    /** A random NPI (first digit 1 or 2, as issued). */
    String npi() {
        return npi(one("1", "2") + digits(8));
    }
}
