package io.claimgate.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the claim benchmarks share: the same {@value #CLAIMS} generated claims of {@link ClaimBatch}, made once
 * per run, and the same JMH settings (throughput in operations per second, one fork, 3 x 2 s warmup, 5 x 2 s
 * measurement). With {@code @OperationsPerInvocation(CLAIMS)} the score is claims per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class ClaimBenchmark {
    static final int CLAIMS = 1000;

    ClaimBatch batch;

    @Setup
    public void setup() {
        batch = new ClaimBatch(CLAIMS);
    }
}
