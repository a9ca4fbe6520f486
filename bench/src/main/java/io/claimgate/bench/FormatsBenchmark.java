package io.claimgate.bench;

import io.claimgate.x12.codes.Formats;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the SNIP level 5 format checks through {@code Formats.valid(name, value)}: one operation runs
 * every named check once on a typical value, about what one claim needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FormatsBenchmark {
    private static final String[][] CHECKS = {
        {"npi", "1234567893"}, {"icd10cm", "T814XXA"}, {"icd10pcs", "0DTJ4ZZ"}, {"cpt-hcpcs", "J1100"},
        {"modifier", "25"}, {"place-of-service", "11"}, {"revenue-code", "0450"}, {"facility-type", "13"},
        {"type-of-bill", "0131"}, {"claim-frequency", "1"}, {"admission-type", "3"}, {"admission-source", "2"},
        {"patient-status", "01"}, {"state", "TX"}, {"zip", "75001"}, {"zip9", "750011234"}, {"date", "20240229"},
        {"date-range", "20240101-20240131"}, {"date-not-future", "20240315"}, {"ndc", "00002143380"},
        {"taxonomy", "207Q00000X"}, {"claim-filing", "CI"}, {"relationship", "18"}, {"gender", "F"},
    };

    private final Clock clock = Clock.systemUTC();

    @Benchmark
    public void everyCheckOnce(Blackhole out) {
        for (String[] check : CHECKS) {
            out.consume(Formats.valid(check[0], check[1], clock));
        }
    }

    @Benchmark
    public boolean npi() {
        return Formats.valid("npi", "1234567893", clock);
    }

    @Benchmark
    public boolean placeOfServiceTable() {
        return Formats.valid("place-of-service", "11", clock);
    }

    @Benchmark
    public boolean dateNotFuture() {
        return Formats.valid("date-not-future", "20240315", clock);
    }
}
