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

    /** An original (frequency 1) with this patient control number and the same content was already stored. */
    record Duplicate(StoredClaim claim) implements ClaimIntake {
        public Duplicate {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /**
     * An original with this patient control number but different content was already stored: a correction
     * must be sent as a replacement (frequency 7) or the original voided (8).
     */
    record Conflict(String existingClaimId) implements ClaimIntake {
        public Conflict {
            Objects.requireNonNull(existingClaimId, "existingClaimId");
        }
    }
}
