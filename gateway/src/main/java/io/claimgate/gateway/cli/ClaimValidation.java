package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import io.claimgate.x12.claim.ValidatedClaim;
import java.time.Clock;

/** Binds and validates one claim's JSON: the schema checks, then the business rules (SNIP 3-5). */
final class ClaimValidation {
    private ClaimValidation() {
    }

    static ClaimRead validate(ClaimKind kind, JsonNode node) {
        ValidatedClaim checked = io.claimgate.x12.claim.ClaimValidation.check(kind, node, Clock.systemUTC());
        return new ClaimRead(checked.accepted() ? checked.claim() : null, checked.issues());
    }
}
