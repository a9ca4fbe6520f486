package io.claimgate.x12.claim;

import java.util.Objects;

/** A REF-style identifier: REF01 qualifier (e.g. G2 commercial number, 0B state license), REF02 value. */
public record ReferenceId(String qualifier, String identifier) {
    public ReferenceId {
        Objects.requireNonNull(qualifier, "qualifier");
    }
}
