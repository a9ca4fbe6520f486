package io.claimgate.x12.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds X12 text for reader tests: a well-formed 106-character ISA and segments joined by chosen delimiters. */
final class X12Text {
    private final char element;
    private final char component;
    private final String isa11;
    private final char terminator;
    private final String between;
    private final StringBuilder out = new StringBuilder();

    private X12Text(char element, char component, String isa11, char terminator, String between) {
        this.element = element;
        this.component = component;
        this.isa11 = isa11;
        this.terminator = terminator;
        this.between = between;
    }

    /** {@code * : ^ ~}, no line breaks. */
    static X12Text standard() {
        return new X12Text('*', ':', "^", '~', "");
    }

    /** Any delimiters; {@code isa11} is the repetition separator, or {@code U} for none (00401 style). */
    static X12Text with(char element, char component, String isa11, char terminator, String between) {
        return new X12Text(element, component, isa11, terminator, between);
    }

    /** Appends an ISA with control number {@code control} (9 digits). */
    X12Text isa(String control) {
        String version = isa11.equals("U") ? "00401" : "00501";
        return seg("ISA", "00", "          ", "00", "          ", "ZZ", "SENDER         ", "ZZ", "RECEIVER       ",
                "240101", "1200", isa11, version, control, "0", "T", String.valueOf(component));
    }

    /** Appends a segment; {@code ':'} in values is replaced by this text's component separator. */
    X12Text seg(String id, String... elements) {
        out.append(id);
        for (String e : elements) {
            out.append(element).append(e);
        }
        out.append(terminator).append(between);
        return this;
    }

    /** ISA, GS, ST, {@code body}, SE, GE, IEA with correct counts. */
    X12Text interchange(String control, List<String[]> body) {
        isa(control).seg("GS", "HC", "S", "R", "20240101", "1200", "1", "X", "005010X222A1");
        transaction("0001", body);
        return seg("GE", "1", "1").seg("IEA", "1", control);
    }

    /** ST, {@code body} (each array: id then elements), SE with the right count. */
    X12Text transaction(String control, List<String[]> body) {
        seg("ST", "837", control, "005010X222A1");
        for (String[] s : body) {
            String[] elements = new String[s.length - 1];
            System.arraycopy(s, 1, elements, 0, elements.length);
            seg(s[0], elements);
        }
        return seg("SE", Integer.toString(body.size() + 2), control);
    }

    X12Text raw(String text) {
        out.append(text);
        return this;
    }

    static List<String[]> body(String[]... segments) {
        return new ArrayList<>(List.of(segments));
    }

    String text() {
        return out.toString();
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }
}
