package io.claimgate.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * MB (10^6 bytes) of X12 or JSON a benchmark read or wrote, which JMH reports per second as the {@code :mb}
 * secondary result next to the score. A benchmark method adds to {@link #mb} once per operation.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class Megabytes {
    public double mb;

    @Setup(Level.Iteration)
    public void reset() {
        mb = 0;
    }
}
