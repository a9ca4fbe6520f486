package io.claimgate.bench;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Reader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Reads one in-memory 837P (built by {@link Sample837}) with Claimgate's {@link X12Reader} and with
 * StAEDI's {@link EDIStreamReader}, touching every element. One operation is one full pass over the
 * file; the {@code mb} secondary result is the throughput in MB/s (10^6 bytes).
 *
 * <ul>
 *   <li>{@code claimgateLengths}: every element's length (the reader has found every element);</li>
 *   <li>{@code claimgateStrings}: every element materialised as a String;</li>
 *   <li>{@code staediLengths}: every element/component event, its text length (no String);</li>
 *   <li>{@code staediStrings}: every element/component event as a String ({@code getText()}).</li>
 * </ul>
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

    /** Reports MB read per second next to the ops/s score. */
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
        data = Sample837.build(sizeMb * 1_000_000);
        long segments = countSegments(data);
        System.out.printf("%n[ReadBenchmark] 837P input: %d bytes (%.1f MB), %d segments%n",
                data.length, data.length / 1e6, segments);
    }

    private static long countSegments(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '~') {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public long claimgateLengths(Throughput t) throws IOException {
        long sum = 0;
        try (X12Reader reader = X12Reader.of(data)) {
            while (reader.next()) {
                Segment s = reader.segment();
                for (int i = 1, n = s.size(); i <= n; i++) {
                    sum += s.length(i);
                }
            }
        }
        t.mb += data.length / 1e6;
        return sum;
    }

    @Benchmark
    public void claimgateStrings(Throughput t, Blackhole bh) throws IOException {
        try (X12Reader reader = X12Reader.of(data)) {
            while (reader.next()) {
                Segment s = reader.segment();
                bh.consume(s.id());
                for (int i = 1, n = s.size(); i <= n; i++) {
                    bh.consume(s.element(i));
                }
            }
        }
        t.mb += data.length / 1e6;
    }

    @Benchmark
    public long staediLengths(Throughput t) throws EDIStreamException, IOException {
        long sum = 0;
        try (EDIStreamReader reader = staedi()) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.ELEMENT_DATA || event == EDIStreamEvent.START_SEGMENT) {
                    sum += reader.getTextLength();
                }
            }
        }
        t.mb += data.length / 1e6;
        return sum;
    }

    @Benchmark
    public void staediStrings(Throughput t, Blackhole bh) throws EDIStreamException, IOException {
        try (EDIStreamReader reader = staedi()) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.ELEMENT_DATA || event == EDIStreamEvent.START_SEGMENT) {
                    bh.consume(reader.getText());
                }
            }
        }
        t.mb += data.length / 1e6;
    }

    private EDIStreamReader staedi() {
        return EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(data));
    }
}
