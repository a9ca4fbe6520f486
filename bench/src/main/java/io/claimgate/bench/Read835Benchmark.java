package io.claimgate.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * One large 835 ({@link Remit835Source}, {@code sizeMb} MB, default 100) read from the same {@code byte[]} by:
 * {@code inbound835}, the typed reader {@code InboundReader} with a listener summing CLP04 per claim (every claim
 * and line parsed, balanced and handed out); {@code inbound835All}, the same with a listener that asks every claim,
 * line and adjustment for every value; {@code x12ReaderStrings}, {@code X12Reader} with every element as a
 * String; {@code staediStrings}, StAEDI with every event's text. One operation is one pass over the file; {@code :mb}
 * is MB/s. The fork gets {@code -Xmx2g} for the array.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class Read835Benchmark {

    /** Size of the generated 835 in MB (10^6 bytes). */
    @Param("100")
    public int sizeMb;

    private byte[] data;
    private Remit835Source.Totals totals;

    /** MB read, reported per second next to the passes/s score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public double mb;

        @Setup(Level.Iteration)
        public void reset() {
            mb = 0;
        }
    }

    @Setup
    public void setup() {
        totals = new Remit835Source.Totals();
        data = Remit835Source.build(sizeMb * 1_000_000L, totals);
        Remit835Passes.Sums sums = Remit835Passes.inbound(data);
        System.out.printf("%n[Read835Benchmark] 835 input: %s%n[Read835Benchmark] read back: %s%n", totals, sums);
        if (sums.issues != 0 || sums.claims != totals.claims || sums.paid.compareTo(totals.paid) != 0) {
            throw new IllegalStateException("the generated 835 does not read back clean: " + sums);
        }
    }

    @Benchmark
    public Object inbound835(Throughput t) {
        Remit835Passes.Sums sums = Remit835Passes.inbound(data);
        t.mb += data.length / 1e6;
        return sums.paid;
    }

    /** As {@code inbound835}, the listener asking every claim, line and adjustment for every value. */
    @Benchmark
    public long inbound835All(Throughput t) {
        Remit835Passes.Everything e = Remit835Passes.everything(data);
        t.mb += data.length / 1e6;
        return e.touched;
    }

    @Benchmark
    public void x12ReaderStrings(Throughput t, Blackhole bh) {
        Passes.claimgateStrings(data, bh::consume);
        t.mb += data.length / 1e6;
    }

    @Benchmark
    public void staediStrings(Throughput t, Blackhole bh) {
        Passes.staediStrings(data, bh::consume);
        t.mb += data.length / 1e6;
    }
}
