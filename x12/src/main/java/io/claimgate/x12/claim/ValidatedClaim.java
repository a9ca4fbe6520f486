package io.claimgate.x12.claim;

import java.util.List;

/**
 * A claim read from JSON and validated: the claim (null only when the input was not a JSON object) and
 * every issue found, from the schema checks, the binding and the business rules (WEDI SNIP levels 1 to
 * 5; {@link ClaimIssue.Code#snipLevel()}), in that order.
 */
public record ValidatedClaim(Claim claim, List<ClaimIssue> issues) {
    public ValidatedClaim {
        issues = Lists.copy(issues);
    }

    /** True when there is a claim and no issue of severity ERROR: the claim may be rendered and sent. */
    public boolean accepted() {
        return claim != null && issues.stream().noneMatch(i -> i.severity() == ClaimIssue.Severity.ERROR);
    }

    /** The issues of severity ERROR. */
    public List<ClaimIssue> errors() {
        return issues.stream().filter(i -> i.severity() == ClaimIssue.Severity.ERROR).toList();
    }
}
