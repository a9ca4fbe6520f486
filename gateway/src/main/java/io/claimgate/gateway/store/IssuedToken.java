package io.claimgate.gateway.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A new access token ({@code cgt_<tokenId>_<secret>}, shown once; only the SHA-256 of the secret is
 * stored), the submitter it acts for, when it expires and its lifetime in seconds ({@code expires_in}).
 */
public record IssuedToken(String submitterId, String token, Instant expiresAt, long expiresInSeconds) {
    public IssuedToken {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (expiresInSeconds <= 0) {
            throw new IllegalArgumentException("expiresInSeconds must be positive, was " + expiresInSeconds);
        }
    }

    @Override
    public String toString() {
        return "IssuedToken[submitterId=" + submitterId + ", expiresAt=" + expiresAt + "]";
    }
}
