package io.claimgate.gateway.store;

import java.util.Objects;

/** What {@link ClaimStore#insert} did with a claim. */
public sealed interface ClaimIntake {
    /** Stored now, status RECEIVED; committed before this is returned. */
    record Created(StoredClaim claim) implements ClaimIntake {
        public Created {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /**
     * An original (frequency 1) with this patient control number and the same content was already stored: the
     * same JSON, or JSON that differs only where intake repairs a value ({@link ClaimContent#difference}).
     */
    record Duplicate(StoredClaim claim) implements ClaimIntake {
        public Duplicate {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /**
     * An original with this patient control number but different content was already stored: a correction
     * must be sent as a replacement (frequency 7) or the original voided (8). {@code field} is the JSON path of
     * a field that differs ({@link ClaimContent#difference}); "" when the kind differs.
     */
    record Conflict(String existingClaimId, String field) implements ClaimIntake {
        public Conflict {
            Objects.requireNonNull(existingClaimId, "existingClaimId");
            Objects.requireNonNull(field, "field");
        }
    }
}
