package io.claimgate.x12.render;

/**
 * Which claim JSON field each X12 element of one segment came from, relative to the JSON object the segment
 * is written from. Consulted only when a value is refused, to name the field in a {@link RenderIssue}; the
 * pairs are only searched then, so making them per segment costs an array.
 */
final class Fields {
    static final Fields NONE = new Fields(new String[0], null, null, null);

    /** X12 reference, field name, X12 reference, field name, ... (searched only when a value is refused). */
    private final String[] pairs;
    private final Fields parent;
    private final String ref;
    private final String name;

    private Fields(String[] pairs, Fields parent, String ref, String name) {
        this.pairs = pairs;
        this.parent = parent;
        this.ref = ref;
        this.name = name;
    }

    /** Pairs of X12 reference ({@code NM103}, or {@code SV101-02} for one component) and JSON field name. */
    static Fields of(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of X12 reference and field name");
        }
        return new Fields(pairs, null, null, null);
    }

    /** One X12 reference and its JSON field name. */
    static Fields one(String x12Ref, String fieldName) {
        return new Fields(NONE.pairs, null, x12Ref, fieldName);
    }

    /** These fields, with {@code x12Ref} coming from {@code fieldName} instead. */
    Fields with(String x12Ref, String fieldName) {
        return new Fields(NONE.pairs, this, x12Ref, fieldName);
    }

    private String lookup(String x12Ref) {
        if (x12Ref.equals(ref)) {
            return name;
        }
        String n = null;
        for (int i = 0; i + 1 < pairs.length && n == null; i += 2) {
            if (pairs[i].equals(x12Ref)) {
                n = pairs[i + 1];
            }
        }
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
