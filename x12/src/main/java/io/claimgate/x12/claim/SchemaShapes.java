package io.claimgate.x12.claim;

import java.util.regex.Pattern;

/**
 * Hand-written tests for the patterns of {@link SchemaRules} that a claim checks for nearly every field
 * (dates, amounts, quantities, NPIs, ...), so that the schema check runs no regex on the success path.
 * Each test matches exactly what {@link Pattern#matcher(CharSequence)}{@code .matches()} of its pattern
 * matches ({@code \d} is ASCII 0-9 in Java without UNICODE_CHARACTER_CLASS); a pattern without a test
 * here runs as a regex.
 */
final class SchemaShapes {
    private static final String DATE = SchemaRules.DATE.pattern();
    static final String HHMM = "([01]\\d|2[0-3])[0-5]\\d";
    static final String DATE_AND_HOUR = DATE + "(" + HHMM + ")?";
    static final String DATE_OR_SPAN = DATE + "(-" + DATE + ")?";
    static final String POINTER = "[1-9]|1[0-2]";

    private SchemaShapes() {
    }

    /** True when {@code p} matches all of {@code v}. */
    static boolean matches(Pattern p, String v) {
        String source = p.pattern();
        if (source == DATE) {
            return date(v, 0) && v.length() == 8;
        }
        return switch (source) {
            case "\\d+(\\.\\d{1,2})?" -> decimal(v, false, Integer.MAX_VALUE, 2);
            case "-?\\d+(\\.\\d{1,2})?" -> decimal(v, true, Integer.MAX_VALUE, 2);
            case "\\d{1,15}(\\.\\d{1,3})?" -> decimal(v, false, 15, 3);
            case "\\d{10}" -> digits(v, 0, 10) && v.length() == 10;
            case "\\d{9}" -> digits(v, 0, 9) && v.length() == 9;
            case "\\d{5}" -> digits(v, 0, 5) && v.length() == 5;
            case "\\d{1,6}" -> v.length() >= 1 && v.length() <= 6 && digits(v, 0, v.length());
            case "[A-Za-z0-9]{10}" -> v.length() == 10 && letterOrDigits(v);
            case "[1-9]|1[0-2]" -> pointer(v);
            default -> regex(p, source, v);
        };
    }

    private static boolean regex(Pattern p, String source, String v) {
        if (source.equals(DATE_AND_HOUR)) {
            return date(v, 0) && (v.length() == 8 || v.length() == 12 && hhmm(v, 8));
        }
        if (source.equals(DATE_OR_SPAN)) {
            return date(v, 0) && (v.length() == 8 || v.length() == 17 && v.charAt(8) == '-' && date(v, 9));
        }
        if (source.equals(HHMM)) {
            return v.length() == 4 && hhmm(v, 0);
        }
        return p.matcher(v).matches();
    }

    /** {@code \d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])} at {@code from}; the caller checks what follows. */
    static boolean date(String v, int from) {
        if (v.length() < from + 8 || !digits(v, from, from + 8)) {
            return false;
        }
        char m1 = v.charAt(from + 4);
        char m2 = v.charAt(from + 5);
        boolean month = m1 == '0' ? m2 != '0' : m1 == '1' && m2 <= '2';
        char d1 = v.charAt(from + 6);
        char d2 = v.charAt(from + 7);
        boolean day = d1 == '0' ? d2 != '0' : d1 == '1' || d1 == '2' || d1 == '3' && d2 <= '1';
        return month && day;
    }

    /** {@code ([01]\d|2[0-3])[0-5]\d} at {@code from}, the rest of {@code v} being 4 characters. */
    private static boolean hhmm(String v, int from) {
        if (!digits(v, from, from + 4)) {
            return false;
        }
        char h1 = v.charAt(from);
        return (h1 <= '1' || h1 == '2' && v.charAt(from + 1) <= '3') && v.charAt(from + 2) <= '5';
    }

    /**
     * An optional minus (when {@code signed}), 1 to {@code maxInt} digits, then optionally a dot and 1 to
     * {@code maxFraction} digits: {@code -?\d+(\.\d{1,2})?} and {@code \d{1,15}(\.\d{1,3})?}.
     */
    static boolean decimal(String v, boolean signed, int maxInt, int maxFraction) {
        int n = v.length();
        int i = signed && n > 0 && v.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && digit(v.charAt(i))) {
            i++;
        }
        int intDigits = i - start;
        if (intDigits == 0 || intDigits > maxInt) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        int fraction = n - i - 1;
        return fraction >= 1 && fraction <= maxFraction && digits(v, i + 1, n);
    }

    /** {@code -?\d+(\.\d+)?}: the plain decimal numbers the binder turns into BigDecimal. */
    static boolean number(String v) {
        return decimal(v, true, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** True for an unsigned amount whose digits past the second decimal are all zeros: {@code 45.500}, {@code 7.000}. */
    static boolean zerosPastCents(String v) {
        int dot = v.indexOf('.');
        if (dot < 1 || v.length() - dot - 1 <= 2) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (i != dot && (c < '0' || c > '9' || i > dot + 2 && c != '0')) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code v} holds an X12 delimiter ({@code ~ * : ^}) or a line break ({@code [~*:^\r\n]}). */
    static boolean hasDelimiter(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c == '~' || c == '*' || c == ':' || c == '^' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean pointer(String v) {
        if (v.length() == 1) {
            char c = v.charAt(0);
            return c >= '1' && c <= '9';
        }
        return v.length() == 2 && v.charAt(0) == '1' && v.charAt(1) >= '0' && v.charAt(1) <= '2';
    }

    private static boolean letterOrDigits(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (!(digit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String v, int from, int to) {
        if (v.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!digit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
