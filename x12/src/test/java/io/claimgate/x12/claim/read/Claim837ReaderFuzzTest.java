package io.claimgate.x12.claim.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Damaged 837s (segments dropped, repeated, moved; elements cut; bytes flipped) never make the reader throw. */
class Claim837ReaderFuzzTest {
    private static final List<String> SEGMENTS = load();

    private static List<String> load() {
        try {
            String text = Files.readString(Paths.get("src/test/resources/samples/837P/imsweb__837_5010_x12_complex.txt"));
            return Arrays.stream(text.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Edit(int kind, int at, int other) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.integers().between(0, 4)
                .flatMap(k -> Arbitraries.integers().between(0, 10_000)
                        .flatMap(a -> Arbitraries.integers().between(0, 10_000).map(b -> new Edit(k, a, b))))
                .list().ofMaxSize(12);
    }

    @Property(tries = 1000)
    void damagedFilesAreReadWithoutExceptions(@ForAll("edits") List<Edit> edits) throws IOException {
        List<String> segs = new ArrayList<>(SEGMENTS);
        for (Edit e : edits) {
            int i = 1 + e.at() % (segs.size() - 1); // keep the ISA so the input stays X12
            switch (e.kind()) {
                case 0 -> segs.remove(i);
                case 1 -> segs.add(i, segs.get(1 + e.other() % (segs.size() - 1)));
                case 2 -> {
                    String s = segs.get(i);
                    segs.set(i, s.substring(0, Math.min(s.length(), 1 + e.other() % (s.length() + 1))));
                }
                case 3 -> {
                    String s = segs.get(i);
                    char[] c = s.toCharArray();
                    c[e.other() % c.length] = "*:^0A.-".charAt(e.other() % 7);
                    segs.set(i, new String(c));
                }
                default -> segs.add(i, segs.remove(1 + e.other() % (segs.size() - 1)));
            }
            if (segs.size() < 2) {
                break;
            }
        }
        byte[] data = (String.join("~\n", segs) + "~\n").getBytes(StandardCharsets.UTF_8);
        List<ReadClaim> claims = new ArrayList<>();
        ReadSummary summary = Claim837Reader.read(new ByteArrayInputStream(data), claims::add);
        long clm = segs.stream().filter(s -> s.equals("CLM") || s.startsWith("CLM*")).count();
        assertTrue(claims.size() <= clm);
        assertTrue(summary.claims() == claims.size());
        for (ReadClaim c : claims) {
            c.issues().forEach(i -> assertTrue(i.position().segmentIndex() > 0));
        }
    }
}
