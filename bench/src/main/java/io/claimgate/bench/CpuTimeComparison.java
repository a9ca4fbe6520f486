package io.claimgate.bench;

import static io.claimgate.bench.CpuTimer.best;
import static io.claimgate.bench.CpuTimer.median;

import io.claimgate.bench.CpuTimer.Pass;
import io.claimgate.bench.CpuTimer.Times;
import java.util.List;

/**
 * A companion to the JMH {@link ReadBenchmark} for busy machines: the readers take turns, pass after
 * pass over the same 837P, and each pass is timed by the CPU time of the reading thread as well as by
 * the wall clock. MB per CPU-second is what the reader costs, whatever else the machine is doing.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.claimgate.bench.CpuTimeComparison [sizeMb] [rounds] [claimgate|staedi|all]</pre>
 */
public final class CpuTimeComparison {
    private CpuTimeComparison() {
    }

    public static void main(String[] args) {
        int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String only = args.length > 2 ? args[2] : "all";
        byte[] data = Sample837.build(sizeMb * 1_000_000);
        System.out.printf("837P input: %d bytes (%.1f MB), %d segments; %d CPUs%n", data.length, data.length / 1e6,
                Sample837.segments(data), Runtime.getRuntime().availableProcessors());
        double mb = data.length / 1e6;
        List<Pass> readers = List.of(
                new Pass("claimgateLengths", "MB", mb, 1, () -> Passes.claimgateLengths(data)),
                new Pass("claimgateStrings", "MB", mb, 1,
                        () -> { long[] n = {0}; Passes.claimgateStrings(data, s -> n[0] += s.length()); return n[0]; }),
                new Pass("staediLengths", "MB", mb, 1, () -> Passes.staediLengths(data)),
                new Pass("staediStrings", "MB", mb, 1,
                        () -> { long[] n = {0}; Passes.staediStrings(data, s -> n[0] += s.length()); return n[0]; }));
        List<Pass> passes = readers.stream().filter(p -> only.equals("all") || p.name().startsWith(only)).toList();
        List<Times> times = CpuTimer.time(passes, rounds);
        System.out.printf("%-18s %16s %14s %14s %12s%n", "reader", "MB/CPU-s median", "MB/CPU-s best", "MB/s median", "MB/s best");
        for (int k = 0; k < passes.size(); k++) {
            Times t = times.get(k);
            System.out.printf("%-18s %16.1f %14.1f %14.1f %12.1f%n", passes.get(k).name(), median(t.cpu()), best(t.cpu()),
                    median(t.wall()), best(t.wall()));
        }
        if (!only.equals("all")) {
            return;
        }
        System.out.printf("ratio lengths (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(times.get(0).cpu()) / median(times.get(2).cpu()),
                median(times.get(0).wall()) / median(times.get(2).wall()));
        System.out.printf("ratio strings (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(times.get(1).cpu()) / median(times.get(3).cpu()),
                median(times.get(1).wall()) / median(times.get(3).wall()));
    }
}
