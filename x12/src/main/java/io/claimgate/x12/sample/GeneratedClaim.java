package io.claimgate.x12.sample;

import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import java.util.Objects;

/**
 * One generated claim: its kind and its JSON text (one line, no line breaks, so a sequence of them is
 * NDJSON).
 *
 * @param index 0-based position in the generated sequence
 * @param kind  professional (837P) or institutional (837I)
 * @param json  the claim JSON in CHC/Stedi field names
 */
public record GeneratedClaim(int index, ClaimKind kind, String json) {
    public GeneratedClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(json, "json");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
    }

    /** Binds the JSON into the claim model (see {@link ClaimJson#read(ClaimKind, String)}). */
    public ClaimRead read() {
        return ClaimJson.read(kind, json);
    }
}
