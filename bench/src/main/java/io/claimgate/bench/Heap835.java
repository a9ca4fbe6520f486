package io.claimgate.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Constant memory: streams a {@code sizeMb} MB 835 ({@link Remit835Source#stream}, made one transaction set at a
 * time, never held whole) through {@code InboundReader} and prints the peak heap used and the totals, which must
 * match what was generated. Meant to run with a heap far smaller than the file:
 *
 * <pre>java -Xmx64m -cp bench/target/benchmarks.jar io.claimgate.bench.Heap835 [sizeMb]</pre>
 *
 * Peak heap = the largest sum over heap pools of their {@code getPeakUsage()} (high-water marks kept by the JVM,
 * so no sampling gap), and, as a cross-check, the largest used heap seen by a sampler every 5 ms.
 */
public final class Heap835 {
    private Heap835() {
    }

    public static void main(String[] args) throws Exception {
        int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Remit835Source.Totals totals = new Remit835Source.Totals();
        long t0 = System.nanoTime();
        Remit835Passes.Sums sums;
        try (InputStream in = Remit835Source.stream(sizeMb * 1_000_000L, totals)) {
            sums = Remit835Passes.inbound(in);
        }
        long t1 = System.nanoTime();
        sampler.interrupt();
        long peakPools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakPools += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap (-Xmx): %.1f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("generated: %s%n", totals);
        System.out.printf("read:      %s; %s%n", sums, sums.result);
        System.out.printf("peak heap used: %.1f MB (sum of pool peaks), %.1f MB (sampled every 5 ms)%n",
                peakPools / 1e6, sampled.get() / 1e6);
        System.out.printf("time: %.1f s wall (generation and reading), %.1f MB/s%n", (t1 - t0) / 1e9,
                totals.bytes / 1e6 / ((t1 - t0) / 1e9));
        boolean same = sums.claims == totals.claims && sums.paid.compareTo(totals.paid) == 0
                && sums.plb.compareTo(totals.plb) == 0 && sums.issues == 0;
        System.out.println(same ? "totals match, no issues" : "MISMATCH");
        if (!same) {
            System.exit(1);
        }
    }
}
