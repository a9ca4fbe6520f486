package io.claimgate.x12.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Which claim JSON field each X12 element of one segment came from, relative to the JSON object the segment
 * is written from. Consulted only when a value is refused, to name the field in a {@link RenderIssue}; the
 * one-pair form is cheap enough to make per segment.
 */
final class Fields {
    static final Fields NONE = new Fields(Map.of(), null, null, null);

    private final Map<String, String> byRef;
    private final Fields parent;
    private final String ref;
    private final String name;

    private Fields(Map<String, String> byRef, Fields parent, String ref, String name) {
        this.byRef = byRef;
        this.parent = parent;
        this.ref = ref;
        this.name = name;
    }

    /** Pairs of X12 reference ({@code NM103}, or {@code SV101-02} for one component) and JSON field name. */
    static Fields of(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of X12 reference and field name");
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return new Fields(Map.copyOf(m), null, null, null);
    }

    /** One X12 reference and its JSON field name. */
    static Fields one(String x12Ref, String fieldName) {
        return new Fields(Map.of(), null, x12Ref, fieldName);
    }

    /** These fields, with {@code x12Ref} coming from {@code fieldName} instead. */
    Fields with(String x12Ref, String fieldName) {
        return new Fields(Map.of(), this, x12Ref, fieldName);
    }

    private String lookup(String x12Ref) {
        if (x12Ref.equals(ref)) {
            return name;
        }
        String n = byRef.get(x12Ref);
        if (n == null && parent != null) {
            n = parent.lookup(x12Ref);
        }
        return n;
    }

    /** The JSON path of the value behind {@code x12Ref} ({@code SV101-02} falls back to {@code SV101}). */
    String path(String base, String x12Ref) {
        String n = lookup(x12Ref);
        if (n == null) {
            int dash = x12Ref.indexOf('-');
            if (dash > 0) {
                n = lookup(x12Ref.substring(0, dash));
            }
        }
        if (n == null || n.isEmpty()) {
            return base;
        }
        return base.isEmpty() ? n : base + "." + n;
    }
}
