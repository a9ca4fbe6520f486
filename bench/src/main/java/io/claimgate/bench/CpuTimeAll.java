package io.claimgate.bench;

import static io.claimgate.bench.CpuTimer.best;
import static io.claimgate.bench.CpuTimer.median;

import io.claimgate.bench.CpuTimer.Pass;
import io.claimgate.bench.CpuTimer.Times;
import java.util.List;

/**
 * Every number of the README in one run, for busy machines: the claim benchmarks ({@link RenderBenchmark},
 * {@link ValidateBenchmark}, {@link Read837Benchmark}, same {@link ClaimBatch}) and the four readers of
 * {@link ReadBenchmark} (same 837P bytes for Claimgate and StAEDI) take turns, pass after pass, and each
 * pass is timed by the CPU time of the running thread and by the wall clock. Units per CPU-second is what
 * the code costs, whatever else the machine is doing; the ratio Claimgate / StAEDI comes from passes
 * interleaved in the same run. Three more passes split the JSON check ({@code claimJson}): {@code jsonTree}
 * (Jackson's tree alone, as the gateway parses), {@code claimJsonTree} ({@code ClaimValidation.check} of such
 * a tree: schema, binding, rules) and {@code claimJsonRead} ({@code ClaimJson.read}: parse, schema, binding).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.claimgate.bench.CpuTimeAll [claims] [readSizeMb] [rounds]</pre>
 */
public final class CpuTimeAll {
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
        // the small claim passes repeat to last about as long as a reader pass
        int repeat = Math.max(1, 5000 / claims);
        double mb = data.length / 1e6;
        List<Pass> passes = List.of(
                new Pass("render", "claims", claims, repeat, () -> batch.render(discard).transactionSets()),
                new Pass("checkAndRender", "claims", claims, repeat, () -> batch.checkAndRender(discard).transactionSets()),
                new Pass("claimJson", "claims", claims, repeat, () -> {
                    long n = 0;
                    for (int i = 0; i < claims; i++) {
                        n += batch.check(i);
                    }
                    return n;
                }),
                new Pass("x12Validator", "claims", claims, repeat, batch::validate),
                new Pass("read837", "claims", claims, repeat, batch::read837),
                new Pass("claimgateLengths", "MB", mb, 1, () -> Passes.claimgateLengths(data)),
                new Pass("claimgateStrings", "MB", mb, 1, () -> {
                    long[] n = {0};
                    Passes.claimgateStrings(data, s -> n[0] += s.length());
                    return n[0];
                }),
                new Pass("staediLengths", "MB", mb, 1, () -> Passes.staediLengths(data)),
                new Pass("staediStrings", "MB", mb, 1, () -> {
                    long[] n = {0};
                    Passes.staediStrings(data, s -> n[0] += s.length());
                    return n[0];
                }),
                // the parts of claimJson: Jackson's tree alone (as the gateway parses), the check of such a
                // tree (the gateway's path: schema, binding, rules), and parse + schema + binding (no rules)
                new Pass("jsonTree", "claims", claims, repeat, () -> {
                    long n = 0;
                    for (int i = 0; i < claims; i++) {
                        n += batch.tree(i).size();
                    }
                    return n;
                }),
                new Pass("claimJsonTree", "claims", claims, repeat, () -> {
                    long n = 0;
                    for (int i = 0; i < claims; i++) {
                        n += batch.checkTree(i);
                    }
                    return n;
                }),
                new Pass("claimJsonRead", "claims", claims, repeat, () -> {
                    long n = 0;
                    for (int i = 0; i < claims; i++) {
                        n += batch.read(i);
                    }
                    return n;
                }));
        List<Times> times = CpuTimer.time(passes, rounds);
        System.out.printf("%-18s %-7s %14s %12s %14s %12s%n", "pass", "unit", "per CPU-s med", "(best)", "per s wall med", "(best)");
        for (int k = 0; k < passes.size(); k++) {
            Times t = times.get(k);
            System.out.printf("%-18s %-7s %14.1f %12.1f %14.1f %12.1f%n", passes.get(k).name(), passes.get(k).unit(),
                    median(t.cpu()), best(t.cpu()), median(t.wall()), best(t.wall()));
        }
        System.out.printf("read837: %.1f MB/CPU-s; x12Validator: %.1f MB/CPU-s; render: %.1f MB/CPU-s written%n",
                median(times.get(4).cpu()) * batch.x12.length / claims / 1e6,
                median(times.get(3).cpu()) * batch.x12.length / claims / 1e6,
                median(times.get(0).cpu()) * batch.x12.length / claims / 1e6);
        System.out.printf("ratio lengths (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(times.get(5).cpu()) / median(times.get(7).cpu()),
                median(times.get(5).wall()) / median(times.get(7).wall()));
        System.out.printf("ratio strings (claimgate/staedi): %.1f x (CPU), %.1f x (wall)%n",
                median(times.get(6).cpu()) / median(times.get(8).cpu()),
                median(times.get(6).wall()) / median(times.get(8).wall()));
    }
}
