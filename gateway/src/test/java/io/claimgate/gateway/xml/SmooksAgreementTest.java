package io.claimgate.gateway.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Reader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every 999, 277CA and 835 sample goes through Smooks (our DFDL schemas) and through {@link X12Reader}: both
 * must see the same segments, in the same order, with the same element values. Samples too malformed for the
 * schemas must make Smooks fail and our reader report issues.
 */
class SmooksAgreementTest {
    static final Path SAMPLES = Path.of("..", "x12", "src", "test", "resources", "samples");

    /** A sample with an IK5 before AK1: Smooks cannot parse it, our reader reports issues (pyx12 rejects it too). */
    static final String IK5_BEFORE_AK1 = "staedi__x12_invalid999.edi";
    /**
     * A sample whose CTX01 (composite C998, not repeatable in 005010X231A1) is repeated with {@code ^}: the
     * guide-shaped schema refuses it (pyx12 too); our reader keeps every repetition and flags the repeat with a
     * TOO_MANY_REPETITIONS warning.
     */
    static final String REPEATED_CTX01 = "staedi__x12_simple999.edi";
    static final Set<String> MALFORMED = Set.of(IK5_BEFORE_AK1, REPEATED_CTX01);

    private static final Pattern SEGMENT = Pattern.compile("[A-Z][A-Z0-9]{1,2}");
    private static final Pattern ELEMENT = Pattern.compile("([A-Z][A-Z0-9]{1,2})(\\d\\d)(?:-(\\d+))?");

    private static XmlBridge bridge;

    @BeforeAll
    static void build() {
        bridge = new XmlBridge();
    }

    @AfterAll
    static void close() {
        bridge.close();
    }

    static Stream<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("999", "277CA", "835")) {
            try (Stream<Path> s = Files.list(SAMPLES.resolve(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 14, "samples found: " + files.size());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void smooksAndOurReaderSeeTheSameSegmentsAndValues(Path file) throws Exception {
        byte[] x12 = Files.readAllBytes(file);
        if (MALFORMED.contains(file.getFileName().toString())) {
            XmlConversionException e = assertThrows(XmlConversionException.class,
                    () -> bridge.toXml(x12, new ByteArrayOutputStream()));
            assertEquals(XmlConversionException.Kind.PARSE_FAILED, e.kind());
            assertTrue(e.segmentIndex() > 0, e.getMessage());
            if (file.getFileName().toString().equals(IK5_BEFORE_AK1)) {
                InboundResult ours = InboundReader.read(new ByteArrayInputStream(x12), new InboundListener() { });
                assertTrue(ours.issues() > 0, "our reader reports issues for " + file.getFileName());
            } else {
                assertEquals(3, repetitionsOfFirstRepeatedCtx01(x12), "our reader sees CTX01 repeated");
                List<io.claimgate.x12.syntax.X12Error> flagged = new ArrayList<>();
                InboundReader.read(new ByteArrayInputStream(x12), new InboundListener() {
                    @Override
                    public void issue(io.claimgate.x12.syntax.X12Issue issue) {
                        flagged.add(issue.error());
                    }
                });
                assertEquals(List.of(io.claimgate.x12.syntax.X12Error.TOO_MANY_REPETITIONS), flagged);
            }
            return;
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        bridge.toXml(x12, xml);

        List<Element> smooks = segments(xml.toByteArray());
        List<Segment> ours = new ArrayList<>();
        Delimiters delimiters;
        try (X12Reader reader = X12Reader.of(x12)) {
            while (reader.next()) {
                ours.add(reader.segment().copy());
            }
            delimiters = reader.delimiters();
        }
        assertEquals(ids(ours), smooks.stream().map(Element::getTagName).toList(), "segment ids in order");
        for (int k = 0; k < ours.size(); k++) {
            assertSameValues(ours.get(k), smooks.get(k), delimiters, k + 1);
        }
    }

    private static int repetitionsOfFirstRepeatedCtx01(byte[] x12) throws IOException {
        try (X12Reader reader = X12Reader.of(x12)) {
            while (reader.next()) {
                if (reader.segment().is("CTX") && reader.segment().repetitionCount(1) > 1) {
                    return reader.segment().repetitionCount(1);
                }
            }
        }
        return 0;
    }

    /** The XML's segment elements (named by segment id) in document order. */
    static List<Element> segments(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        List<Element> out = new ArrayList<>();
        collect(doc.getDocumentElement(), out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        if (SEGMENT.matcher(e.getTagName()).matches()) {
            out.add(e);
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, out);
            }
        }
    }

    private static List<String> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).toList();
    }

    /**
     * Element i of our segment equals the XML's {@code <ID><i>} (absent = ""); a composite in the XML is
     * compared as its components joined with the file's component separator, trailing empty ones dropped.
     */
    private static void assertSameValues(Segment ours, Element smooks, Delimiters d, int index) {
        String where = "segment " + index + " (" + ours.id() + ")";
        List<String> xmlValues = new ArrayList<>();
        Set<Integer> composites = new HashSet<>();
        for (Node n = smooks.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el)) {
                continue;
            }
            Matcher m = ELEMENT.matcher(el.getTagName());
            if (!m.matches() || !m.group(1).equals(ours.id())) {
                fail(where + ": unexpected XML element " + el.getTagName());
            }
            int i = Integer.parseInt(m.group(2));
            while (xmlValues.size() < i) {
                xmlValues.add("");
            }
            if (hasElementChildren(el)) {
                composites.add(i);
                xmlValues.set(i - 1, joinComponents(el, d.component()));
            } else {
                xmlValues.set(i - 1, el.getTextContent());
            }
        }
        int n = Math.max(ours.size(), xmlValues.size());
        for (int i = 1; i <= n; i++) {
            String xmlValue = i <= xmlValues.size() ? xmlValues.get(i - 1) : "";
            String ourValue = composites.contains(i) ? stripTrailing(ours.element(i), d.component()) : ours.element(i);
            assertEquals(ourValue, xmlValue, where + " element " + i);
        }
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static String joinComponents(Element composite, char separator) {
        List<String> parts = new ArrayList<>();
        for (Node n = composite.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                int pos = Integer.parseInt(c.getTagName().substring(c.getTagName().lastIndexOf('-') + 1));
                while (parts.size() < pos) {
                    parts.add("");
                }
                parts.set(pos - 1, c.getTextContent());
            }
        }
        return stripTrailing(String.join(String.valueOf(separator), parts), separator);
    }

    private static String stripTrailing(String value, char separator) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == separator) {
            end--;
        }
        return value.substring(0, end);
    }
}
