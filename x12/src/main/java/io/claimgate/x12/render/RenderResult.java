package io.claimgate.x12.render;

import java.util.List;

/**
 * What rendering produced. When {@link #issues()} is not empty the bytes written are not a usable
 * interchange (the refused segments were left out) and must be discarded.
 *
 * @param placements one per claim, in the order of the claims given, saying where each landed
 * @param issues     values that could not be written, all of them
 * @param transactionSets number of transaction sets written
 * @param groups     number of functional groups written
 */
public record RenderResult(List<ClaimPlacement> placements, List<RenderIssue> issues, int transactionSets, int groups) {
    public RenderResult {
        placements = List.copyOf(placements);
        issues = List.copyOf(issues);
    }

    /** True when every claim was written completely. */
    public boolean ok() {
        return issues.isEmpty();
    }

    /** This result when ok, else throws a {@link RenderException} with every issue. */
    public RenderResult orThrow() {
        if (!issues.isEmpty()) {
            throw new RenderException(issues);
        }
        return this;
    }

    /** Where claim {@code claimIndex} landed. */
    public ClaimPlacement placement(int claimIndex) {
        return placements.get(claimIndex);
    }
}
