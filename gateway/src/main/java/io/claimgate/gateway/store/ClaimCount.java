package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.util.Objects;

/** How many stored claims have this kind and status. */
public record ClaimCount(ClaimKind kind, ClaimStatus status, long count) {
    public ClaimCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
