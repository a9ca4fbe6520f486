package io.claimgate.x12.inbound;

import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads typed values out of inbound segments and reports, positioned, what it cannot read. The offending
 * value goes into the issue's bad value only (never its message): inbound files carry PHI.
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

    /** Element {@code i} as an X12 decimal (type R), or null when absent; an unreadable value is reported. */
    public BigDecimal amount(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        BigDecimal d = parseDecimal(s, i);
        if (d == null) {
            sink.accept(X12Issue.error(X12Error.INVALID_CHARACTER, s.position(i),
                    s.position(i).reference() + " is not a decimal number", s.element(i)));
        }
        return d;
    }

    /** As {@link #amount}, reporting a missing value too; gives zero when missing or unreadable. */
    public BigDecimal requiredAmount(Segment s, int i, String what) {
        if (!s.has(i)) {
            error(X12Error.REQUIRED_ELEMENT_MISSING, s, i, what + " (" + s.position(i).reference() + ") is missing");
            return BigDecimal.ZERO;
        }
        BigDecimal d = amount(s, i);
        return d == null ? BigDecimal.ZERO : d;
    }

    /** Element {@code i} as a CCYYMMDD date, or null when absent or not a real date (then reported). */
    public LocalDate date(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        LocalDate d = s.length(i) == 8 ? parseDate(s, i) : null;
        return d != null ? d : date(s, i, s.element(i));
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
        if (!s.has(i)) {
            return NO_PROCEDURE;
        }
        String v = s.element(i);
        String[] parts = asciiComponents(v, s.delimiters());
        if (parts == null) {
            parts = new String[7];
            for (int c = 1; c <= 7; c++) {
                parts[c - 1] = s.component(i, c);
            }
        }
        List<String> modifiers = new ArrayList<>(4);
        for (int c = 3; c <= 6; c++) {
            String m = parts[c - 1];
            if (!m.isEmpty()) {
                modifiers.add(m);
            }
        }
        return new Procedure(parts[0], parts[1], modifiers, parts[6]);
    }

    /**
     * The first seven components of the first repetition of {@code v} (missing ones ""), as
     * {@link Segment#component} gives them; null when {@code v} is not plain ASCII (then ask the segment).
     */
    private static String[] asciiComponents(String v, Delimiters d) {
        int n = v.length();
        char rep = d.repetition();
        char comp = d.component();
        String[] parts = new String[7];
        int from = 0;
        int c = 0;
        for (int k = 0; k <= n && c < 7; k++) {
            char ch = k == n ? 0 : v.charAt(k);
            if (ch >= 0x80) {
                return null;
            }
            boolean last = k == n || rep != 0 && ch == rep;
            if (last || ch == comp) {
                parts[c++] = from == 0 && k == n ? v : v.substring(from, k);
                from = k + 1;
                if (last) {
                    break;
                }
            }
        }
        for (; c < 7; c++) {
            parts[c] = "";
        }
        return parts;
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
     * Element {@code i} of {@code s} as {@link #parseDecimal(String)} reads it, without making a String of it
     * (a non-ASCII byte is no digit, so it gives null as the String would).
     */
    static BigDecimal parseDecimal(Segment s, int i) {
        int n = s.length(i);
        if (n > 19) {
            return parseDecimal(s.element(i));
        }
        int k = 0;
        boolean negative = n > 0 && s.byteAt(i, 0) == '-';
        if (negative) {
            k = 1;
        }
        int digits = 0;
        int point = -1;
        long unscaled = 0;
        for (; k < n; k++) {
            int c = s.byteAt(i, k);
            if (c >= '0' && c <= '9') {
                digits++;
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = k;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (digits > 18) {
            return parseDecimal(s.element(i));
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : n - point - 1);
    }

    /** Element {@code i} of {@code s}, 8 bytes long, as a CCYYMMDD date; null when it is not a real date. */
    private static LocalDate parseDate(Segment s, int i) {
        int value = 0;
        for (int k = 0; k < 8; k++) {
            int c = s.byteAt(i, k);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return date(value / 10000, value / 100 % 100, value % 100);
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
