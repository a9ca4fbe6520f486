package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the input, the reader reports issues and never throws; chunking never changes what it reads. */
class X12ReaderRobustnessPropertyTest {
    private static final List<byte[]> SAMPLES = loadSamples();
    private static final byte[] ISA = X12Text.standard().isa("000000001").bytes();

    @Property(tries = 300)
    void randomBytesNeverMakeTheReaderThrow(@ForAll @Size(max = 4000) byte[] data,
                                            @ForAll @IntRange(min = 1, max = 600) int chunk) {
        readEverythingBothWays(data, chunk);
    }

    /** Behind a UTF-16 byte-order mark (or "ISA" in UTF-16), any bytes: odd lengths, lone surrogates, cut pairs. */
    @Property(tries = 300)
    void randomBytesReadAsUtf16NeverMakeTheReaderThrow(@ForAll @Size(max = 4000) byte[] data,
                                                       @ForAll @IntRange(min = 0, max = 3) int start,
                                                       @ForAll @IntRange(min = 1, max = 600) int chunk) {
        byte[][] starts = {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {'I', 0, 'S', 0, 'A', 0}, {0, 'I', 0, 'S', 0, 'A'}};
        readEverythingBothWays(concat(starts[start], data), chunk);
        byte[] isa = start % 2 == 0 ? X12Text.standard().isa("000000001").text().getBytes(StandardCharsets.UTF_16LE)
                : X12Text.standard().isa("000000001").text().getBytes(StandardCharsets.UTF_16BE);
        readEverythingBothWays(concat(isa, data), chunk);
    }

    @Property(tries = 300)
    void randomX12LikeTextAfterAnIsaNeverMakesTheReaderThrow(@ForAll("x12ish") String tail,
                                                               @ForAll @IntRange(min = 1, max = 600) int chunk) {
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] data = Arrays.copyOf(ISA, ISA.length + t.length);
        System.arraycopy(t, 0, data, ISA.length, t.length);
        readEverythingBothWays(data, chunk);
    }

    @Property(tries = 400)
    void mutatedSamplesNeverMakeTheReaderThrow(@ForAll @IntRange(min = 0, max = 10_000) int sample,
                                               @ForAll("mutations") List<Mutation> mutations,
                                               @ForAll @IntRange(min = 1, max = 3000) int chunk) {
        byte[] data = SAMPLES.get(sample % SAMPLES.size());
        for (Mutation m : mutations) {
            data = m.apply(data);
        }
        readEverythingBothWays(data, chunk);
    }

    /** One change to a file, at a position given as a fraction of its length. */
    record Mutation(int kind, double at, int length, byte value) {
        byte[] apply(byte[] in) {
            int p = (int) (at * in.length);
            int n = Math.min(length, in.length - p);
            return switch (kind) {
                case 0 -> { // overwrite one byte
                    byte[] out = in.clone();
                    if (p < out.length) {
                        out[p] = value;
                    }
                    yield out;
                }
                case 1 -> concat(Arrays.copyOf(in, p), new byte[] {value}, Arrays.copyOfRange(in, p, in.length)); // insert
                case 2 -> concat(Arrays.copyOf(in, p), Arrays.copyOfRange(in, p + n, in.length));                // delete
                case 3 -> concat(Arrays.copyOf(in, p + n), Arrays.copyOfRange(in, p, in.length));                // duplicate
                default -> Arrays.copyOf(in, p);                                                                  // truncate
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '~', (byte) '*', (byte) ':', (byte) '^', (byte) '\n',
                (byte) '\r', (byte) 'I', (byte) 'S', (byte) 'A', (byte) 0, (byte) 0xEF, (byte) 0xFF, (byte) ' ');
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.integers().between(0, 4).edgeCases(c -> c.includeOnly(0, 4)),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 300),
                Arbitraries.oneOf(interesting, Arbitraries.bytes()))
                .as(Mutation::new)
                .filter(m -> m.kind() != 4 || m.at() > 0.05);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> x12ish() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("ISA", "IEA*1*000000001", "GS*HC", "GE*", "ST*837*0001", "SE*", "NM1", "*", ":", "^", "~",
                        "\r\n", "\n", "~~", "**", "ISA*", "", " "),
                Arbitraries.strings().withChars("ISAGTE*:^~0123456789 \n").ofMaxLength(6),
                Arbitraries.strings().ofMaxLength(5));
        return token.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    /** Reads the input whole and in chunks, touching every element; both ways must give the same result. */
    private static void readEverythingBothWays(byte[] data, int chunk) {
        String whole = readEverything(X12Reader.of(data));
        String chunked = readEverything(X12Reader.of(new TrickleInputStream(data, chunk)));
        assertEquals(whole, chunked);
    }

    private static String readEverything(X12Reader reader) {
        StringBuilder sb = new StringBuilder();
        try (reader) {
            while (reader.next()) {
                Segment s = reader.segment();
                sb.append(s.id()).append('|').append(s.size()).append('|').append(s.offset()).append('|');
                for (int i = 0; i <= s.size() + 1; i++) {
                    sb.append(s.element(i)).append(s.length(i)).append(s.repetitionCount(i));
                    sb.append(s.component(i, 2)).append(s.componentCount(i, 1)).append(s.repetition(i, 2));
                    s.decimal(i);
                    s.components(i);
                }
                assertNotNull(reader.context());
                sb.append(s.copy()).append('\n');
            }
            for (X12Issue issue : reader.issues()) {
                assertNotNull(issue.position());
                sb.append(issue.error()).append('@').append(issue.position()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
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

    private static List<byte[]> loadSamples() {
        Path root = Paths.get("src/test/resources/samples");
        try (Stream<Path> files = Files.walk(root)) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".tsv") && !p.toString().endsWith(".md")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
