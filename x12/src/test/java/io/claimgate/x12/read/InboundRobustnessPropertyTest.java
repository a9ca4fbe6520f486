package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Damaged TA1 / 999 / 277CA / 835 files never make the inbound readers throw: problems come back as issues. */
class InboundRobustnessPropertyTest {
    private static final List<byte[]> SAMPLES = InboundSamples.all().stream().map(InboundRobustnessPropertyTest::bytes).toList();

    @Property(tries = 600)
    void mutatedInboundSamplesNeverThrow(@ForAll @IntRange(min = 0, max = 10_000) int sample,
                                         @ForAll("mutations") List<Mutation> mutations) {
        byte[] data = SAMPLES.get(sample % SAMPLES.size());
        for (Mutation m : mutations) {
            data = m.apply(data);
        }
        InboundFile f = InboundFile.read(new ByteArrayInputStream(data));
        assertNotNull(f.result());
        assertEquals(f.result().issues(), f.issues().size());
        // every 835 read yields a summary whose claim count matches the claims handed out
        f.remittances().forEach(r -> assertEquals(r.claims().size(), r.summary().claims()));
        if (f.result().notX12()) {
            assertTrue(f.remittances().isEmpty() && f.functionalAcks().isEmpty());
        }
    }

    /** One change to a file, at a position given as a fraction of its length. */
    record Mutation(int kind, double at, int length, byte value) {
        byte[] apply(byte[] in) {
            int p = (int) (at * in.length);
            int n = Math.min(length, in.length - p);
            return switch (kind) {
                case 0 -> {
                    byte[] out = in.clone();
                    if (p < out.length) {
                        out[p] = value;
                    }
                    yield out;
                }
                case 1 -> concat(Arrays.copyOf(in, p), new byte[] {value}, Arrays.copyOfRange(in, p, in.length));
                case 2 -> concat(Arrays.copyOf(in, p), Arrays.copyOfRange(in, p + n, in.length));
                case 3 -> concat(Arrays.copyOf(in, p + n), Arrays.copyOfRange(in, p, in.length));
                default -> Arrays.copyOf(in, p);
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '~', (byte) '*', (byte) ':', (byte) '^', (byte) '|',
                (byte) '\n', (byte) '-', (byte) '.', (byte) '0', (byte) '9', (byte) 'E', (byte) 'S', (byte) 'C',
                (byte) 0, (byte) 0xFF, (byte) ' ');
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 60), Arbitraries.oneOf(interesting, Arbitraries.bytes())).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
