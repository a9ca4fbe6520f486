package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {
    /** 2024-03-15 10:00 UTC. */
    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2024-03-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void realCalendarDates() {
        assertTrue(CalendarDates.date("20240229"));
        assertTrue(CalendarDates.date("20000229"));
        assertTrue(CalendarDates.date("19991231"));
        assertFalse(CalendarDates.date("20230229"));
        assertFalse(CalendarDates.date("19000229"));
        assertFalse(CalendarDates.date("20240431"));
        assertFalse(CalendarDates.date("20241301"));
        assertFalse(CalendarDates.date("20240001"));
        assertFalse(CalendarDates.date("20240100"));
        assertFalse(CalendarDates.date("00000101"));
        assertFalse(CalendarDates.date("2024011"));
        assertFalse(CalendarDates.date("2024-01-01"));
        assertFalse(CalendarDates.date("2024O101"));
        assertFalse(CalendarDates.date(null));
    }

    @Test
    void dateTimeIsARealDateAndAClockTime() {
        assertTrue(CalendarDates.dateTime("202403150800"));
        assertTrue(CalendarDates.dateTime("202402292359"));
        assertTrue(CalendarDates.dateTime("202401010000"));
        assertFalse(CalendarDates.dateTime("202402300800"));
        assertFalse(CalendarDates.dateTime("202403152400"));
        assertFalse(CalendarDates.dateTime("202403150860"));
        assertFalse(CalendarDates.dateTime("20240315080"));
        assertFalse(CalendarDates.dateTime("20240315"));
        assertFalse(CalendarDates.dateTime("2024031508OO"));
        assertFalse(CalendarDates.dateTime(null));
    }

    @Test
    void rangesNeedTwoRealDatesInOrder() {
        assertTrue(CalendarDates.dateOrRange("20240101-20240131"));
        assertTrue(CalendarDates.dateOrRange("20240101-20240101"));
        assertTrue(CalendarDates.dateOrRange("20240101"));
        assertFalse(CalendarDates.dateOrRange("20240131-20240101"));
        assertFalse(CalendarDates.dateOrRange("20240101-20240230"));
        assertFalse(CalendarDates.dateOrRange("20240101 20240131"));
        assertFalse(CalendarDates.dateOrRange("20240101-2024013"));
        assertFalse(CalendarDates.dateOrRange("20240101-"));
        assertFalse(CalendarDates.dateOrRange(""));
    }

    @Test
    void notFutureComparesWithTodayOfTheClock() {
        assertTrue(CalendarDates.notFuture("20240315", MID_MARCH));
        assertTrue(CalendarDates.notFuture("19500101", MID_MARCH));
        assertFalse(CalendarDates.notFuture("20240316", MID_MARCH));
        assertTrue(CalendarDates.notFuture("20240301-20240315", MID_MARCH));
        assertFalse(CalendarDates.notFuture("20240301-20240316", MID_MARCH));
        assertFalse(CalendarDates.notFuture("20240230", MID_MARCH));
    }

    @Test
    void notFutureUsesTheClocksZone() {
        // 02:00 UTC on the 16th is still the 15th in New York.
        Instant instant = Instant.parse("2024-03-16T02:00:00Z");
        assertTrue(CalendarDates.notFuture("20240316", Clock.fixed(instant, ZoneOffset.UTC)));
        assertFalse(CalendarDates.notFuture("20240316", Clock.fixed(instant, ZoneId.of("America/New_York"))));
    }

    @Property
    void agreesWithJavaTime(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 0, max = 13) int month,
            @ForAll @IntRange(min = 0, max = 32) int day) {
        String value = String.format("%04d%02d%02d", year, month, day);
        boolean real;
        try {
            LocalDate.of(year, month, day);
            real = year > 0;
        } catch (DateTimeException e) {
            real = false;
        }
        assertEquals(real, CalendarDates.date(value), value);
    }
}
