package io.claimgate.bench;

import io.claimgate.x12.render.RenderResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders {@value ClaimBenchmark#CLAIMS} generated claims (see {@link ClaimBatch}) into one 837P + 837I interchange
 * written to an OutputStream that keeps nothing. The score is claims per second:
 *
 * <ul>
 *   <li>{@code render}: {@code ClaimRenderer.render} of claims already bound to the model;</li>
 *   <li>{@code checkAndRender}: the path a billing company's claim takes, from JSON bytes: parse, schema,
 *       binding and rules ({@code ClaimValidation.check}) for each claim, then render the accepted ones.</li>
 * </ul>
 * The {@code :mb} secondary result is MB of X12 written per second.
 */
public class RenderBenchmark extends ClaimBenchmark {
    /** MB of X12 written, reported per second next to the claims/s score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Output {
        public double mb;
        final ClaimBatch.Discard sink = new ClaimBatch.Discard();

        @Setup(Level.Iteration)
        public void reset() {
            mb = 0;
        }

        RenderResult count(RenderResult r) {
            mb += sink.bytes / 1e6;
            sink.bytes = 0;
            return r;
        }
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public RenderResult render(Output o) {
        return o.count(batch.render(o.sink));
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public RenderResult checkAndRender(Output o) {
        return o.count(batch.checkAndRender(o.sink));
    }
}
