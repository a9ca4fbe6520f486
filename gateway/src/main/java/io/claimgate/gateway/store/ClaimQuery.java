package io.claimgate.gateway.store;

import java.time.Instant;

/**
 * Which of a submitter's claims to list: filters (null for any) on status, payer id (2010BB), CLM01
 * patient control number and the time stored ({@code since}, inclusive), the order (newest first, or
 * oldest first = by id ascending; ids are time ordered), the page size, and {@code after}: the id of the
 * last claim of the previous page (null for the first page).
 */
public record ClaimQuery(ClaimStatus status, String payerId, String patientControlNumber, Instant since,
                         boolean newestFirst, String after, int limit) {
    public static final int MAX_LIMIT = 1000;

    public ClaimQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }
}
