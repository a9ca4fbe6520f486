package io.claimgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The timing loop of {@link CpuTimeAll} and {@link CpuTimeComparison}: the passes take turns, round after round
 * (the first {@value #WARMUP} rounds not counted), and each pass is timed by the CPU time of the running thread
 * and by the wall clock.
 */
final class CpuTimer {
    static final int WARMUP = 3;
    private static volatile long sink;

    /**
     * One timed pass: {@code run} is called {@code repeat} times in a row, each call doing {@code units} of work
     * (claims, MB) and returning a value kept so that the work cannot be optimised away.
     */
    record Pass(String name, String unit, double units, int repeat, LongSupplier run) {
    }

    /** Units per CPU-second and per wall-clock second of one pass, one value a counted round. */
    record Times(double[] cpu, double[] wall) {
    }

    private CpuTimer() {
    }

    /** Times the passes for {@code rounds} counted rounds; the result is in the order of {@code passes}. */
    static List<Times> time(List<Pass> passes, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Times> times = new ArrayList<>();
        for (int k = 0; k < passes.size(); k++) {
            times.add(new Times(new double[rounds], new double[rounds]));
        }
        for (int r = -WARMUP; r < rounds; r++) {
            for (int k = 0; k < passes.size(); k++) {
                Pass p = passes.get(k);
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < p.repeat(); i++) {
                    sink += p.run().getAsLong();
                }
                long w1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    times.get(k).cpu()[r] = p.repeat() * p.units() / ((c1 - c0) / 1e9);
                    times.get(k).wall()[r] = p.repeat() * p.units() / ((w1 - w0) / 1e9);
                }
            }
        }
        return times;
    }

    static double best(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
