package io.claimgate.gateway.store;

/**
 * Where a claim stands. RECEIVED (validated and stored) -> BATCHED (in an outbound 837) -> SENT ->
 * ACKNOWLEDGED (TA1/999 accepted) or REJECTED -> ACCEPTED (277CA) or REJECTED -> PAID, PARTIALLY_PAID or
 * DENIED (835) -> REVERSED (and back to PAID by a correction). Every transition is a {@link ClaimEvent}.
 */
public enum ClaimStatus {
    RECEIVED, BATCHED, SENT, ACKNOWLEDGED, ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED, REVERSED
}
