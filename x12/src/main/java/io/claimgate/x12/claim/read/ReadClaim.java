package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.syntax.X12Issue;
import java.util.List;
import java.util.Objects;

/**
 * One claim read from an 837, with where it was in the file and every problem met reading it: loop
 * placement, values that are not numbers, and (as warnings) values the claim model has no field for.
 * Issues are positioned by segment index in the file, segment position in the transaction set, segment
 * id, element and component; they never hold the value (it may be PHI) except in {@code badValue} for
 * code values.
 *
 * @param envelope where the claim is: ISA13, GS06, ST02, CLM position
 * @param claim    the claim
 * @param issues   problems, in the order found
 */
public record ReadClaim(ClaimEnvelope envelope, Claim claim, List<X12Issue> issues) {
    public ReadClaim {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(claim, "claim");
        issues = List.copyOf(issues);
    }

    /** True when no issue is an error (warnings about unread values allowed). */
    public boolean ok() {
        return issues.stream().noneMatch(X12Issue::isError);
    }
}
