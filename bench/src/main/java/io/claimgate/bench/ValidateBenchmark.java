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
 * Validation of the {@value #CLAIMS} generated claims of {@link ClaimBatch}. The score is claims per second:
 *
 * <ul>
 *   <li>{@code x12Validator}: {@code X12Validator.validate} of their rendered 837 (one interchange, 837P and
 *       837I groups; SNIP 1-2 against the guide tables plus the 837 balancing and situational checks);
 *       {@code :mb} is MB of X12 validated per second;</li>
 *   <li>{@code claimJson}: {@code ClaimValidation.check(kind, bytes, clock)} of each claim's JSON (parse,
 *       schema, binding, SNIP 3-5 rules); {@code :mb} is MB of JSON per second.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidateBenchmark {
    static final int CLAIMS = RenderBenchmark.CLAIMS;

    private ClaimBatch batch;

    /** MB of input, reported per second next to the claims/s score. */
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
    public long x12Validator(Input in) {
        in.mb += batch.x12.length / 1e6;
        return batch.validate();
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long claimJson(Input in) {
        in.mb += batch.jsonBytes / 1e6;
        long issues = 0;
        for (int i = 0; i < CLAIMS; i++) {
            issues += batch.check(i);
        }
        return issues;
    }
}
