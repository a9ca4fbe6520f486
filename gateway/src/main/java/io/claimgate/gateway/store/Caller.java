package io.claimgate.gateway.store;

import java.util.Objects;

/** The submitter an API key belongs to, and the key's id (for logs; never the key itself). */
public record Caller(String submitterId, String submitterName, String keyId) {
    public Caller {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(submitterName, "submitterName");
        Objects.requireNonNull(keyId, "keyId");
    }
}
