package io.claimgate.x12.validate;

import io.claimgate.x12.codes.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a guide table (format: mappings/guides/FORMAT.md) into a {@link GuideTable}. */
final class GuideParser {
    private static final Pattern ELEMENT_REF = Pattern.compile("([A-Z0-9]*?)(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern SHARED_COMPONENT_REF = Pattern.compile("[A-Z0-9]+-(\\d{2})");
    private static final Set<String> TYPES = Set.of("AN", "ID", "DT", "TM", "N0", "N1", "N2", "N3", "N4", "R", "B");

    private record Line(int number, int indent, List<String> tokens) {
        String kw() {
            return tokens.get(0);
        }
    }

    private final String source;
    private final String text;
    private final Function<String, Set<String>> codeLists;
    private final Map<String, List<Line>> defines = new HashMap<>();
    private List<Line> lines;
    private int at;

    GuideParser(String source, String text, Function<String, Set<String>> codeLists) {
        this.source = source;
        this.text = text;
        this.codeLists = codeLists;
    }

    GuideTable parse() {
        List<Line> raw = tokenize();
        List<Line> main = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Line l = raw.get(i);
            if (l.kw().equals("define")) {
                int j = i + 1;
                List<Line> body = new ArrayList<>();
                while (j < raw.size() && !(raw.get(j).kw().equals("end") && raw.get(j).indent() == l.indent())) {
                    Line b = raw.get(j);
                    if (b.indent() < l.indent() + 2) {
                        throw error(b, "define body must be indented under its define");
                    }
                    body.add(new Line(b.number(), b.indent() - l.indent() - 2, b.tokens()));
                    j++;
                }
                if (j == raw.size()) {
                    throw error(l, "define without end");
                }
                if (defines.put(arg(l, 1), body) != null) {
                    throw error(l, "define " + arg(l, 1) + " written twice");
                }
                i = j;
            } else {
                main.add(l);
            }
        }
        lines = new ArrayList<>();
        expand(main, 0, 0);
        at = 0;
        Line head = next();
        if (head == null || !head.kw().equals("guide") || head.tokens().size() < 4) {
            throw new IllegalArgumentException(source + ": first line must be 'guide VERSION ST01 GS01 \"name\"'");
        }
        Set<String> accepts = new LinkedHashSet<>();
        while (peek() != null && peek().kw().equals("accepts")) {
            Line a = next();
            accepts.addAll(a.tokens().subList(1, a.tokens().size()));
        }
        List<GuideNode> children = children(0);
        if (at < lines.size()) {
            throw error(lines.get(at), "unexpected line");
        }
        GuideLoop root = new GuideLoop("", Usage.REQUIRED, 1, "Transaction Set", children);
        return new GuideTable(arg(head, 1), accepts, arg(head, 2), arg(head, 3),
                head.tokens().size() > 4 ? unquote(head.tokens().get(4)) : "", root);
    }

    private void expand(List<Line> in, int shift, int depth) {
        if (depth > 20) {
            throw new IllegalArgumentException(source + ": define/use nested too deeply (a define uses itself?)");
        }
        for (Line l : in) {
            if (l.kw().equals("use")) {
                List<Line> body = defines.get(arg(l, 1));
                if (body == null) {
                    throw error(l, "use of undefined block " + arg(l, 1));
                }
                expand(body, shift + l.indent(), depth + 1);
            } else {
                lines.add(new Line(l.number(), l.indent() + shift, l.tokens()));
            }
        }
    }

    private Line peek() {
        return at < lines.size() ? lines.get(at) : null;
    }

    private Line next() {
        return at < lines.size() ? lines.get(at++) : null;
    }

    private List<GuideNode> children(int indent) {
        List<GuideNode> out = new ArrayList<>();
        while (peek() != null && peek().indent() == indent) {
            Line l = peek();
            switch (l.kw()) {
                case "loop" -> out.add(loop(next()));
                case "segment" -> out.add(segment(next()));
                default -> throw error(l, "expected 'loop' or 'segment'");
            }
        }
        if (peek() != null && peek().indent() > indent) {
            throw error(peek(), "unexpected indentation");
        }
        return out;
    }

    private GuideLoop loop(Line l) {
        if (l.tokens().size() < 4) {
            throw error(l, "loop needs ID USAGE MAX");
        }
        List<GuideNode> kids = children(l.indent() + 2);
        if (kids.isEmpty() || !(kids.get(0) instanceof GuideSegment)) {
            throw error(l, "loop " + arg(l, 1) + " must start with a segment");
        }
        Usage u = usage(l, arg(l, 2));
        return new GuideLoop(arg(l, 1), u, max(l, arg(l, 3)), l.tokens().size() > 4 ? unquote(l.tokens().get(4)) : "", kids);
    }

    private GuideSegment segment(Line l) {
        List<String> t = l.tokens();
        if (t.size() < 4) {
            throw error(l, "segment needs ID USAGE MAX");
        }
        String id = t.get(1);
        String name = "";
        List<String> whens = new ArrayList<>();
        int i = 4;
        if (i < t.size() && t.get(i).startsWith("\"")) {
            name = unquote(t.get(i++));
        }
        if (i < t.size()) {
            if (!t.get(i).equals("when")) {
                throw error(l, "expected 'when' after the segment name");
            }
            whens.addAll(t.subList(i + 1, t.size()));
        }
        List<GuideElement> elements = new ArrayList<>();
        List<SyntaxRule> rules = new ArrayList<>();
        int inner = l.indent() + 2;
        while (peek() != null && peek().indent() >= inner) {
            Line e = next();
            if (e.indent() != inner) {
                throw error(e, "unexpected indentation");
            }
            if (e.kw().equals("rule")) {
                for (String code : e.tokens().subList(1, e.tokens().size())) {
                    rules.add(SyntaxRule.parse(code));
                }
            } else {
                elements.add(element(e, id, 0, null));
            }
        }
        List<GuideSegment.Qualifier> qualifiers = new ArrayList<>();
        for (String w : whens) {
            int eq = w.indexOf('=');
            if (eq < 1) {
                throw error(l, "malformed when: " + w);
            }
            Matcher m = ELEMENT_REF.matcher(w.substring(0, eq));
            if (!m.matches()) {
                throw error(l, "malformed when element: " + w);
            }
            int pos = Integer.parseInt(m.group(2));
            int comp = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            String v = w.substring(eq + 1);
            Set<String> values = v.startsWith("\"") ? Set.of(unquote(v)) : Set.of(v.split(","));
            GuideElement target = find(elements, pos, comp);
            if (target == null) {
                throw error(l, "when names an element the segment does not define: " + w);
            }
            if (!target.codes().isEmpty() && !target.codes().containsAll(values)) {
                throw error(l, "when values are not all codes of " + target.ref() + ": " + w);
            }
            qualifiers.add(new GuideSegment.Qualifier(pos, comp, values));
        }
        for (SyntaxRule r : rules) {
            for (int p : r.positions()) {
                if (p > elements.size()) {
                    throw error(l, "syntax rule " + r + " names element " + p + " that " + id + " does not define");
                }
            }
        }
        try {
            return new GuideSegment(id, usage(l, t.get(2)), max(l, t.get(3)), name, qualifiers, elements, rules);
        } catch (IllegalArgumentException ex) {
            throw error(l, ex.getMessage());
        }
    }

    private static GuideElement find(List<GuideElement> elements, int pos, int comp) {
        if (pos < 1 || pos > elements.size()) {
            return null;
        }
        GuideElement e = elements.get(pos - 1);
        if (comp == 0) {
            return e;
        }
        return comp <= e.components().size() ? e.components().get(comp - 1) : null;
    }

    private GuideElement element(Line l, String segmentId, int parentPosition, String parentRef) {
        List<String> t = l.tokens();
        if (t.size() < 3) {
            throw error(l, "element needs REF DATAELEMENT USAGE");
        }
        Matcher m = ELEMENT_REF.matcher(t.get(0));
        if (!m.matches()) {
            m = SHARED_COMPONENT_REF.matcher(t.get(0));
            if (parentRef == null || !m.matches()) {
                throw error(l, "malformed element reference " + t.get(0));
            }
        }
        int position;
        int component;
        String ref;
        if (parentRef == null) {
            if (m.group(3) != null) {
                throw error(l, "component " + t.get(0) + " outside a composite");
            }
            position = Integer.parseInt(m.group(2));
            component = 0;
            ref = segmentId + m.group(2);
        } else {
            // Components may be written with any prefix (HI-02 in a block shared by HI01..HI12): the
            // composite they land under gives the reference.
            String c = m.groupCount() == 1 ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(2);
            position = parentPosition;
            component = Integer.parseInt(c);
            ref = parentRef + "-" + c;
        }
        String dataElement = t.get(1);
        Usage usage = usage(l, t.get(2));
        int i = 3;
        String type = "";
        int min = 0;
        int max = 0;
        if (i < t.size() && TYPES.contains(t.get(i))) {
            type = t.get(i);
            if (i + 2 >= t.size()) {
                throw error(l, "type needs MIN MAX");
            }
            min = Integer.parseInt(t.get(i + 1));
            max = Integer.parseInt(t.get(i + 2));
            if (min > max || max < 1) {
                throw error(l, "bad length " + min + ".." + max);
            }
            i += 3;
        }
        String name = "";
        if (i < t.size() && t.get(i).startsWith("\"")) {
            name = unquote(t.get(i++));
        }
        Set<String> codes = new LinkedHashSet<>();
        String format = "";
        int repeat = 1;
        while (i < t.size()) {
            String k = t.get(i++);
            switch (k) {
                case "=" -> {
                    while (i < t.size() && !t.get(i).equals("format") && !t.get(i).equals("repeat")) {
                        String c = t.get(i++);
                        if (c.startsWith("@")) {
                            codes.addAll(codeLists.apply(c.substring(1)));
                        } else {
                            codes.add(unquote(c)); // a code holding a space is written in quotes
                        }
                    }
                }
                case "format" -> {
                    format = t.get(i++);
                    if (!Formats.known(format)) {
                        throw error(l, "unknown format check " + format);
                    }
                }
                case "repeat" -> repeat = Integer.parseInt(t.get(i++));
                default -> throw error(l, "unexpected '" + k + "'");
            }
        }
        boolean composite = dataElement.startsWith("C");
        List<GuideElement> components = new ArrayList<>();
        int inner = l.indent() + 2;
        while (peek() != null && peek().indent() >= inner) {
            Line c = next();
            if (c.indent() != inner || !composite) {
                throw error(c, "unexpected indentation");
            }
            GuideElement ce = element(c, segmentId, position, ref);
            if (ce.component() != components.size() + 1) {
                throw error(c, "component " + ce.ref() + " is out of order");
            }
            components.add(ce);
        }
        if (!composite && usage != Usage.NOT_USED && type.isEmpty()) {
            throw error(l, "a used element needs TYPE MIN MAX");
        }
        if (composite && usage != Usage.NOT_USED && components.isEmpty()) {
            throw error(l, "a used composite needs its components");
        }
        if (!codes.isEmpty() && !type.equals("ID") && !type.equals("AN")) {
            throw error(l, "codes on an element of type " + type);
        }
        return new GuideElement(ref, position, component, dataElement, usage, type, min, max, name, codes, format, repeat,
                components);
    }

    private Usage usage(Line l, String s) {
        try {
            return Usage.parse(s);
        } catch (IllegalArgumentException e) {
            throw error(l, e.getMessage());
        }
    }

    private int max(Line l, String s) {
        if (s.equals(">1")) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < 1) {
                throw error(l, "max must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(l, "max must be a number or >1: " + s);
        }
    }

    private String arg(Line l, int i) {
        if (i >= l.tokens().size()) {
            throw error(l, "missing argument " + i);
        }
        return l.tokens().get(i);
    }

    private IllegalArgumentException error(Line l, String message) {
        return new IllegalArgumentException(source + " line " + l.number() + ": " + message);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }

    private List<Line> tokenize() {
        List<Line> out = new ArrayList<>();
        String[] rows = text.split("\r?\n", -1);
        for (int n = 0; n < rows.length; n++) {
            String row = rows[n];
            List<String> tokens = new ArrayList<>();
            int i = 0;
            int indent = 0;
            while (indent < row.length() && row.charAt(indent) == ' ') {
                indent++;
            }
            i = indent;
            while (i < row.length()) {
                char c = row.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '#') {
                    break;
                } else if (c == '"') {
                    int end = row.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException(source + " line " + (n + 1) + ": unterminated quote");
                    }
                    tokens.add(row.substring(i, end + 1));
                    i = end + 1;
                } else {
                    int end = i;
                    while (end < row.length() && row.charAt(end) != ' ' && row.charAt(end) != '\t') {
                        if (row.charAt(end) == '"') {
                            // a quoted value inside a token (when CTX01-01="SITUATIONAL TRIGGER") keeps its spaces
                            int close = row.indexOf('"', end + 1);
                            if (close < 0) {
                                throw new IllegalArgumentException(source + " line " + (n + 1) + ": unterminated quote");
                            }
                            end = close;
                        }
                        end++;
                    }
                    tokens.add(row.substring(i, end));
                    i = end;
                }
            }
            if (!tokens.isEmpty()) {
                if (indent % 2 != 0) {
                    throw new IllegalArgumentException(source + " line " + (n + 1) + ": indentation must be a multiple of two spaces");
                }
                out.add(new Line(n + 1, indent, tokens));
            }
        }
        return out;
    }
}
