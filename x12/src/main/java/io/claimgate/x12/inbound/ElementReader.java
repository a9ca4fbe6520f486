package io.claimgate.x12.inbound;

import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads typed values out of inbound segments and reports, positioned, what it cannot read. The offending
 * value goes into the issue's bad value only (never its message): inbound files carry PHI. One reader serves
 * one thread (it keeps the last dates read).
 */
public final class ElementReader {
    private final Consumer<X12Issue> sink;

    public ElementReader(Consumer<X12Issue> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Reports {@code issue}. */
    public void report(X12Issue issue) {
        sink.accept(issue);
    }

    /** Reports an error about element {@code i} of {@code s}. */
    public void error(X12Error error, Segment s, int i, String message) {
        sink.accept(X12Issue.error(error, i == 0 ? s.position() : s.position(i), message));
    }

    /** Element {@code i}; reports a missing required element (and gives "") when it is empty. */
    public String required(Segment s, int i, String what) {
        String v = s.element(i);
        if (v.isEmpty()) {
            error(X12Error.REQUIRED_ELEMENT_MISSING, s, i, what + " (" + s.position(i).reference() + ") is missing");
        }
        return v;
    }

    /** {@link #lastCents()} when the last amount cannot be given as a whole number of hundredths. */
    public static final long NOT_CENTS = Long.MIN_VALUE;
    private long lastCents = NOT_CENTS;

    /**
     * The amount that {@link #amount} or {@link #requiredAmount} gave last, as an exact number of hundredths
     * ({@code 12.5} gives 1250), or {@link #NOT_CENTS} when there was none or it had more than two decimals or
     * more than 13 digits. Lets a reader add and compare money (balancing, totals) in a long rather than with a
     * new BigDecimal per step; each is below 10^15 in size, so a sum kept below 10^18 can always take one more.
     */
    public long lastCents() {
        return lastCents;
    }

    private static final long[] CENTS_PER_UNIT = {100, 10, 1};

    /** Element {@code i} as an X12 decimal (type R), or null when absent; an unreadable value is reported. */
    public BigDecimal amount(Segment s, int i) {
        long bits = s.shortDecimal(i);
        if (bits != Segment.NOT_SHORT_DECIMAL) { // the common case
            int scale = (int) bits & 3;
            long unscaled = bits >> 2;
            lastCents = unscaled * CENTS_PER_UNIT[scale];
            return BigDecimal.valueOf(unscaled, scale);
        }
        lastCents = NOT_CENTS;
        if (!s.has(i)) {
            return null;
        }
        BigDecimal d = parseDecimal(s.element(i)); // long, more than two decimals, or not a number
        if (d == null) {
            d = lenientDecimal(s.element(i));
            sink.accept(X12Issue.error(X12Error.INVALID_CHARACTER, s.position(i), d == null
                    ? s.position(i).reference() + " is not a decimal number"
                    : s.position(i).reference() + " is not an X12 decimal number; read as " + d.toPlainString(),
                    s.element(i)));
        }
        return d;
    }

    /** As {@link #amount}, reporting a missing value too; gives zero when missing or unreadable. */
    public BigDecimal requiredAmount(Segment s, int i, String what) {
        if (!s.has(i)) {
            error(X12Error.REQUIRED_ELEMENT_MISSING, s, i, what + " (" + s.position(i).reference() + ") is missing");
            lastCents = 0;
            return BigDecimal.ZERO;
        }
        BigDecimal d = amount(s, i);
        if (d == null) {
            lastCents = 0;
            return BigDecimal.ZERO;
        }
        return d;
    }

    /** {@link #amountBits} of an absent (or unreadable) amount. */
    public static final long NO_AMOUNT = Long.MIN_VALUE;
    /** {@link #amountBits} of an amount that only a BigDecimal holds: {@link #lastBig()}. */
    public static final long BIG_AMOUNT = Long.MIN_VALUE + 1;
    private BigDecimal lastBig;

    /**
     * As {@link #amount}, without making a BigDecimal for the common short form: element {@code i} packed as
     * {@code unscaled << 2 | scale} (see {@link Segment#shortDecimal}), {@link #NO_AMOUNT} when absent or unreadable
     * (then reported), or {@link #BIG_AMOUNT} when it has more digits or decimals: then {@link #lastBig()} holds it.
     * {@code BigDecimal.valueOf(bits >> 2, (int) bits & 3)} is what {@link #amount} gives. Sets {@link #lastCents()}.
     */
    public long amountBits(Segment s, int i) {
        long bits = s.shortDecimal(i);
        if (bits != Segment.NOT_SHORT_DECIMAL) {
            lastCents = (bits >> 2) * CENTS_PER_UNIT[(int) bits & 3];
            return bits;
        }
        return big(amount(s, i));
    }

    /** As {@link #requiredAmount} (missing or unreadable: reported, and zero), in the form of {@link #amountBits}. */
    public long requiredAmountBits(Segment s, int i, String what) {
        long bits = s.shortDecimal(i);
        if (bits != Segment.NOT_SHORT_DECIMAL) {
            lastCents = (bits >> 2) * CENTS_PER_UNIT[(int) bits & 3];
            return bits;
        }
        BigDecimal d = requiredAmount(s, i, what);
        return d.signum() == 0 && d.scale() == 0 ? 0 : big(d);
    }

    private long big(BigDecimal d) {
        if (d == null) {
            return NO_AMOUNT;
        }
        lastBig = d;
        return BIG_AMOUNT;
    }

    /** The amount that the last {@link #amountBits} or {@link #requiredAmountBits} gave as {@link #BIG_AMOUNT}. */
    public BigDecimal lastBig() {
        return lastBig;
    }

    /** Element {@code i} as a CCYYMMDD date, or null when absent or not a real date (then reported). */
    public LocalDate date(Segment s, int i) {
        int n = s.length(i);
        if (n == 0) {
            return null;
        }
        LocalDate d = n == 8 ? cachedDate((int) s.digits(i)) : null;
        return d != null ? d : date(s, i, s.element(i));
    }

    // The dates of one file cluster (service dates of a payment cycle, one production date), so the last few
    // read are kept: a hit costs neither the check of the date nor a LocalDate. One reader is used by one thread.
    private static final int DATE_SLOTS = 256;
    private final int[] dateKeys = new int[DATE_SLOTS];
    private final LocalDate[] dates = new LocalDate[DATE_SLOTS];

    /** {@code value}, the number CCYYMMDD (-1 when the element was not 8 digits), as a date; null when not a real date. */
    private LocalDate cachedDate(int value) {
        if (value < 0) {
            return null;
        }
        // two ways: a date is looked for in a pair of slots, so two dates of one hash do not push each other out
        int slot = (value * 0x9E3779B1) >>> 24 & ~1; // the top 8 bits of a multiplicative hash: DATE_SLOTS = 256
        LocalDate d = dates[slot];
        if (d != null && dateKeys[slot] == value) {
            return d;
        }
        LocalDate other = dates[slot + 1];
        if (other != null && dateKeys[slot + 1] == value) {
            return other;
        }
        d = date(value / 10000, value / 100 % 100, value % 100);
        if (d != null) { // the newest first, the one it displaces second
            dateKeys[slot + 1] = dateKeys[slot];
            dates[slot + 1] = dates[slot];
            dateKeys[slot] = value;
            dates[slot] = d;
        }
        return d;
    }

    /** {@code value} (taken from element {@code i} of {@code s}) as a CCYYMMDD date; reported when not a real date. */
    public LocalDate date(Segment s, int i, String value) {
        LocalDate d = parseDate(value);
        if (d == null) {
            sink.accept(X12Issue.error(X12Error.INVALID_DATE, s.position(i),
                    s.position(i).reference() + " is not a date (CCYYMMDD)", value));
        }
        return d;
    }

    /**
     * A DTP-style date: qualifier {@code D8} with a date or {@code RD8} with two dates joined by a hyphen, in
     * elements {@code q} and {@code q + 1}. Unreadable dates (and a range that ends before it starts) are reported.
     */
    public DateRange dateRange(Segment s, int q) {
        String format = s.element(q);
        String v = s.element(q + 1);
        if (v.isEmpty()) {
            return new DateRange(null, null);
        }
        if (format.equals("RD8") || format.isEmpty() && v.length() == 17) {
            int dash = v.indexOf('-');
            if (dash < 0) {
                date(s, q + 1, v);
                return new DateRange(null, null);
            }
            LocalDate from = date(s, q + 1, v.substring(0, dash));
            LocalDate to = date(s, q + 1, v.substring(dash + 1));
            if (from != null && to != null && to.isBefore(from)) {
                sink.accept(X12Issue.error(X12Error.INVALID_DATE, s.position(q + 1),
                        s.position(q + 1).reference() + " is a date range that ends before it starts", v));
                return new DateRange(from, null);
            }
            return new DateRange(from, to);
        }
        LocalDate d = date(s, q + 1, v);
        return new DateRange(d, d);
    }

    private static final Procedure NO_PROCEDURE = new Procedure("", "", List.of(), "");

    /** Composite element {@code i} as a procedure (C003); empty when absent. */
    public static Procedure procedure(Segment s, int i) {
        return procedure(s, i, new String[7]);
    }

    /** As {@link #procedure(Segment, int)}, splitting the composite into {@code parts} (seven long, reused by the caller). */
    public static Procedure procedure(Segment s, int i, String[] parts) {
        if (!s.has(i)) {
            return NO_PROCEDURE;
        }
        s.components(i, parts);
        int n = 0;
        for (int c = 2; c <= 5; c++) { // C003-03..06: the modifiers present, moved to the front of 2..5
            if (!parts[c].isEmpty()) {
                parts[2 + n++] = parts[c];
            }
        }
        List<String> modifiers = switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(parts[2]);
            case 2 -> List.of(parts[2], parts[3]);
            case 3 -> List.of(parts[2], parts[3], parts[4]);
            default -> List.of(parts[2], parts[3], parts[4], parts[5]);
        };
        return new Procedure(parts[0], parts[1], modifiers, parts[6]);
    }

    /** An NM1 segment as a party. */
    public static Party nm1(Segment s) {
        return new Party(s.element(1), s.element(2), s.element(3), s.element(4), s.element(5), s.element(8), s.element(9));
    }

    /** An N1 segment as a party. */
    public static Party n1(Segment s) {
        return new Party(s.element(1), "", s.element(2), "", "", s.element(3), s.element(4));
    }

    /**
     * An X12 decimal (type R): optional minus sign, digits with at most one decimal point, at least one digit.
     * No exponent, no plus sign. Null when {@code v} is not one.
     */
    public static BigDecimal parseDecimal(String v) {
        int n = v.length();
        int i = 0;
        boolean negative = n > 0 && v.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        int digits = 0;
        int point = -1;
        long unscaled = 0;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                unscaled = unscaled * 10 + (c - '0'); // exact while digits <= 18
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 30) {
            return null;
        }
        if (digits > 18) {
            return new BigDecimal(v);
        }
        // the same value and scale as new BigDecimal(v), without its general parser
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : n - point - 1);
    }

    /**
     * What a payer most likely meant by a number X12 does not allow: spaces around it, a plus sign or an exponent
     * ({@code " 12.50"}, {@code "+5"}, {@code "1E2"}); null when it is not a number even so. The caller still reports it.
     */
    static BigDecimal lenientDecimal(String v) {
        String t = v.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return Math.abs(d.scale()) > 30 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** CCYYMMDD as a date, or null when it is not a real date; the same answers as {@link Dates#parse}, faster. */
    static LocalDate parseDate(String v) {
        if (v.length() != 8) {
            return null;
        }
        int value = 0;
        for (int k = 0; k < 8; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return date(value / 10000, value / 100 % 100, value % 100);
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
