package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.codes.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape of a guide table (mappings/guides/FORMAT.md) with a small parser of its own, independent of
 * the validator engine: indentation, define/use, every loop opening with a segment, well-formed element lines,
 * element references that belong to their segment, `when` qualifiers that name a listed code, syntax rules
 * that name existing elements, code files that exist and format checks that are known.
 */
class GuideTableStructureTest {
    private static final Pattern GUIDE = Pattern.compile("guide (\\d{6}X\\d{3}(A\\d)?) (\\d{3}) ([A-Z]{2}) \"[^\"]+\"");
    private static final Pattern LOOP = Pattern.compile("loop (\\w+) ([RS]) (\\d+|>1) \"[^\"]+\"");
    private static final Pattern SEGMENT = Pattern.compile(
            "segment ([A-Z][A-Z0-9]{1,2}) ([RSN]) (\\d+|>1) \"[^\"]+\"((?: when [A-Z0-9]+(?:-\\d{2})?=[A-Z0-9]+(?:,[A-Z0-9]+)*)*)");
    private static final Pattern ELEMENT = Pattern.compile(
            "([A-Z][A-Z0-9]{1,2})(\\d{2})(?:-(\\d{2}))? (C?\\d{1,4}) ([RSN])"
                    + "(?: (AN|ID|DT|TM|N0|N1|N2|R) (\\d+) (\\d+))?(?: \"[^\"]+\")?(?: = (@[a-z0-9-]+|[A-Z0-9]+(?: [A-Z0-9]+)*))?"
                    + "(?: format ([a-z0-9-]+))?(?: repeat (\\d+))?");
    private static final Pattern COMPOSITE = Pattern.compile("([A-Z][A-Z0-9]{1,2})(\\d{2}) (C\\d{3}) ([RSN])(?: \"[^\"]+\")?");
    private static final Pattern RULE = Pattern.compile("[PRCEL](\\d{2}){2,}");

    /** One parsed line: its depth and its text. */
    private record Line(int number, int depth, String text) {
    }

    @Test
    void institutional837TableIsWellFormed() throws IOException {
        List<String> problems = check("005010X223A2");
        assertEquals(List.of(), problems);
    }

    @Test
    void institutional837TableHasTheGuideLoops() throws IOException {
        String text = read("/mappings/guides/005010X223A2.guide");
        for (String loop : List.of("1000A", "1000B", "2000A", "2010AA", "2010AB", "2010AC", "2000B", "2010BA", "2010BB",
                "2000C", "2010CA", "2300", "2310A", "2310B", "2310C", "2310D", "2310E", "2310F", "2320", "2330A", "2330B",
                "2330C", "2330D", "2330E", "2330F", "2330G", "2330H", "2330I", "2400", "2410", "2420A", "2420B",
                "2420C", "2420D", "2430")) {
            assertTrue(Pattern.compile("(?m)^\\s*loop " + loop + " ").matcher(text).find(), "loop " + loop);
        }
        for (String hi : List.of("ABK,BK", "ABJ,BJ", "APR,PR", "ABN,BN", "=DR", "ABF,BF", "BBR,BR,CAH", "BBQ,BQ", "=BI",
                "=BH", "=BE", "=BG", "=TC")) {
            assertTrue(text.contains("when HI01-01" + (hi.startsWith("=") ? hi : "=" + hi)), "HI " + hi);
        }
    }

    /** Every problem found in the table of {@code version}, as "line N: what". */
    static List<String> check(String version) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Line> lines = lines(read("/mappings/guides/" + version + ".guide"), problems);
        Matcher g = GUIDE.matcher(lines.get(0).text());
        if (!g.matches() || !g.group(1).equals(version)) {
            problems.add("line 1: guide line must name " + version);
        }
        // define blocks first, so that `use` can be checked wherever it stands
        Map<String, List<Line>> defines = new HashMap<>();
        List<Line> body = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.text().startsWith("define ")) {
                String name = l.text().substring(7).trim();
                List<Line> block = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).text().equals("end")) {
                    Line in = lines.get(i);
                    if (in.depth() < 1) {
                        problems.add("line " + in.number() + ": define " + name + " content must be indented");
                    }
                    block.add(new Line(in.number(), in.depth() - 1, in.text()));
                    i++;
                }
                if (i == lines.size()) {
                    problems.add("line " + l.number() + ": define " + name + " has no end");
                }
                defines.put(name, block);
            } else {
                body.add(l);
            }
        }
        checkBlock(body, defines, problems);
        for (Map.Entry<String, List<Line>> d : defines.entrySet()) {
            checkBlock(d.getValue(), defines, problems);
        }
        return problems;
    }

    private static void checkBlock(List<Line> lines, Map<String, List<Line>> defines, List<String> problems) {
        String segmentId = null;
        Map<String, String> elements = new LinkedHashMap<>();   // ref -> codes of the current segment
        String when = "";
        int segmentDepth = -1;
        String composite = null;
        int lastPosition = 0;
        int lastComponent = 0;
        Set<String> loopIds = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String at = "line " + l.number() + ": ";
            if (i > 0 && l.depth() > lines.get(i - 1).depth() + 1) {
                problems.add(at + "indented more than one level below the line before");
            }
            String t = l.text();
            if (t.startsWith("loop ") || t.startsWith("segment ") || t.startsWith("use ") || t.equals("end")) {
                finishSegment(segmentId, elements, when, problems, at);
                segmentId = null;
                composite = null;
            }
            if (t.startsWith("accepts ")) {
                continue;
            }
            if (t.startsWith("loop ")) {
                Matcher m = LOOP.matcher(t);
                if (!m.matches()) {
                    problems.add(at + "malformed loop line: " + t);
                    continue;
                }
                if (!loopIds.add(m.group(1) + "@" + l.depth())) {
                    problems.add(at + "loop " + m.group(1) + " appears twice at the same depth");
                }
                Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                boolean opensWithSegment = next != null && next.depth() == l.depth() + 1
                        && (next.text().startsWith("segment ") || next.text().startsWith("use ")
                        && firstIsSegment(defines.get(next.text().substring(4).trim())));
                if (!opensWithSegment) {
                    problems.add(at + "loop " + m.group(1) + " does not open with a segment");
                }
            } else if (t.startsWith("use ")) {
                if (!defines.containsKey(t.substring(4).trim())) {
                    problems.add(at + "use of an undefined block: " + t);
                }
            } else if (t.startsWith("segment ")) {
                Matcher m = SEGMENT.matcher(t);
                if (!m.matches()) {
                    problems.add(at + "malformed segment line: " + t);
                    continue;
                }
                segmentId = m.group(1);
                segmentDepth = l.depth();
                when = m.group(4).trim();
                elements = new LinkedHashMap<>();
                lastPosition = 0;
            } else if (t.startsWith("rule ")) {
                for (String rule : t.substring(5).trim().split(" ")) {
                    if (!RULE.matcher(rule).matches()) {
                        problems.add(at + "malformed rule " + rule);
                        continue;
                    }
                    for (int p = 1; p + 2 <= rule.length(); p += 2) {
                        String ref = segmentId + rule.substring(p, p + 2);
                        if (!elements.containsKey(ref)) {
                            problems.add(at + "rule " + rule + " names " + ref + ", not an element of the segment");
                        }
                    }
                }
            } else if (segmentId != null) {
                Matcher c = COMPOSITE.matcher(t);
                Matcher e = ELEMENT.matcher(t);
                if (c.matches() && l.depth() == segmentDepth + 1) {
                    int pos = checkElementRef(c.group(1), c.group(2), segmentId, lastPosition, at, problems);
                    lastPosition = pos;
                    composite = c.group(1) + c.group(2);
                    lastComponent = 0;
                    elements.put(composite, "");
                } else if (e.matches()) {
                    boolean component = e.group(3) != null;
                    if (component != (l.depth() == segmentDepth + 2)) {
                        problems.add(at + "component lines belong under their composite, elements under their segment");
                    }
                    if (!"N".equals(e.group(5)) && e.group(6) == null) {
                        problems.add(at + "a used element needs TYPE MIN MAX: " + t);
                    }
                    if (e.group(6) != null && Integer.parseInt(e.group(7)) > Integer.parseInt(e.group(8))) {
                        problems.add(at + "MIN above MAX: " + t);
                    }
                    if (component) {
                        if (composite == null || !(e.group(1) + e.group(2)).equals(composite)) {
                            problems.add(at + "component outside its composite: " + t);
                        }
                        int cp = Integer.parseInt(e.group(3));
                        if (cp <= lastComponent) {
                            problems.add(at + "components out of order: " + t);
                        }
                        lastComponent = cp;
                    } else {
                        lastPosition = checkElementRef(e.group(1), e.group(2), segmentId, lastPosition, at, problems);
                        composite = null;
                    }
                    String ref = e.group(1) + e.group(2) + (component ? "-" + e.group(3) : "");
                    String codes = e.group(9) == null ? "" : e.group(9);
                    elements.put(ref, codes);
                    if (codes.startsWith("@")) {
                        checkCodeFile(codes.substring(1), at, problems);
                    }
                    if (e.group(10) != null && !Formats.known(e.group(10))) {
                        problems.add(at + "unknown format check " + e.group(10));
                    }
                } else {
                    problems.add(at + "malformed element line: " + t);
                }
            } else {
                problems.add(at + "line outside any segment: " + t);
            }
        }
        finishSegment(segmentId, elements, when, problems, "end of block: ");
    }

    private static boolean firstIsSegment(List<Line> block) {
        return block != null && !block.isEmpty() && block.get(0).text().startsWith("segment ");
    }

    private static int checkElementRef(String id, String position, String segmentId, int lastPosition, String at,
                                       List<String> problems) {
        if (!id.equals(segmentId)) {
            problems.add(at + "element " + id + position + " under segment " + segmentId);
        }
        int pos = Integer.parseInt(position);
        if (pos != lastPosition + 1) {
            problems.add(at + "element " + id + position + " follows position " + lastPosition);
        }
        return pos;
    }

    /** A `when` must name an element of the segment whose listed codes include the qualifier values. */
    private static void finishSegment(String segmentId, Map<String, String> elements, String when, List<String> problems,
                                      String at) {
        if (segmentId == null || when.isEmpty()) {
            return;
        }
        for (String cond : when.split(" when ")) {
            String c = cond.replaceFirst("^when ", "");
            String ref = c.substring(0, c.indexOf('='));
            String codes = elements.get(ref);
            if (codes == null) {
                problems.add(at + segmentId + " when names " + ref + ", not an element of the segment");
                continue;
            }
            List<String> listed = List.of(codes.split(" "));
            for (String v : c.substring(c.indexOf('=') + 1).split(",")) {
                if (!listed.contains(v)) {
                    problems.add(at + segmentId + " when " + ref + "=" + v + " but " + ref + " does not list " + v);
                }
            }
        }
    }

    private static void checkCodeFile(String name, String at, List<String> problems) {
        String path = "/mappings/codes/" + name + ".tsv";
        try (InputStream in = GuideTableStructureTest.class.getResourceAsStream(path)) {
            if (in == null) {
                problems.add(at + "code file " + path + " does not exist");
                return;
            }
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Set<String> seen = new HashSet<>();
            for (String row : rows) {
                if (row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t", -1);
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank() || !seen.add(cols[0])) {
                    problems.add(path + ": bad or repeated row '" + row + "'");
                }
            }
        } catch (IOException e) {
            problems.add(at + "cannot read " + path);
        }
    }

    private static List<Line> lines(String text, List<String> problems) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String s = raw[n];
            int hash = s.indexOf('#');
            if (hash >= 0 && s.lastIndexOf('"', hash) < 0) {   // a '#' inside a quoted name is text
                s = s.substring(0, hash);
            }
            s = s.stripTrailing();
            if (s.isEmpty()) {
                continue;
            }
            int spaces = 0;
            while (s.charAt(spaces) == ' ') {
                spaces++;
            }
            if (s.indexOf('\t') >= 0 || spaces % 2 != 0) {
                problems.add("line " + (n + 1) + ": indentation must be two spaces a level");
            }
            out.add(new Line(n + 1, spaces / 2, s.substring(spaces)));
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GuideTableStructureTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
