package io.claimgate.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Validation of the {@value ClaimBenchmark#CLAIMS} generated claims of {@link ClaimBatch}. The score is claims per
 * second:
 *
 * <ul>
 *   <li>{@code x12Validator}: {@code X12Validator.validate} of their rendered 837 (one interchange, 837P and
 *       837I groups; SNIP 1-2 against the guide tables plus the 837 balancing and situational checks);
 *       {@code :mb} is MB of X12 validated per second;</li>
 *   <li>{@code claimJson}: {@code ClaimValidation.check(kind, bytes, clock)} of each claim's JSON (parse,
 *       schema, binding, SNIP 3-5 rules); {@code :mb} is MB of JSON per second.</li>
 * </ul>
 */
public class ValidateBenchmark extends ClaimBenchmark {
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long x12Validator(Megabytes in) {
        in.mb += batch.x12.length / 1e6;
        return batch.validate();
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long claimJson(Megabytes in) {
        in.mb += batch.jsonBytes / 1e6;
        long issues = 0;
        for (int i = 0; i < CLAIMS; i++) {
            issues += batch.check(i);
        }
        return issues;
    }
}
