package io.claimgate.x12.validate;

import io.claimgate.x12.codes.Formats;
import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * Checks the elements of one placed segment against its guide definition (WEDI SNIP levels 1 and 2):
 * presence by usage, counts of elements, components and repetitions, length, data type, codes,
 * dates and times, named format checks and the X12 syntax notes.
 */
final class SegmentChecker {
    private SegmentChecker() {
    }

    static void check(Segment s, GuideSegment def, String loopId, IssueSink sink) {
        List<GuideElement> defs = def.elements();
        int n = s.size();
        if (n > 0 && s.length(n) == 0) {
            sink.add(X12Issue.error(X12Error.TOO_MANY_ELEMENTS, s.position(n),
                    s.id() + " ends with empty elements (trailing element separators)").in(loopId, ""));
        }
        if (n > defs.size()) {
            boolean extraData = false;
            for (int i = defs.size() + 1; i <= n; i++) {
                extraData |= s.has(i);
            }
            if (extraData) {
                sink.add(X12Issue.error(X12Error.TOO_MANY_ELEMENTS, s.position(defs.size() + 1),
                        s.id() + " has " + n + " elements; the guide defines " + defs.size()).in(loopId, ""));
            }
        }
        for (GuideElement e : defs) {
            element(s, e, loopId, sink);
        }
        dateQualifiers(s, defs, loopId, sink);
        for (SyntaxRule r : def.rules()) {
            rule(s, r, defs, loopId, sink);
        }
    }

    private static void element(Segment s, GuideElement e, String loopId, IssueSink sink) {
        int i = e.position();
        Position at = s.position(i);
        if (!s.has(i)) {
            if (e.usage() == Usage.REQUIRED) {
                sink.add(issue(X12Error.REQUIRED_ELEMENT_MISSING, at, loopId, e, "Required element " + e.ref() + " " + e.name() + " missing", ""));
            }
            return;
        }
        if (e.usage() == Usage.NOT_USED) {
            sink.add(issue(X12Error.ELEMENT_NOT_USED, at, loopId, e, e.ref() + " is not used in this guide", s.element(i)));
            return;
        }
        int reps = s.repetitionCount(i);
        if (reps > e.repeat()) {
            sink.add(issue(X12Error.TOO_MANY_REPETITIONS, at.atRepetition(e.repeat() + 1), loopId, e,
                    e.ref() + " repeats " + reps + " times; at most " + e.repeat() + " allowed", ""));
        }
        for (int r = 1; r <= Math.min(reps, e.repeat()); r++) {
            Position rp = reps > 1 ? at.atRepetition(r) : at;
            int comps = s.componentCount(i, r);
            if (e.composite()) {
                if (comps > e.components().size()) {
                    sink.add(issue(X12Error.TOO_MANY_COMPONENTS, rp.atComponent(e.components().size() + 1), loopId, e,
                            e.ref() + " has " + comps + " components; the guide defines " + e.components().size(), ""));
                }
                for (GuideElement c : e.components()) {
                    String v = s.component(i, r, c.component());
                    Position cp = rp.atComponent(c.component());
                    if (v.isEmpty()) {
                        if (c.usage() == Usage.REQUIRED) {
                            sink.add(issue(X12Error.REQUIRED_ELEMENT_MISSING, cp, loopId, c, "Required component " + c.ref() + " " + c.name() + " missing", ""));
                        }
                    } else if (c.usage() == Usage.NOT_USED) {
                        sink.add(issue(X12Error.ELEMENT_NOT_USED, cp, loopId, c, c.ref() + " is not used in this guide", v));
                    } else {
                        value(v, c, cp, loopId, sink);
                    }
                }
            } else if (comps > 1) {
                sink.add(issue(X12Error.TOO_MANY_COMPONENTS, rp.atComponent(2), loopId, e,
                        e.ref() + " is a simple element but holds a component separator", ""));
            } else {
                value(reps > 1 ? s.repetition(i, r) : s.element(i), e, rp, loopId, sink);
            }
        }
    }

    /** Checks one simple value: type, length, code list and named format. */
    static void value(String v, GuideElement e, Position at, String loopId, IssueSink sink) {
        String type = e.type();
        int length = v.length();
        boolean typeOk = true;
        switch (type) {
            case "R" -> {
                typeOk = isDecimal(v);
                length = significant(v);
            }
            case "N0", "N1", "N2", "N3", "N4" -> {
                typeOk = isInteger(v);
                length = significant(v);
            }
            case "DT" -> {
                if (!(v.length() == 8 ? Dates.isCcyyMmDd(v) : v.length() == 6 && Dates.isYyMmDd(v))) {
                    sink.add(issue(X12Error.INVALID_DATE, at, loopId, e, e.ref() + " is not a valid date", v));
                    return;
                }
            }
            case "TM" -> {
                if (!Dates.isTime(v)) {
                    sink.add(issue(X12Error.INVALID_TIME, at, loopId, e, e.ref() + " is not a valid time", v));
                    return;
                }
            }
            default -> typeOk = printable(v);
        }
        if (!typeOk) {
            sink.add(issue(X12Error.INVALID_CHARACTER, at, loopId, e, e.ref() + " has characters its type " + type + " does not allow", v));
            return;
        }
        if (e.minLength() > 0 && length < e.minLength()) {
            sink.add(issue(X12Error.ELEMENT_TOO_SHORT, at, loopId, e,
                    e.ref() + " is shorter than " + e.minLength() + " characters", v));
        } else if (e.maxLength() > 0 && length > e.maxLength()) {
            sink.add(issue(X12Error.ELEMENT_TOO_LONG, at, loopId, e,
                    e.ref() + " is longer than " + e.maxLength() + " characters", v));
        }
        if (!e.codes().isEmpty() && !e.codes().contains(v)) {
            sink.add(issue(X12Error.INVALID_CODE, at, loopId, e, e.ref() + " holds a code the guide does not allow here", v));
        } else if (!e.format().isEmpty() && !Formats.valid(e.format(), v)) {
            sink.add(issue(X12Error.PATTERN_MISMATCH, at, loopId, e, e.ref() + " fails the " + e.format() + " format check", v));
        }
    }

    /** A date-time period (1251) must have the form its format qualifier (1250) names: D8 or RD8. */
    private static void dateQualifiers(Segment s, List<GuideElement> defs, String loopId, IssueSink sink) {
        for (int k = 0; k + 1 < defs.size(); k++) {
            GuideElement q = defs.get(k);
            GuideElement d = defs.get(k + 1);
            if (!q.dataElement().equals("1250") || !d.dataElement().equals("1251") || d.usage() == Usage.NOT_USED) {
                continue;
            }
            String v = s.element(k + 2);
            if (v.isEmpty()) {
                continue;
            }
            boolean ok = switch (s.element(k + 1)) {
                case "D8" -> Dates.isCcyyMmDd(v);
                case "RD8" -> {
                    int dash = v.indexOf('-');
                    yield dash == 8 && v.length() == 17 && Dates.isCcyyMmDd(v.substring(0, 8)) && Dates.isCcyyMmDd(v.substring(9))
                            && v.substring(0, 8).compareTo(v.substring(9)) <= 0;
                }
                default -> true;
            };
            if (!ok) {
                sink.add(issue(X12Error.INVALID_DATE, s.position(k + 2), loopId, d,
                        d.ref() + " is not a valid date in the format " + s.element(k + 1) + " names", v));
            }
        }
    }

    private static void rule(Segment s, SyntaxRule r, List<GuideElement> defs, String loopId, IssueSink sink) {
        int present = 0;
        for (int k = 0; k < r.count(); k++) {
            if (s.has(r.at(k))) {
                present++;
            }
        }
        switch (r.kind()) {
            case 'P' -> {
                if (present > 0 && present < r.count()) {
                    for (int k = 0; k < r.count(); k++) {
                        if (!s.has(r.at(k))) {
                            conditional(s, r, defs.get(r.at(k) - 1), loopId, sink);
                        }
                    }
                }
            }
            case 'R' -> {
                if (present == 0) {
                    conditional(s, r, defs.get(r.at(0) - 1), loopId, sink);
                }
            }
            case 'C' -> {
                if (s.has(r.at(0))) {
                    for (int k = 1; k < r.count(); k++) {
                        if (!s.has(r.at(k))) {
                            conditional(s, r, defs.get(r.at(k) - 1), loopId, sink);
                        }
                    }
                }
            }
            case 'E' -> {
                if (present > 1) {
                    GuideElement e = defs.get(r.at(r.count() - 1) - 1);
                    for (int k = r.count() - 1; k >= 0; k--) {
                        if (s.has(r.at(k))) {
                            e = defs.get(r.at(k) - 1);
                            break;
                        }
                    }
                    sink.add(issue(X12Error.EXCLUSION_VIOLATED, s.position(e.position()), loopId, e,
                            "Syntax rule " + r + ": only one of these elements may be present", ""));
                }
            }
            case 'L' -> {
                if (s.has(r.at(0)) && present == 1) {
                    conditional(s, r, defs.get(r.at(1) - 1), loopId, sink);
                }
            }
            default -> throw new IllegalStateException("rule " + r);
        }
    }

    private static void conditional(Segment s, SyntaxRule r, GuideElement e, String loopId, IssueSink sink) {
        sink.add(issue(X12Error.CONDITIONAL_ELEMENT_MISSING, s.position(e.position()), loopId, e,
                "Syntax rule " + r + ": " + e.ref() + " is required here", ""));
    }

    private static X12Issue issue(X12Error error, Position at, String loopId, GuideElement e, String message, String bad) {
        return X12Issue.error(error, at, message, bad).in(loopId, e.dataElement());
    }

    static boolean isInteger(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        if (i == v.length()) {
            return false;
        }
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** Length of a numeric value as X12 counts it: sign and decimal point excluded. */
    private static int significant(String v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) != '-' && v.charAt(i) != '.') {
                n++;
            }
        }
        return n;
    }

    private static boolean printable(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < 0x20 || v.charAt(i) == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
