package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * What reading an 837 file found apart from the claims handed to the consumer.
 *
 * @param notX12       true when the input is not X12 at all (nothing was read)
 * @param interchanges number of ISA segments
 * @param transactions number of 837 transaction sets (ST..SE)
 * @param claims       number of claims handed to the consumer
 * @param issues       problems outside any claim: envelopes, syntax, header and HL levels, transaction sets
 *                     that are not 837s (at most {@link ClaimLoopReader#MAX_FILE_ISSUES} are kept)
 * @param issueCount   number of such problems, kept or not
 */
public record ReadSummary(boolean notX12, int interchanges, int transactions, long claims, List<X12Issue> issues,
                          long issueCount) {
    public ReadSummary {
        issues = List.copyOf(issues);
    }

    /** True when any problem outside the claims is an error. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(X12Issue::isError);
    }
}
