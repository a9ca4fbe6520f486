package io.claimgate.gateway.store;

import java.time.Instant;

/**
 * Which of a submitter's remittances to list: filters (null for any) on the time posted ({@code since},
 * inclusive), the payer id, the check or EFT trace number (TRN02), the claim paid and the CLP02 claim status
 * code; the order (newest first, or oldest first); the page size; and {@code after}: the id of the last
 * remittance of the previous page (null for the first page).
 */
public record RemittanceQuery(Instant since, String payerId, String traceNumber, String claimId, String claimStatusCode,
                              boolean newestFirst, String after, int limit) {
    public static final int MAX_LIMIT = 1000;

    public RemittanceQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (after != null && Remittance.rowId(after) < 0) {
            throw new IllegalArgumentException("after: a remittance id, was " + after);
        }
    }
}
