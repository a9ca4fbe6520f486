package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What a rule of {@link ClaimValidation} works on: the claim, where its fields were sent, today, the issues so far. */
final class RuleContext {
    final Claim claim;
    /** Null when the claim has no 2300 (reported by the schema check); the rules over it then do not run. */
    final ClaimInformation info;
    final ClaimPaths paths;
    final Clock clock;
    private final List<ClaimIssue> issues = new ArrayList<>();

    RuleContext(Claim claim, ClaimPaths paths, Clock clock) {
        this.claim = claim;
        this.info = claim.claimInformation();
        this.paths = paths;
        this.clock = clock;
    }

    boolean professional() {
        return claim.kind() == ClaimKind.PROFESSIONAL;
    }

    /** Adds an error; {@code message} must not quote the value (it may be PHI). */
    void error(Code code, String path, String message) {
        issues.add(ClaimIssue.error(code, path, message));
    }

    List<ClaimIssue> issues() {
        return issues;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
