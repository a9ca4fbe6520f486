package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;

import java.time.Clock;
import java.time.LocalDate;
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
    /** Today in the clock's zone as the number CCYYMMDD; 0 until first asked for. */
    private int today;

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

    /** Today (in the zone of {@link #clock}) as the number CCYYMMDD, read once per claim. */
    int today() {
        if (today == 0) {
            LocalDate d = LocalDate.now(clock);
            today = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }
        return today;
    }

    List<ClaimIssue> issues() {
        return issues;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
