package io.claimgate.gateway.intake;

import io.claimgate.gateway.store.StoredClaim;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimIssue;
import java.util.List;
import java.util.Objects;

/** What became of one submitted claim. */
public sealed interface IntakeResult {
    /** The claim has errors (every issue, warnings too): nothing was stored. */
    record Invalid(List<ClaimIssue> issues) implements IntakeResult {
        public Invalid {
            issues = List.copyOf(issues);
        }
    }

    /** Valid; asked to validate only, so nothing was stored. */
    record Valid(Claim claim, List<ClaimIssue> warnings) implements IntakeResult {
        public Valid {
            Objects.requireNonNull(claim, "claim");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Valid and stored (committed), or the same original claim was already stored ({@code duplicate}:
     * this is that claim).
     */
    record Stored(Claim claim, StoredClaim stored, List<ClaimIssue> warnings, boolean duplicate) implements IntakeResult {
        public Stored {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(stored, "stored");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Valid, but an original claim with the same patient control number and other content is stored;
     * {@code field}: the JSON path of a field that differs, "" when the claim kind differs.
     */
    record Conflict(String existingClaimId, String field) implements IntakeResult {
        public Conflict {
            Objects.requireNonNull(existingClaimId, "existingClaimId");
            Objects.requireNonNull(field, "field");
        }
    }
}
