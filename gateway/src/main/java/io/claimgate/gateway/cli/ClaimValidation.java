package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;

/** Binds and validates one claim's JSON: the schema checks, then the business rules (SNIP 3-5). */
final class ClaimValidation {
    private ClaimValidation() {
    }

    static ClaimRead validate(ClaimKind kind, JsonNode node) {
        return ClaimJson.read(kind, node);
    }
}
