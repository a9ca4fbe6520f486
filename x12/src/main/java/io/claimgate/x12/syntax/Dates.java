package io.claimgate.x12.syntax;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Date and time checks for X12 DT and TM elements. */
public final class Dates {
    private Dates() {
    }

    /** CCYYMMDD, a real calendar date. */
    public static boolean isCcyyMmDd(String v) {
        if (v == null || v.length() != 8 || !allDigits(v)) {
            return false;
        }
        return real(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8)));
    }

    /** YYMMDD, a real calendar date (century taken as 20xx). */
    public static boolean isYyMmDd(String v) {
        if (v == null || v.length() != 6 || !allDigits(v)) {
            return false;
        }
        return real(2000 + Integer.parseInt(v.substring(0, 2)), Integer.parseInt(v.substring(2, 4)), Integer.parseInt(v.substring(4, 6)));
    }

    /** HHMM with hours 00-23 and minutes 00-59. */
    public static boolean isHhMm(String v) {
        return v != null && v.length() == 4 && allDigits(v)
                && Integer.parseInt(v.substring(0, 2)) < 24 && Integer.parseInt(v.substring(2, 4)) < 60;
    }

    /** An X12 TM value: HHMM, HHMMSS, HHMMSSD or HHMMSSDD. */
    public static boolean isTime(String v) {
        if (v == null || v.length() < 4 || v.length() > 8 || !allDigits(v) || !isHhMm(v.substring(0, 4))) {
            return false;
        }
        return v.length() < 6 || Integer.parseInt(v.substring(4, 6)) < 60;
    }

    /** Parses CCYYMMDD, or null when it is not a real date. */
    public static LocalDate parse(String v) {
        return isCcyyMmDd(v) ? LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                Integer.parseInt(v.substring(6, 8))) : null;
    }

    private static boolean real(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
