package io.claimgate.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * {@code Claim837Reader} reading the rendered 837 of the {@value ClaimBenchmark#CLAIMS} generated claims of
 * {@link ClaimBatch} back into the claim model (loops, HL levels, every segment mapped to claim fields).
 * The score is claims per second; {@code :mb} is MB of X12 read per second.
 */
public class Read837Benchmark extends ClaimBenchmark {
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long claims(Megabytes in) {
        in.mb += batch.x12.length / 1e6;
        return batch.read837();
    }
}
