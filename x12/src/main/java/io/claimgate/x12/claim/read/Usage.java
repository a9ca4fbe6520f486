package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Reads element values for the mapping and remembers which ones it read, so that whatever the claim
 * model has no field for can be reported afterwards ({@link #reportUnread}) instead of being dropped
 * without a word. Also collects the issues of one claim's mapping.
 */
final class Usage {
    private static final int MAX_ELEMENTS = 64;

    // Per segment, per element: bit 0 = the whole element was read, bit c = component c was read.
    private final IdentityHashMap<Segment, long[]> read = new IdentityHashMap<>(64); // a claim's segments: no rehash
    private final List<X12Issue> issues = new ArrayList<>();

    List<X12Issue> issues() {
        return issues;
    }

    void issue(X12Issue issue) {
        issues.add(issue);
    }

    private long[] bits(Segment s) {
        return read.computeIfAbsent(s, k -> new long[Math.min(MAX_ELEMENTS, Math.max(1, k.size())) + 1]);
    }

    /** Marks elements as read (qualifiers and other structure that decide where a value goes). */
    void mark(Segment s, int... elements) {
        long[] b = bits(s);
        for (int e : elements) {
            if (e < b.length) {
                b[e] |= 1L;
            }
        }
    }

    /** Marks the segment as read as a whole (the segment id, no element). */
    void touch(Segment s) {
        bits(s);
    }

    /** Element {@code e}, or null when absent or empty. */
    String text(Segment s, int e) {
        mark(s, e);
        String v = s.element(e);
        return v.isEmpty() ? null : v;
    }

    /** Component {@code c} of element {@code e}, or null when absent or empty. */
    String component(Segment s, int e, int c) {
        long[] b = bits(s);
        if (e < b.length && c < 64) {
            b[e] |= 1L << c;
        }
        String v = s.component(e, c);
        return v.isEmpty() ? null : v;
    }

    /** Element {@code e} as an amount or quantity (X12 R), or null when absent; a bad number is an issue. */
    BigDecimal decimal(Segment s, int e, String loopId) {
        String v = text(s, e);
        return toDecimal(v, s.position(e), loopId);
    }

    /**
     * AMT02 of the first AMT in loop {@code n} whose AMT01 qualifier is {@code qualifier} (2300 F3/F5, 2320 D/A8/EAF,
     * 2400 T/F4/GT/N8, 2430 EAF), or null when the loop has none; a bad number is an issue.
     */
    BigDecimal amount(LoopNode n, String qualifier) {
        Segment amt = n.first("AMT", qualifier);
        if (amt == null) {
            return null;
        }
        mark(amt, 1);
        return decimal(amt, 2, n.loop().id());
    }

    /** Component {@code c} of element {@code e} as a decimal, or null when absent. */
    BigDecimal decimal(Segment s, int e, int c, String loopId) {
        String v = component(s, e, c);
        return toDecimal(v, s.position(e).atComponent(c), loopId);
    }

    private BigDecimal toDecimal(String v, Position at, String loopId) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            issues.add(new X12Issue(X12Error.INVALID_CHARACTER, X12Issue.Severity.ERROR, at,
                    at.reference() + " is not a number", v, loopId, ""));
            return null;
        }
    }

    /** A problem with a value that was read (wrong qualifier, duplicate occurrence, ...). */
    void problem(Segment s, int element, X12Error error, String message, String loopId) {
        issues.add(new X12Issue(error, X12Issue.Severity.ERROR, element == 0 ? s.position() : s.position(element),
                message, "", loopId, ""));
    }

    /**
     * Reports, as warnings, every segment of {@code node} (and the loops inside it) that was not read at
     * all, and every non-empty element or component of a read segment that was not.
     */
    void reportUnread(LoopNode node) {
        if (node == null) {
            return;
        }
        String loopId = node.loop().id();
        for (Segment s : node.segments()) {
            long[] b = read.get(s);
            if (b == null) {
                issues.add(new X12Issue(X12Error.SEGMENT_NOT_USED, X12Issue.Severity.WARNING, s.position(),
                        "Not read: the claim model has no field for this " + s.id() + " segment", "", loopId, ""));
                continue;
            }
            for (int e = 1; e <= s.size(); e++) {
                if (!s.has(e) || (e < b.length && (b[e] & 1L) != 0)) {
                    continue;
                }
                int components = s.componentCount(e, 1);
                long got = e < b.length ? b[e] : 0;
                if (components <= 1 && got == 0) {
                    unread(s.position(e), loopId);
                    continue;
                }
                for (int c = 1; c <= components; c++) {
                    if ((c >= 64 || (got & (1L << c)) == 0) && !s.component(e, c).isEmpty()) {
                        unread(s.position(e).atComponent(c), loopId);
                    }
                }
                if (s.repetitionCount(e) > 1) {
                    issues.add(new X12Issue(X12Error.ELEMENT_NOT_USED, X12Issue.Severity.WARNING, s.position(e).atRepetition(2),
                            "Not read: repetitions after the first of " + s.position(e).reference(), "", loopId, ""));
                }
            }
        }
        for (LoopNode child : node.children()) {
            reportUnread(child);
        }
    }

    private void unread(Position at, String loopId) {
        issues.add(new X12Issue(X12Error.ELEMENT_NOT_USED, X12Issue.Severity.WARNING, at,
                "Not read: the claim model has no field for " + at.reference(), "", loopId, ""));
    }
}
