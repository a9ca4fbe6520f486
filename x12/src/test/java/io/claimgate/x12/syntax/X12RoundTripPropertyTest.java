package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the delimiters and values, what {@link X12Writer} writes {@link X12Reader} reads back identical. */
class X12RoundTripPropertyTest {
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Set<String> ENVELOPE = Set.of("ISA", "IEA", "GS", "GE", "ST", "SE", "TA1");

    /** One element: a single value (simple element) or several (components of a composite). */
    record Element(List<String> components) {
    }

    record Seg(String id, List<Element> elements) {
    }

    @Property(tries = 400)
    void writtenSegmentsReadBackIdentical(@ForAll("delimiters") Delimiters d, @ForAll("segments") List<Seg> generated,
                                          @ForAll boolean lineBreaks, @ForAll @IntRange(min = 1, max = 70_000) int chunk) {
        List<Seg> segments = generated.stream().map(s -> withoutDelimiters(s, d)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = new X12Writer(out, d, lineBreaks);
        LocalDateTime when = LocalDateTime.of(2024, 1, 2, 3, 4);
        w.beginInterchange(new InterchangeHeader("ZZ", "SENDER", "ZZ", "RECEIVER", when, 17, false, false));
        w.beginGroup(new GroupHeader("HC", "SENDER", "RECEIVER", when, 5, "005010X222A1"));
        w.beginTransaction("837", "0001", "005010X222A1");
        for (Seg s : segments) {
            X12Writer.SegmentBuilder b = w.segment(s.id());
            for (Element e : s.elements()) {
                if (e.components().size() == 1) {
                    b.element(e.components().get(0));
                } else {
                    b.composite(e.components().toArray(String[]::new));
                }
            }
            b.end();
        }
        w.endTransaction();
        w.endGroup();
        w.endInterchange();
        w.flush();
        byte[] bytes = out.toByteArray();

        ReadResult r = ReadResult.of(new TrickleInputStream(bytes, chunk));
        assertEquals(List.of(), r.issues());
        assertEquals(segments.size() + 6, r.segments().size());
        assertEquals(d, r.delimiters().get(0));
        for (int k = 0; k < segments.size(); k++) {
            Seg expected = segments.get(k);
            Segment actual = r.segments().get(k + 3);
            assertEquals(expected.id(), actual.id());
            assertEquals(expectedElements(expected, d), actual.elements(), "segment " + k);
            for (int i = 1; i <= actual.size(); i++) {
                List<String> components = trimTrailingEmpty(expected.elements().get(i - 1).components());
                for (int c = 1; c <= components.size(); c++) {
                    assertEquals(components.get(c - 1), actual.component(i, c));
                }
                assertEquals(Math.max(1, components.size()), Math.max(1, actual.componentCount(i, 1)));
            }
        }
    }

    private static List<String> expectedElements(Seg s, Delimiters d) {
        List<String> out = new ArrayList<>();
        for (Element e : s.elements()) {
            out.add(String.join(String.valueOf(d.component()), trimTrailingEmpty(e.components())));
        }
        return trimTrailingEmpty(out);
    }

    private static List<String> trimTrailingEmpty(List<String> values) {
        int n = values.size();
        while (n > 0 && values.get(n - 1).isEmpty()) {
            n--;
        }
        return values.subList(0, n);
    }

    /** Values may not hold this interchange's delimiters: each such character becomes 'X'. */
    private static Seg withoutDelimiters(Seg s, Delimiters d) {
        List<Element> elements = new ArrayList<>();
        for (Element e : s.elements()) {
            elements.add(new Element(e.components().stream().map(v -> clean(v, d)).toList()));
        }
        return new Seg(s.id(), elements);
    }

    private static String clean(String v, Delimiters d) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(d.isDelimiter(c) ? 'X' : c);
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<Delimiters> delimiters() {
        Arbitrary<Character> punct = Arbitraries.of(chars(PUNCTUATION));
        Arbitrary<Character> terminator = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, punct), net.jqwik.api.Tuple.of(1, Arbitraries.just('\n')));
        Arbitrary<Character> repetition = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, punct), net.jqwik.api.Tuple.of(1, Arbitraries.just((char) 0)));
        return Combinators.combine(punct, punct, repetition, terminator)
                .filter((e, c, r, t) -> e != c && e != t && c != t && (r == 0 || (r != e && r != c && r != t)))
                .as(Delimiters::new);
    }

    @Provide
    Arbitrary<List<Seg>> segments() {
        Arbitrary<String> id = Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(2))
                .as((first, rest) -> first + rest)
                .filter(s -> !ENVELOPE.contains(s));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withChars("ABCXYZ0189 .-").ofMaxLength(12),
                Arbitraries.strings().withChars(PUNCTUATION + "AZ09 éß中ÿ").ofMaxLength(20));
        Arbitrary<Element> element = Arbitraries.oneOf(
                value.map(v -> new Element(List.of(v))),
                value.list().ofMinSize(2).ofMaxSize(6).map(Element::new));
        Arbitrary<Seg> segment = Combinators.combine(id, element.list().ofMaxSize(25)).as(Seg::new);
        return segment.list().ofMaxSize(40);
    }

    private static Character[] chars(String s) {
        Character[] out = new Character[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = s.charAt(i);
        }
        return out;
    }
}
