package io.claimgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Every number of the README in one run, for busy machines: the claim benchmarks ({@link RenderBenchmark},
 * {@link ValidateBenchmark}, {@link Read837Benchmark}, same {@link ClaimBatch}) and the four readers of
 * {@link ReadBenchmark} (same 837P bytes for Claimgate and StAEDI) take turns, pass after pass, and each
 * pass is timed by the CPU time of the running thread and by the wall clock. Units per CPU-second is what
 * the code costs, whatever else the machine is doing; the ratio Claimgate / StAEDI comes from passes
 * interleaved in the same run.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.claimgate.bench.CpuTimeAll [claims] [readSizeMb] [rounds]</pre>
 */
public final class CpuTimeAll {
    private static volatile long sink;

    private record Pass(String name, String unit, double units, LongSupplier run) {
    }

    private CpuTimeAll() {
    }

    public static void main(String[] args) {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int sizeMb = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        ClaimBatch batch = new ClaimBatch(claims);
        byte[] data = Sample837.build(sizeMb * 1_000_000);
        System.out.printf("837P reader input: %d bytes (%.1f MB), %d segments; %d CPUs%n", data.length, data.length / 1e6,
                Sample837.segments(data), Runtime.getRuntime().availableProcessors());
        ClaimBatch.Discard discard = new ClaimBatch.Discard();
        List<Pass> passes = List.of(
                new Pass("render", "claims", claims, () -> batch.render(discard).transactionSets()),
                new Pass("checkAndRender", "claims", claims, () -> batch.checkAndRender(discard).transactionSets()),
                new Pass("claimJson", "claims", claims, () -> {
                    long n = 0;
                    for (int i = 0; i < claims; i++) {
                        n += batch.check(i);
                    }
                    return n;
                }),
                new Pass("x12Validator", "claims", claims, batch::validate),
                new Pass("read837", "claims", claims, batch::read837),
                new Pass("claimgateLengths", "MB", data.length / 1e6, () -> Passes.claimgateLengths(data)),
                new Pass("claimgateStrings", "MB", data.length / 1e6, () -> {
                    long[] n = {0};
                    Passes.claimgateStrings(data, s -> n[0] += s.length());
                    return n[0];
                }),
                new Pass("staediLengths", "MB", data.length / 1e6, () -> Passes.staediLengths(data)),
                new Pass("staediStrings", "MB", data.length / 1e6, () -> {
                    long[] n = {0};
                    Passes.staediStrings(data, s -> n[0] += s.length());
                    return n[0];
                }));
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
                Pass p = passes.get(k);
                // the small claim passes repeat to last about as long as a reader pass
                int repeat = p.unit().equals("claims") ? Math.max(1, 5000 / claims) : 1;
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < repeat; i++) {
                    sink += p.run().getAsLong();
                }
                long w1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    cpu.get(k)[r] = repeat * p.units() / ((c1 - c0) / 1e9);
                    wall.get(k)[r] = repeat * p.units() / ((w1 - w0) / 1e9);
                }
            }
        }
        System.out.printf("%-18s %-7s %14s %12s %14s %12s%n", "pass", "unit", "per CPU-s med", "(best)", "per s wall med", "(best)");
        for (int k = 0; k < passes.size(); k++) {
            System.out.printf("%-18s %-7s %14.1f %12.1f %14.1f %12.1f%n", passes.get(k).name(), passes.get(k).unit(),
                    median(cpu.get(k)), best(cpu.get(k)), median(wall.get(k)), best(wall.get(k)));
        }
        System.out.printf("read837: %.1f MB/CPU-s; x12Validator: %.1f MB/CPU-s; render: %.1f MB/CPU-s written%n",
                median(cpu.get(4)) * batch.x12.length / claims / 1e6, median(cpu.get(3)) * batch.x12.length / claims / 1e6,
                median(cpu.get(0)) * batch.x12.length / claims / 1e6);
        System.out.printf("ratio lengths (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(cpu.get(5)) / median(cpu.get(7)), median(wall.get(5)) / median(wall.get(7)));
        System.out.printf("ratio strings (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(cpu.get(6)) / median(cpu.get(8)), median(wall.get(6)) / median(wall.get(8)));
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
