package io.claimgate.gateway.xml;

import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.RemittanceHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: a runnable measurement of "Smooks on a small file" (issue 3). It builds a ~200 KB 835 from the real
 * sample {@code LFH__835_005010X221A1_secondary-payment.835} (LinuxForHealth/x12, Apache-2.0: its LX/CLP loops
 * repeated with fresh CLP01 values, BPR02 and SE01 made true), converts it to XML with {@link XmlBridge} (Smooks EDI
 * cartridge + our DFDL schema) {@code passes} times, and reads the same bytes with {@link InboundReader} in the
 * same run. Each side is timed by wall clock, by the calling thread's CPU time and by the whole JVM's CPU time
 * (Smooks may work on other threads; GC and JIT count there too); peak heap is the sum of the heap pools' peak
 * usage over that side's passes (pools reset after a System.gc() before each side), with the GC count and time.
 * Peak heap says how high the heap went, not how little a reader needs: run with a small {@code -Xmx} for that.
 *
 * <pre>
 * mvn -B -q -o -pl x12,gateway -DskipTests package
 * java -Xmx1g -cp gateway/target/claimgate.jar:gateway/target/test-classes io.claimgate.gateway.xml.SmooksSmallFileBench [kb] [passes]
 * </pre>
 */
public final class SmooksSmallFileBench {
    private static final String SAMPLE = "x12/src/test/resources/samples/835/LFH__835_005010X221A1_secondary-payment.835";
    private static final BigDecimal SAMPLE_PAID = new BigDecimal("1222.00");

    private SmooksSmallFileBench() {
    }

    public static void main(String[] args) throws Exception {
        int kb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path sample = Path.of(SAMPLE);
        if (!Files.exists(sample)) {
            sample = Path.of("..").resolve(SAMPLE);
        }
        byte[] x12 = build(Files.readString(sample, StandardCharsets.ISO_8859_1), kb * 1000);
        long claims = claims(x12);
        System.out.printf("input: %d bytes (%.1f KB), %d claims, from %s%n", x12.length, x12.length / 1e3, claims,
                sample.getFileName());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (XmlBridge bridge = new XmlBridge()) {
            long t0 = System.nanoTime();
            Counting first = new Counting();
            bridge.toXml(x12, first);
            System.out.printf("first Smooks conversion (builds Smooks, compiles the DFDL schema): %.1f s wall, %.1f KB of XML%n",
                    (System.nanoTime() - t0) / 1e9, first.bytes / 1e3);
            Heap heap = Heap.start();
            double[] wall = new double[passes];
            double[] cpu = new double[passes];
            double[] process = new double[passes];
            for (int p = 0; p < passes; p++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                long pc = processCpu();
                Counting out = new Counting();
                bridge.toXml(x12, out);
                cpu[p] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
                process[p] = (processCpu() - pc) / 1e9;
                wall[p] = (System.nanoTime() - w) / 1e9;
                if (out.bytes != first.bytes) {
                    throw new IllegalStateException("Smooks wrote " + out.bytes + " bytes, first pass " + first.bytes);
                }
            }
            Heap smooksHeap = heap.stop();
            report("Smooks (XmlBridge.toXml)", x12.length, wall, cpu, process, smooksHeap);

            int readerPasses = passes * 200; // a pass takes about a millisecond: many, to time more than noise
            for (int p = 0; p < readerPasses; p++) {
                read(x12, claims); // warm-up
            }
            heap = Heap.start();
            double[] rwall = new double[passes];
            double[] rcpu = new double[passes];
            double[] rprocess = new double[passes];
            for (int round = 0; round < passes; round++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                long pc = processCpu();
                for (int p = 0; p < 200; p++) {
                    read(x12, claims);
                }
                rcpu[round] = (threads.getCurrentThreadCpuTime() - c) / 1e9 / 200;
                rprocess[round] = (processCpu() - pc) / 1e9 / 200;
                rwall[round] = (System.nanoTime() - w) / 1e9 / 200;
            }
            Heap readerHeap = heap.stop();
            report("Claimgate (InboundReader, claims handed out)", x12.length, rwall, rcpu, rprocess, readerHeap);
            System.out.printf("ratio Claimgate / Smooks: %.0fx (thread CPU), %.0fx (process CPU), %.0fx (wall)%n",
                    median(cpu) / median(rcpu), median(process) / median(rprocess), median(wall) / median(rwall));
        }
    }

    /** The sample's header, its LX/CLP loops repeated until {@code target} bytes, then SE/GE/IEA made true. */
    static byte[] build(String sample, int target) {
        String[] segments = sample.split("~\\s*");
        int firstLx = indexOf(segments, "LX*", 0);
        int se = indexOf(segments, "SE*", firstLx);
        List<String> header = new ArrayList<>(Arrays.asList(segments).subList(0, firstLx));
        List<String> loops = Arrays.asList(segments).subList(firstLx, se);
        StringBuilder body = new StringBuilder();
        int copies = 0;
        int lx = 0;
        int bodySegments = 0;
        int headerBytes = String.join("~\n", header).length() + 100;
        while (headerBytes + body.length() < target) {
            copies++;
            for (String s : loops) {
                if (s.startsWith("LX*")) {
                    s = "LX*" + ++lx;
                } else if (s.startsWith("CLP*")) {
                    int star = s.indexOf('*', 4);
                    s = "CLP*" + s.substring(4, star) + "-" + copies + s.substring(star);
                }
                body.append(s).append("~\n");
                bodySegments++;
            }
        }
        StringBuilder out = new StringBuilder();
        int st = 0;
        for (String s : header) {
            if (s.startsWith("BPR*")) {
                String[] e = s.split("\\*", -1);
                e[2] = SAMPLE_PAID.multiply(BigDecimal.valueOf(copies)).toPlainString();
                s = String.join("*", e);
            }
            if (s.startsWith("ST*")) {
                st = out.length();
            }
            out.append(s).append("~\n");
        }
        int stSegments = (int) out.substring(st).chars().filter(c -> c == '~').count() + bodySegments + 1;
        String control = header.stream().filter(s -> s.startsWith("ST*")).findFirst().orElseThrow().split("\\*")[2];
        String isa13 = header.get(0).split("\\*")[13];
        out.append(body).append("SE*").append(stSegments).append('*').append(control).append("~\n")
                .append("GE*1*1~\nIEA*1*").append(isa13).append("~\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(String[] segments, String prefix, int from) {
        for (int i = from; i < segments.length; i++) {
            if (segments[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + prefix + " segment in the sample");
    }

    private static long claims(byte[] x12) {
        return read(x12, -1);
    }

    /** One read; checks it was clean and (when {@code expected} >= 0) saw every claim. */
    private static long read(byte[] x12, long expected) {
        long[] claims = {0};
        InboundResult r = InboundReader.read(new ByteArrayInputStream(x12), new InboundListener() {
            @Override
            public void claim(RemittanceHeader header, ClaimPayment claim) {
                claims[0]++;
            }
        });
        if (!r.clean() || (expected >= 0 && claims[0] != expected)) {
            throw new IllegalStateException("the built 835 did not read cleanly: " + r + ", " + claims[0] + " claims");
        }
        return claims[0];
    }

    private static void report(String what, int bytes, double[] wall, double[] cpu, double[] process, Heap heap) {
        System.out.printf("%s, median per pass: %.4f s thread CPU (%.2f MB/CPU-s), %.4f s process CPU (%.2f MB/CPU-s), "
                        + "%.4f s wall (%.2f MB/s); peak heap %.0f MB; %d GCs, %d ms in GC%n", what,
                median(cpu), bytes / 1e6 / median(cpu), median(process), bytes / 1e6 / median(process),
                median(wall), bytes / 1e6 / median(wall), heap.peak / 1e6, heap.gcCount, heap.gcMillis);
    }

    /** CPU time of the whole JVM (every thread, GC and JIT included), in ns; -1 when the JVM does not say. */
    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Heap pool peaks and GC counters between {@link #start} and {@link #stop}. */
    private record Heap(long peak, long gcCount, long gcMillis) {
        static Heap start() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            return new Heap(0, totalGcCount(), totalGcMillis());
        }

        Heap stop() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return new Heap(peak, totalGcCount() - gcCount, totalGcMillis() - gcMillis);
        }

        private static long totalGcCount() {
            long n = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                n += Math.max(0, gc.getCollectionCount());
            }
            return n;
        }

        private static long totalGcMillis() {
            long n = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                n += Math.max(0, gc.getCollectionTime());
            }
            return n;
        }
    }

    /** Counts what Smooks writes and keeps nothing. */
    private static final class Counting extends OutputStream {
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
