package io.claimgate.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Claim837Reader} reading the rendered 837 of the {@value #CLAIMS} generated claims of
 * {@link ClaimBatch} back into the claim model (loops, HL levels, every segment mapped to claim fields).
 * The score is claims per second; {@code :mb} is MB of X12 read per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Read837Benchmark {
    static final int CLAIMS = RenderBenchmark.CLAIMS;

    private ClaimBatch batch;

    /** MB of X12, reported per second next to the claims/s score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Input {
        public double mb;

        @Setup(Level.Iteration)
        public void reset() {
            mb = 0;
        }
    }

    @Setup
    public void setup() {
        batch = new ClaimBatch(CLAIMS);
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long claims(Input in) {
        in.mb += batch.x12.length / 1e6;
        return batch.read837();
    }
}
