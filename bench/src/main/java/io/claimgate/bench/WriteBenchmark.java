package io.claimgate.bench;

import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.GroupHeader;
import io.claimgate.x12.syntax.InterchangeHeader;
import io.claimgate.x12.syntax.X12Writer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link X12Writer} throughput: one invocation writes one 837P claim (2000B subscriber, 2300 claim, two 2400
 * service lines: {@value #SEGMENTS} segments) into an open transaction set, every value checked for
 * delimiters. The score is segments per second; {@code :mb} is MB written per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriteBenchmark {
    static final int SEGMENTS = 20;
    private static final BigDecimal CHARGE = new BigDecimal("100.00");
    private static final BigDecimal LINE1 = new BigDecimal("40.00");
    private static final BigDecimal LINE2 = new BigDecimal("60.50");
    private static final BigDecimal ONE = BigDecimal.ONE;

    private CountingSink sink;
    private X12Writer writer;
    private int hl;
    private int claim;

    @Setup(Level.Iteration)
    public void open() {
        sink = new CountingSink();
        writer = new X12Writer(sink, Delimiters.DEFAULT, true);
        LocalDateTime now = LocalDateTime.of(2024, 1, 2, 3, 4);
        writer.beginInterchange(new InterchangeHeader("ZZ", "SUBMITTER", "ZZ", "PAYER", now, 1, false, false));
        writer.beginGroup(new GroupHeader("HC", "SUBMITTER", "PAYER", now, 1, "005010X222A1"));
        writer.beginTransaction("837", "0001", "005010X222A1");
        hl = 1;
        claim = 0;
    }

    @TearDown(Level.Iteration)
    public void close() {
        writer.endTransaction();
        writer.endGroup();
        writer.endInterchange();
        writer.flush();
    }

    @Benchmark
    @OperationsPerInvocation(SEGMENTS)
    public void writeClaim(Megabytes t) {
        long before = sink.bytes + 0;
        X12Writer w = writer;
        int subscriber = ++hl;
        claim++;
        w.segment("HL").element(Integer.toString(subscriber)).element("1").element("22").element("0").end();
        w.segment("SBR").element("P").element("18").element("GRP12345").skip(5).element("CI").end();
        w.segment("NM1").element("IL").element("1").element("SMITH").element("JANE").skip(4).element("MI")
                .element("JS00111223333").end();
        w.segment("N3").element("236 N MAIN ST").end();
        w.segment("N4").element("MIAMI").element("FL").element("33413").end();
        w.segment("DMG").element("D8").element("19430501").element("F").end();
        w.segment("NM1").element("PR").element("2").element("KEY INSURANCE COMPANY").skip(5).element("PI")
                .element("999996666").end();
        w.segment("CLM").element("C" + claim).amount(CHARGE).skip(2).composite("11", "B", "1").element("Y")
                .element("A").element("Y").element("I").end();
        w.segment("REF").element("D9").element("17312345600006351").end();
        w.segment("HI").composite("ABK", "J0300").composite("ABF", "Z1159").end();
        w.segment("NM1").element("82").element("1").element("KILDARE").element("BEN").skip(4).element("XX")
                .element("1234567804").end();
        w.segment("PRV").element("PE").element("PXC").element("204C00000X").end();
        w.segment("LX").element("1").end();
        w.segment("SV1").composite("HC", "99213").amount(LINE1).element("UN").amount(ONE).skip(2).element("1").end();
        w.segment("DTP").element("472").element("D8").element("20240103").end();
        w.segment("REF").element("6R").element("L1-" + claim).end();
        w.segment("LX").element("2").end();
        w.segment("SV1").composite("HC", "87070", "25").amount(LINE2).element("UN").amount(ONE).skip(2).element("1").end();
        w.segment("DTP").element("472").element("D8").element("20240103").end();
        w.segment("REF").element("6R").element("L2-" + claim).end();
        t.mb += (sink.bytes - before) / 1e6; // bytes handed to the stream so far (the writer flushes every 64 KB)
    }

    /** Discards bytes, counting them. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
