package io.claimgate.gateway.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A batch of claims as stored: who sent it, how ({@code JSON} or {@code X12}), whether its whole body was
 * read ({@link Status}), and what became of its claims so far: received (read from the body), stored (new
 * claims), duplicates (the same original was already stored) and rejected (invalid or conflicting).
 */
public record Batch(String id, String submitterId, String source, Status status, int received, int stored,
                    int duplicates, int rejected, Instant createdAt, Instant updatedAt) {
    /** Where a batch stands. */
    public enum Status {
        /** The body is still being read. */
        RECEIVING,
        /** The whole body was read; every claim in it has its result. */
        COMPLETE,
        /** More claims than allowed: those past the limit were not read, nothing more was stored. */
        CLAIM_LIMIT_EXCEEDED,
        /** The body was larger than allowed: the rest was not read, nothing more was stored. */
        BODY_LIMIT_EXCEEDED,
        /** The body stopped being valid JSON: the claims before that point have their results. */
        MALFORMED,
        /** The connection or the store failed before the body was read. */
        ABORTED
    }

    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
