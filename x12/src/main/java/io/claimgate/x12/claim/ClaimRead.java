package io.claimgate.x12.claim;

import java.util.List;

/**
 * The result of reading one claim: the claim (null only when the input was not a JSON object) and
 * every issue found, schema checks and binding together.
 */
public record ClaimRead(Claim claim, List<ClaimIssue> issues) {
    public ClaimRead {
        issues = Lists.copy(issues);
    }

    /** True when there is a claim and no issue of severity ERROR. */
    public boolean ok() {
        return claim != null && issues.stream().noneMatch(i -> i.severity() == ClaimIssue.Severity.ERROR);
    }
}
