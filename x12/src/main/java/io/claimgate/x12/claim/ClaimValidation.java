package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validation of a claim before it is rendered: the business rules of WEDI SNIP levels 3 (balancing,
 * {@link BalancingRules}), 4 (situational rules between fields, {@link SituationalRules}, {@link LineRules})
 * and 5 (external code sets, {@link CodeSetRules}, {@link PartyCodeRules}). Levels 1 and 2 (JSON syntax
 * and the claim schema) are {@link ClaimJson} and {@link ClaimSchemaCheck}.
 *
 * <p>Every problem is reported, not the first, as a {@link ClaimIssue} with the JSON path of the field and
 * a message that never quotes the field's value. "Today" (dates must not lie in the future) comes from the
 * {@link Clock} passed in.
 */
public final class ClaimValidation {
    private ClaimValidation() {
    }

    /**
     * The SNIP 3-5 issues of a bound claim. Paths use the canonical JSON spelling of the claim's kind; a
     * field the schema check already reported (a missing or malformed value) may be reported again here.
     */
    public static List<ClaimIssue> validate(Claim claim, Clock clock) {
        Objects.requireNonNull(claim, "claim");
        return validate(claim, ClaimPaths.canonical(claim), clock);
    }

    static List<ClaimIssue> validate(Claim claim, ClaimPaths paths, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        RuleContext c = new RuleContext(claim, paths, clock);
        BalancingRules.check(c);
        SituationalRules.check(c);
        LineRules.check(c);
        PartyCodeRules.check(c);
        CodeSetRules.check(c);
        return c.issues();
    }

    /** Reads claim JSON text, checks it against the schema, binds it and runs the rules: every issue. */
    public static ValidatedClaim check(ClaimKind kind, String json, Clock clock) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = ClaimJsonParser.tree(json);
        } catch (IOException e) {
            return of(ClaimJson.malformed(e));
        }
        return check(kind, root, clock);
    }

    /** As {@link #check(ClaimKind, String, Clock)} for UTF-8 JSON bytes. */
    public static ValidatedClaim check(ClaimKind kind, byte[] json, Clock clock) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = ClaimJsonParser.tree(json);
        } catch (IOException e) {
            return of(ClaimJson.malformed(e));
        }
        return check(kind, root, clock);
    }

    /** As {@link #check(ClaimKind, String, Clock)} for a parsed JSON tree; paths follow the tree's spelling. */
    public static ValidatedClaim check(ClaimKind kind, JsonNode root, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        ClaimRead read = ClaimJson.read(kind, root);
        if (read.claim() == null) {
            return of(read);
        }
        return merge(read, validate(read.claim(), ClaimPaths.of(read.claim(), root), clock));
    }

    /**
     * Runs the rules on an already read claim (e.g. one item of a {@link ClaimStream}), with canonical
     * paths since the JSON tree is gone.
     */
    public static ValidatedClaim check(ClaimRead read, Clock clock) {
        Objects.requireNonNull(read, "read");
        if (read.claim() == null) {
            return of(read);
        }
        return merge(read, validate(read.claim(), clock));
    }

    private static ValidatedClaim of(ClaimRead read) {
        return new ValidatedClaim(read.claim(), read.issues());
    }

    /**
     * The read's issues, then the rules' issues, leaving out a rule issue on a field the read already
     * reported as an error: one complaint per field, the more basic one (missing, malformed).
     */
    private static ValidatedClaim merge(ClaimRead read, List<ClaimIssue> ruleIssues) {
        List<ClaimIssue> all = new ArrayList<>(read.issues());
        Set<String> reported = new HashSet<>();
        for (ClaimIssue i : read.issues()) {
            if (i.severity() == ClaimIssue.Severity.ERROR) {
                reported.add(i.path());
            }
        }
        for (ClaimIssue i : ruleIssues) {
            if (!reported.contains(i.path())) {
                all.add(i);
            }
        }
        return new ValidatedClaim(read.claim(), all);
    }
}
