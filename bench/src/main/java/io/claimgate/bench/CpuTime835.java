package io.claimgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The passes of {@link Read835Benchmark} over the same 835 bytes, taking turns pass after pass in one run, each
 * timed by the CPU time of the running thread and by the wall clock (as {@code CpuTimeAll} does for the 837).
 * MB per CPU-second is what each reader costs on one core whatever else the machine runs; the ratios come from
 * interleaved passes. {@code inbound835All} is the typed pass with a listener that asks every claim, line and
 * adjustment for every value (the records make their BigDecimals and positions when asked).
 *
 * <pre>java -Xmx2g -cp bench/target/benchmarks.jar io.claimgate.bench.CpuTime835 [sizeMb] [rounds] [warmupRounds]</pre>
 *
 * Warm-up rounds (default 2) run every pass and are not counted: on a busy machine the JIT's compiler threads
 * get little CPU and one round over the file is not always enough for them to finish.
 */
public final class CpuTime835 {
    private static volatile long sink;

    private record Pass(String name, LongSupplier run) {
    }

    private CpuTime835() {
    }

    public static void main(String[] args) {
        int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Remit835Source.Totals totals = new Remit835Source.Totals();
        byte[] data = Remit835Source.build(sizeMb * 1_000_000L, totals);
        System.out.printf("835 input: %s; %d CPUs; GC %s%n", totals, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        System.out.println("read back: " + Remit835Passes.inbound(data));
        List<Pass> passes = List.of(
                new Pass("inbound835", () -> Remit835Passes.inbound(data).claims),
                new Pass("x12ReaderLengths", () -> Passes.claimgateLengths(data)),
                new Pass("x12ReaderStrings", () -> {
                    long[] n = {0};
                    Passes.claimgateStrings(data, s -> n[0] += s.length());
                    return n[0];
                }),
                new Pass("staediLengths", () -> Passes.staediLengths(data)),
                new Pass("staediStrings", () -> {
                    long[] n = {0};
                    Passes.staediStrings(data, s -> n[0] += s.length());
                    return n[0];
                }),
                new Pass("inbound835All", () -> Remit835Passes.everything(data).touched));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double mb = data.length / 1e6;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        double[][] cpu = new double[passes.size()][rounds];
        double[][] wall = new double[passes.size()][rounds];
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < passes.size(); k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                sink += passes.get(k).run().getAsLong();
                long w1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    cpu[k][r] = mb / ((c1 - c0) / 1e9);
                    wall[k][r] = mb / ((w1 - w0) / 1e9);
                }
            }
        }
        System.out.printf("%-18s %14s %10s %14s %10s%n", "pass", "MB/CPU-s med", "(best)", "MB/s wall med", "(best)");
        for (int k = 0; k < passes.size(); k++) {
            System.out.printf("%-18s %14.1f %10.1f %14.1f %10.1f%n", passes.get(k).name(),
                    median(cpu[k]), best(cpu[k]), median(wall[k]), best(wall[k]));
        }
        System.out.printf("ratio inbound835 / staediStrings: %.1f x (CPU), %.1f x (wall)%n",
                median(cpu[0]) / median(cpu[4]), median(wall[0]) / median(wall[4]));
        System.out.printf("ratio inbound835All / staediStrings: %.1f x (CPU), %.1f x (wall)%n",
                median(cpu[5]) / median(cpu[4]), median(wall[5]) / median(wall[4]));
        System.out.printf("ratio x12ReaderStrings / staediStrings: %.1f x (CPU), %.1f x (wall)%n",
                median(cpu[2]) / median(cpu[4]), median(wall[2]) / median(wall[4]));
        System.out.printf("ratio x12ReaderLengths / staediLengths: %.1f x (CPU), %.1f x (wall)%n",
                median(cpu[1]) / median(cpu[3]), median(wall[1]) / median(wall[3]));
    }

    private static double best(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
