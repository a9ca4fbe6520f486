package io.claimgate.x12.codes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Date values of DTP03 and DMG02: D8 ({@code CCYYMMDD}) and RD8 ({@code CCYYMMDD-CCYYMMDD}). Checked by
 * hand on the characters (no parsing into objects, no exceptions) since every claim carries several.
 */
public final class CalendarDates {
    private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CalendarDates() {
    }

    /** D8: {@code CCYYMMDD}, a real Gregorian calendar date (year 0001 or later; 29 February only in leap years). */
    public static boolean date(String v) {
        return v != null && v.length() == 8 && real(v, 0);
    }

    /**
     * DT: {@code CCYYMMDDHHMM}, a real date and a time 00:00 to 23:59, as DTP03 carries with DTP02 = DT
     * (837I DTP*435 admission date and hour).
     */
    public static boolean dateTime(String v) {
        return v != null && v.length() == 12 && real(v, 0) && Chars.digits(v, 8, 12)
                && Chars.number(v, 8, 10) < 24 && Chars.number(v, 10, 12) < 60;
    }

    /**
     * A D8 date or an RD8 range {@code CCYYMMDD-CCYYMMDD} whose start is not after its end, as DTP03
     * carries with DTP02 = D8 or RD8 (service dates, statement dates).
     */
    public static boolean dateOrRange(String v) {
        if (v == null) {
            return false;
        }
        if (v.length() == 8) {
            return real(v, 0);
        }
        return v.length() == 17 && v.charAt(8) == '-' && real(v, 0) && real(v, 9) && ymd(v, 0) <= ymd(v, 9);
    }

    /**
     * A D8 date or RD8 range (as {@link #dateOrRange}) that does not end after today in the zone of
     * {@code clock}: dates of birth, service dates and statement dates cannot lie in the future.
     */
    public static boolean notFuture(String v, Clock clock) {
        if (!dateOrRange(v)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        int now = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
        return ymd(v, v.length() - 8) <= now;
    }

    /** The date at {@code from} as the number CCYYMMDD; the characters must be digits. */
    private static int ymd(String v, int from) {
        return Chars.number(v, from, from + 8);
    }

    private static boolean real(String v, int from) {
        if (!Chars.digits(v, from, from + 8)) {
            return false;
        }
        int year = Chars.number(v, from, from + 4);
        int month = Chars.number(v, from + 4, from + 6);
        int day = Chars.number(v, from + 6, from + 8);
        if (year == 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return day <= (month == 2 && leap ? 29 : DAYS[month]);
    }
}
