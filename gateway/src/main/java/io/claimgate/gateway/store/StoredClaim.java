package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A claim as stored: its id, owner, normalized fields, the JSON as received and its current status. */
public record StoredClaim(String id, String submitterId, ClaimKind kind, ClaimStatus status,
                         String patientControlNumber, String frequencyCode, String payerId, BigDecimal chargeAmount,
                         String contentSha256, byte[] body, Instant createdAt, Instant updatedAt) {
    public StoredClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
