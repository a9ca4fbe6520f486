package io.claimgate.gateway.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time from Linux's {@code /proc}: of one process (user + system, {@code /proc/PID/stat}) and of the
 * whole machine ({@code /proc/stat}, every core's non-idle time). Both in nanoseconds; empty where
 * {@code /proc} is not there (then the bench prints no CPU column).
 */
final class CpuClock {
    /** USER_HZ: the unit of /proc times on every Linux we run on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuClock() {
    }

    /** User + system CPU time of the process so far. */
    static OptionalLong process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return OptionalLong.of(ticks * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * User + system CPU time so far of the process's JIT compiler threads (HotSpot names them "C1 CompilerThread0",
     * "C2 CompilerThread0", ...): the part of a JVM's CPU that is compiling code rather than running it.
     */
    static OptionalLong compilerThreads(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            long ticks = 0;
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.matches("C[12] CompilerThre.*")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
            return OptionalLong.of(ticks * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Non-idle CPU time of all cores together (user, nice, system, irq, softirq, steal). */
    static OptionalLong machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return OptionalLong.of(busy * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The pid of a local process whose command name is {@code name} (e.g. mariadbd), if one runs. */
    static OptionalLong pidOf(String name) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).trim().equals(name);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The one-minute load average, or -1. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU spent by the gateway, the database server and the whole machine over an interval. */
    record Usage(long gatewayNanos, long databaseNanos, long machineNanos, long wallNanos) {
        /** Cores kept busy on average: CPU time / wall time. */
        static double cores(long cpuNanos, long wallNanos) {
            return cpuNanos < 0 || wallNanos <= 0 ? Double.NaN : (double) cpuNanos / wallNanos;
        }
    }

    /** A start point of {@link Usage}: read the clocks now, then {@link #stop} after the work. */
    static final class Interval {
        private final long gatewayPid;
        private final long databasePid;
        private final long gateway0;
        private final long database0;
        private final long machine0;
        private final long wall0;

        Interval(long gatewayPid, long databasePid) {
            this.gatewayPid = gatewayPid;
            this.databasePid = databasePid;
            this.gateway0 = process(gatewayPid).orElse(-1);
            this.database0 = databasePid < 0 ? -1 : process(databasePid).orElse(-1);
            this.machine0 = machine().orElse(-1);
            this.wall0 = System.nanoTime();
        }

        Usage stop() {
            long wall = System.nanoTime() - wall0;
            return new Usage(delta(gateway0, process(gatewayPid)), delta(database0,
                    databasePid < 0 ? OptionalLong.empty() : process(databasePid)), delta(machine0, machine()), wall);
        }

        private static long delta(long before, OptionalLong after) {
            return before < 0 || after.isEmpty() ? -1 : after.getAsLong() - before;
        }
    }
}
