package io.claimgate.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads one in-memory 837P (built by {@link Sample837}) with Claimgate's X12Reader and with StAEDI's
 * EDIStreamReader, touching every element (see {@link Passes}). One operation is one full pass over the
 * file; the {@code :mb} secondary result is the throughput in MB/s (10^6 bytes per second).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {

    /** Size of the generated 837P in MB (10^6 bytes). */
    @Param("30")
    public int sizeMb;

    private byte[] data;

    @Setup
    public void setup() {
        data = Sample837.build(sizeMb * 1_000_000);
        System.out.printf("%n[ReadBenchmark] 837P input: %d bytes (%.1f MB), %d segments%n",
                data.length, data.length / 1e6, Sample837.segments(data));
    }

    @Benchmark
    public long claimgateLengths(Megabytes t) {
        long sum = Passes.claimgateLengths(data);
        t.mb += data.length / 1e6;
        return sum;
    }

    @Benchmark
    public void claimgateStrings(Megabytes t, Blackhole bh) {
        Passes.claimgateStrings(data, bh::consume);
        t.mb += data.length / 1e6;
    }

    @Benchmark
    public long staediLengths(Megabytes t) {
        long sum = Passes.staediLengths(data);
        t.mb += data.length / 1e6;
        return sum;
    }

    @Benchmark
    public void staediStrings(Megabytes t, Blackhole bh) {
        Passes.staediStrings(data, bh::consume);
        t.mb += data.length / 1e6;
    }
}
