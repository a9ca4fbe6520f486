package io.claimgate.gateway.store;

import java.util.Objects;

/**
 * A new API key: shown once ({@code key}, {@code cg_<keyId>_<secret>}); only the SHA-256 of the secret
 * is stored. {@code keyId} names the key for revocation.
 */
public record IssuedKey(String submitterId, String keyId, String key) {
    public IssuedKey {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return "IssuedKey[submitterId=" + submitterId + ", keyId=" + keyId + "]";
    }
}
