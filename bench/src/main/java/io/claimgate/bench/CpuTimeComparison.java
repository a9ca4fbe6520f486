package io.claimgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A companion to the JMH {@link ReadBenchmark} for busy machines: the readers take turns, pass after
 * pass over the same 837P, and each pass is timed by the CPU time of the reading thread as well as by
 * the wall clock. MB per CPU-second is what the reader costs, whatever else the machine is doing.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.claimgate.bench.CpuTimeComparison [sizeMb] [rounds] [claimgate|staedi|all]</pre>
 */
public final class CpuTimeComparison {
    private static volatile long sink;

    private CpuTimeComparison() {
    }

    public static void main(String[] args) {
        int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String only = args.length > 2 ? args[2] : "all";
        byte[] data = Sample837.build(sizeMb * 1_000_000);
        System.out.printf("837P input: %d bytes (%.1f MB), %d segments; %d CPUs%n", data.length, data.length / 1e6,
                Sample837.segments(data), Runtime.getRuntime().availableProcessors());
        List<String> names = List.of("claimgateLengths", "claimgateStrings", "staediLengths", "staediStrings");
        List<ToLongFunction<byte[]>> passes = List.of(
                Passes::claimgateLengths,
                d -> { long[] n = {0}; Passes.claimgateStrings(d, s -> n[0] += s.length()); return n[0]; },
                Passes::staediLengths,
                d -> { long[] n = {0}; Passes.staediStrings(d, s -> n[0] += s.length()); return n[0]; });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 3;
        List<double[]> cpu = new ArrayList<>();
        List<double[]> wall = new ArrayList<>();
        for (int k = 0; k < passes.size(); k++) {
            cpu.add(new double[rounds]);
            wall.add(new double[rounds]);
        }
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < passes.size(); k++) {
                if (!only.equals("all") && !names.get(k).startsWith(only)) {
                    continue;
                }
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                sink += passes.get(k).applyAsLong(data);
                long w1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    cpu.get(k)[r] = data.length / 1e6 / ((c1 - c0) / 1e9);
                    wall.get(k)[r] = data.length / 1e6 / ((w1 - w0) / 1e9);
                }
            }
        }
        System.out.printf("%-18s %16s %14s %14s %12s%n", "reader", "MB/CPU-s median", "MB/CPU-s best", "MB/s median", "MB/s best");
        for (int k = 0; k < passes.size(); k++) {
            if (cpu.get(k)[0] == 0) {
                continue;
            }
            System.out.printf("%-18s %16.1f %14.1f %14.1f %12.1f%n", names.get(k), median(cpu.get(k)), best(cpu.get(k)),
                    median(wall.get(k)), best(wall.get(k)));
        }
        if (!only.equals("all")) {
            return;
        }
        System.out.printf("ratio lengths (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(cpu.get(0)) / median(cpu.get(2)), median(wall.get(0)) / median(wall.get(2)));
        System.out.printf("ratio strings (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(cpu.get(1)) / median(cpu.get(3)), median(wall.get(1)) / median(wall.get(3)));
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
