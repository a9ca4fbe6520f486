package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A claim as listed: the stored fields without the claim JSON, with where it came from (its batch, and the
 * ISA13/GS06/ST02 of the 837 it was read from; null when not).
 */
public record ClaimSummary(String id, ClaimKind kind, ClaimStatus status, String patientControlNumber,
                           String frequencyCode, String payerId, BigDecimal chargeAmount, ClaimSource source,
                           Instant createdAt, Instant updatedAt) {
    public ClaimSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
