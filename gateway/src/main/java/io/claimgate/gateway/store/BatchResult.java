package io.claimgate.gateway.store;

import java.util.Objects;

/**
 * What became of one claim of a batch: {@code index} is its 0-based position in the body; {@code claimId}
 * is the stored claim (STORED), the original stored before (DUPLICATE, CONFLICT) or null (INVALID);
 * {@code issuesJson} is the JSON array of its issues for INVALID, the field that differs from the original for
 * CONFLICT ({@link ClaimContent#conflictIssues}), else null.
 */
public record BatchResult(int index, Outcome outcome, String claimId, byte[] issuesJson) {
    public enum Outcome {
        STORED, DUPLICATE, CONFLICT, INVALID
    }

    public BatchResult {
        Objects.requireNonNull(outcome, "outcome");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        if ((outcome == Outcome.INVALID) != (claimId == null)) {
            throw new IllegalArgumentException("claimId is null exactly for an INVALID claim");
        }
    }
}
