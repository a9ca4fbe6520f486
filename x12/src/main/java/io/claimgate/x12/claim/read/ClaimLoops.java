package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;
import java.util.Objects;

/**
 * One claim of an 837 as loops, before mapping: the claim (2300 with everything inside it) with the
 * levels it sits under. The header, billing provider and subscriber nodes are shared by every claim
 * under them.
 *
 * @param envelope        where the claim is in the file
 * @param guide           837P or 837I
 * @param header          BHT with the submitter (1000A) and receiver (1000B)
 * @param billingProvider the 2000A level (2010AA/AB/AC inside); null when the file has none before the claim
 * @param subscriber      the 2000B level (2010BA/BB inside); null when the file has none before the claim
 * @param patient         the 2000C level (2010CA inside); null when the patient is the subscriber
 * @param claim           the 2300 loop
 * @param issues          problems met while placing the claim's own segments in loops
 */
public record ClaimLoops(ClaimEnvelope envelope, Guide837 guide, LoopNode header, LoopNode billingProvider,
                         LoopNode subscriber, LoopNode patient, LoopNode claim, List<X12Issue> issues) {
    public ClaimLoops {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(claim, "claim");
        issues = List.copyOf(issues);
    }
}
