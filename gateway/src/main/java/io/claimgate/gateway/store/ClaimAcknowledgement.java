package io.claimgate.gateway.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What an acknowledgement said about a claim: {@code kind} is the transaction that said it (999, 277CA,
 * TA1), {@code status} what it said (ACCEPTED, ACCEPTED_WITH_ERRORS, REJECTED, or a 277CA STC category code),
 * {@code controlNumber} the ISA13 or ST02 of that file, {@code detail} codes and ids only (never PHI).
 */
public record ClaimAcknowledgement(String kind, String status, String controlNumber, String detail, Instant receivedAt) {
    public ClaimAcknowledgement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (detail != null && detail.length() > 500) {
            throw new IllegalArgumentException("detail: at most 500 characters");
        }
    }
}
