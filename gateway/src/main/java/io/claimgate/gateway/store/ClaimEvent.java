package io.claimgate.gateway.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition in a claim's status history: from (null for the first, when the claim was stored),
 * to, when, and the cause (the request, file or acknowledgment that caused it; ids only, never PHI).
 */
public record ClaimEvent(ClaimStatus from, ClaimStatus to, Instant at, String cause) {
    public ClaimEvent {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
