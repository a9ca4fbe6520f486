package io.claimgate.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.gateway.store.ClaimContent;
import io.claimgate.gateway.store.ClaimIntake;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Intake of one claim: parse (within the nesting limit), bind and validate (schema and WEDI SNIP 3-5,
 * {@link ClaimValidation}), then store it with status RECEIVED. Used by every way a claim comes in.
 */
public final class ClaimIntakeService {
    private final ClaimStore store;
    private final Clock clock;
    private final ClaimParser parser;

    public ClaimIntakeService(ClaimStore store, Clock clock, int maxJsonDepth) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parser = new ClaimParser(maxJsonDepth);
    }

    /** Validates only; nothing is stored. */
    public IntakeResult validate(ClaimKind kind, byte[] body) {
        Checked c = check(kind, body);
        return c.invalid != null ? c.invalid : new IntakeResult.Valid(c.validated.claim(), c.issues);
    }

    /**
     * Validates and, when valid, stores the claim for {@code submitterId}; {@code cause} goes into its
     * first history event (e.g. the request id). The result is committed when this returns.
     */
    public IntakeResult submit(String submitterId, ClaimKind kind, byte[] body, String cause) {
        Checked c = check(kind, body);
        if (c.invalid != null) {
            return c.invalid;
        }
        Claim claim = c.validated.claim();
        ClaimInformation info = claim.claimInformation();
        NewClaim n = new NewClaim(submitterId, kind, text(info.patientControlNumber()), text(info.claimFrequencyCode()),
                text(claim.tradingPartnerServiceId()), Objects.requireNonNullElse(info.claimChargeAmount(), BigDecimal.ZERO),
                ClaimContent.sha256(c.stored), c.stored, cause);
        ClaimIntake intake = store.insert(n);
        if (intake instanceof ClaimIntake.Created created) {
            return new IntakeResult.Stored(claim, created.claim(), c.issues, false);
        }
        if (intake instanceof ClaimIntake.Duplicate dup) {
            return new IntakeResult.Stored(claim, dup.claim(), c.issues, true);
        }
        ClaimIntake.Conflict conflict = (ClaimIntake.Conflict) intake;
        return new IntakeResult.Conflict(conflict.existingClaimId(), conflict.field());
    }

    /** {@code issues}: the parser's warnings (credentials dropped) and the validation's; {@code stored}: the JSON to keep. */
    private record Checked(JsonNode tree, ValidatedClaim validated, List<ClaimIssue> issues, byte[] stored,
                           IntakeResult.Invalid invalid) {
    }

    private Checked check(ClaimKind kind, byte[] body) {
        ClaimParser.Parsed parsed = parser.parse(body);
        if (parsed.tree() == null) {
            return new Checked(null, null, parsed.issues(), null, new IntakeResult.Invalid(parsed.issues()));
        }
        ValidatedClaim v = ClaimValidation.check(kind, parsed.tree(), clock);
        List<ClaimIssue> issues = v.issues();
        if (!parsed.issues().isEmpty()) {
            issues = new ArrayList<>(parsed.issues());
            issues.addAll(v.issues());
        }
        if (!v.accepted()) {
            return new Checked(parsed.tree(), v, issues, null, new IntakeResult.Invalid(issues));
        }
        return new Checked(parsed.tree(), v, issues, parsed.stored(body), null);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
