package io.claimgate.x12.inbound;

import java.time.LocalDate;

/**
 * A date or a date range as sent in DTP (D8 {@code CCYYMMDD} or RD8 {@code CCYYMMDD-CCYYMMDD}) or in a pair of
 * DTM segments (e.g. 835 DTM*232 / DTM*233 claim statement period).
 *
 * @param from first day, null when absent or unreadable
 * @param to   last day (equal to {@code from} for a single date), null when absent or unreadable
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }
}
