package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.claimgate.x12.claim.ClaimIssue.Code;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, remembering which were read so that {@link #finish()} reports
 * the rest as unknown (a warning). Wrong JSON types become issues; malformed values (an amount that is not a number)
 * bind as null, because {@link ClaimSchemaCheck} reports them with the rule they break.
 */
final class JsonFields {
    private final JsonNode node;
    /** The object this one was read from (null for the document), so that the path is built only when needed. */
    private final JsonFields parent;
    /** The field of {@link #parent} holding this object, and its array indexes (-1: none). */
    private final String field;
    private final int index;
    private final int innerIndex;
    private String path;
    private final List<ClaimIssue> issues;
    private final ClaimKind kind;
    /** The values the schema check repaired (bound in place of the values sent), or null: none was. */
    private final Repairs repairs;
    /**
     * The object's fields by position: a {@link ClaimObjectNode}'s own, or a copy of any other object's (a
     * tree from another mapper), so that the fields read are marked by position in {@link #seen}.
     */
    private final ClaimObjectNode.Fields fields;
    /** Bit i: field i was read (or ignored). */
    private final long[] seen;

    private JsonFields(JsonNode node, JsonFields parent, String field, int index, int innerIndex, String path,
                       List<ClaimIssue> issues, ClaimKind kind, Repairs repairs) {
        this.node = node;
        this.parent = parent;
        this.field = field;
        this.index = index;
        this.innerIndex = innerIndex;
        this.path = path;
        this.issues = issues;
        this.kind = kind;
        this.repairs = repairs;
        this.fields = node instanceof ClaimObjectNode o ? o.fieldsByPosition() : ClaimObjectNode.Fields.copyOf(node);
        this.seen = new long[(fields.size() >>> 6) + 1];
    }

    /**
     * The fields of {@code node}, or null (with a WRONG_TYPE issue unless absent) when it is not an object;
     * the values in {@code repairs} (null: none) are read in place of the values sent.
     */
    static JsonFields of(JsonNode node, String path, List<ClaimIssue> issues, ClaimKind kind, Repairs repairs) {
        if (absentNode(node)) {
            return null;
        }
        if (!node.isObject()) {
            issues.add(ClaimIssue.error(Code.WRONG_TYPE, path, "expected an object, found " + describe(node)));
            return null;
        }
        return new JsonFields(node, null, null, -1, -1, path, issues, kind, repairs);
    }

    /** As {@link #of(JsonNode, String, List, ClaimKind)} for {@code node} read from field {@code name} of this object. */
    private JsonFields child(JsonNode child, String name, int i, int j) {
        if (absentNode(child)) {
            return null;
        }
        JsonFields f = new JsonFields(child, this, name, i, j, null, issues, kind, repairs);
        if (!child.isObject()) {
            issue(Code.WRONG_TYPE, f.path(), "expected an object, found " + describe(child));
            return null;
        }
        return f;
    }

    private static boolean absentNode(JsonNode node) {
        return node == null || node instanceof NullNode || node.isMissingNode();
    }

    /** This object's JSON path, e.g. {@code claimInformation.serviceLines[0]}. */
    private String path() {
        if (path == null) {
            String p = parent.path(field);
            if (index >= 0) {
                p = p + "[" + index + "]";
                if (innerIndex >= 0) {
                    p = p + "[" + innerIndex + "]";
                }
            }
            path = p;
        }
        return path;
    }

    ClaimKind kind() {
        return kind;
    }

    /** This object's own JSON path (of the object, not of a field in it). */
    String here() {
        return path();
    }

    String path(String name) {
        String p = path();
        return p.isEmpty() ? name : p + "." + name;
    }

    void issue(Code code, String fieldPath, String message) {
        issues.add(ClaimIssue.error(code, fieldPath, message));
    }

    void warn(Code code, String fieldPath, String message) {
        issues.add(ClaimIssue.warning(code, fieldPath, message));
    }

    List<ClaimIssue> issues() {
        return issues;
    }

    boolean has(String name) {
        JsonNode v = fields.get(name);
        return v != null && !(v instanceof NullNode);
    }

    /** The raw value of {@code name} without consuming it (null when absent or null). */
    JsonNode peek(String name) {
        JsonNode v = fields.get(name);
        return v == null || v instanceof NullNode ? null : v;
    }

    private JsonNode take(String name) {
        int i = fields.indexOf(name);
        if (i < 0) {
            return null;
        }
        seen[i >>> 6] |= 1L << i;
        JsonNode v = fields.value(i);
        // instanceof, not isNull(): that asks the node's type through a call that sees every node class.
        // "" and {} are absent too, as null is (ClaimSchemaCheck warns NORMALIZED).
        return v instanceof NullNode || v instanceof TextNode t && t.textValue().isEmpty()
                || v instanceof ObjectNode o && o.isEmpty() ? null : v;
    }

    /** A scalar as text: strings as they are, numbers and booleans by their JSON text. */
    String text(String name) {
        JsonNode v = take(name);
        if (v == null) {
            return null;
        }
        if (repairs != null && repairs.get(node, name) != null) {
            return repairs.get(node, name);
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber()) {
            return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        issue(Code.WRONG_TYPE, path(name), "expected a string, found " + describe(v));
        return null;
    }

    /** The first present of several spellings of one field; both present and different is an issue. */
    String text(String name, String alias) {
        boolean a = has(name);
        boolean b = has(alias);
        String first = text(name);
        String second = text(alias);
        if (a && b && first != null && !first.equals(second)) {
            issue(Code.CONFLICTING_FIELDS, path(alias), "differs from " + name + "; send one of them");
        }
        return first != null ? first : second;
    }

    /** A decimal (amount or quantity); null when absent or not a plain decimal number. */
    BigDecimal decimal(String name) {
        String t = text(name);
        if (t == null || !SchemaShapes.number(t)) {
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        // An amount sent as 45.500 is 45.50 (the schema check warns NORMALIZED); 45.505 stays (and is an error).
        if (d.scale() > 2 && name.endsWith("Amount") && SchemaShapes.zerosPastCents(t)) {
            d = d.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        return d;
    }

    Boolean bool(String name) {
        JsonNode v = take(name);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && ("true".equals(v.textValue()) || "false".equals(v.textValue()))) {
            return Boolean.valueOf(v.textValue());
        }
        issue(Code.WRONG_TYPE, path(name), "expected true or false, found " + describe(v));
        return null;
    }

    /** An array of scalars; a single scalar is taken as a one-element array. */
    List<String> texts(String name) {
        JsonNode v = take(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            if (v.isValueNode()) {
                String repaired = repairs == null ? null : repairs.get(node, name);
                out.add(repaired != null ? repaired : v.asText());
            } else {
                issue(Code.WRONG_TYPE, path(name), "expected an array of strings, found " + describe(v));
            }
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e instanceof NullNode) {
                continue;
            }
            if (e.isValueNode()) {
                String repaired = repairs == null ? null : repairs.get(v, i);
                out.add(repaired != null ? repaired
                        : e.isNumber() && e.isBigDecimal() ? e.decimalValue().toPlainString() : e.asText());
            } else {
                issue(Code.WRONG_TYPE, path(name) + "[" + i + "]", "expected a string, found " + describe(e));
            }
        }
        return out;
    }

    /** A child object bound by {@code binder}; null when absent or not an object. */
    <T> T object(String name, Function<JsonFields, T> binder) {
        JsonNode v = take(name);
        JsonFields f = child(v, name, -1, -1);
        if (f == null) {
            return null;
        }
        T t = binder.apply(f);
        f.finish();
        return t;
    }

    /**
     * An array of objects bound by {@code binder}. With {@code singleObjectAllowed} a lone object is
     * taken as a one-element array (the institutional forms of professional arrays). Arrays of arrays
     * (the institutional {@code ...List} fields) are flattened, keeping their paths.
     */
    <T> List<T> objects(String name, boolean singleObjectAllowed, Function<JsonFields, T> binder) {
        JsonNode v = take(name);
        List<T> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isObject() && singleObjectAllowed) {
            add(out, child(v, name, -1, -1), binder);
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e.isArray()) {
                    for (int j = 0; j < e.size(); j++) {
                        add(out, child(e.get(j), name, i, j), binder);
                    }
                } else {
                    add(out, child(e, name, i, -1), binder);
                }
            }
        } else {
            issue(Code.WRONG_TYPE, path(name), "expected an array, found " + describe(v));
        }
        return out;
    }

    private <T> void add(List<T> out, JsonFields f, Function<JsonFields, T> binder) {
        if (f != null) {
            T t = binder.apply(f);
            f.finish();
            if (t != null) {
                out.add(t);
            }
        }
    }

    /** Known fields carried nowhere (informational flags of the API); consumed without an issue. */
    void ignore(String... names) {
        for (String n : names) {
            take(n);
        }
    }

    /**
     * Fields of the CHC schema this gateway does not render into the 837: accepted with a FIELD_NOT_USED
     * warning when present (the stored JSON keeps them; the schema check still checks their values).
     */
    void notUsed(String... names) {
        for (String n : names) {
            if (take(n) != null) {
                warn(Code.FIELD_NOT_USED, path(n), "accepted and stored, but not sent to the payer: this gateway "
                        + "renders no 837 element for it");
            }
        }
    }

    /** True when this kind may carry {@code name}; otherwise a present field is reported and consumed. */
    boolean allowedFor(ClaimKind only, String name) {
        if (kind == only) {
            return true;
        }
        if (take(name) != null) {
            warn(Code.FIELD_NOT_FOR_KIND, path(name), "belongs to " + only.name().toLowerCase()
                    + " claims; left out of this claim");
        }
        return false;
    }

    /** {@link #text(String)} when this kind may carry the field, else null (and an issue when present). */
    String textFor(ClaimKind only, String name) {
        return allowedFor(only, name) ? text(name) : null;
    }

    /**
     * Reports every field that nothing read, as a warning: like the CHC/Stedi API, an unknown member does
     * not reject the claim (it is kept in the stored JSON and left out of the 837).
     */
    void finish() {
        for (int i = 0, n = fields.size(); i < n; i++) {
            if ((seen[i >>> 6] & 1L << i) == 0) {
                warn(Code.UNKNOWN_FIELD, path(fields.key(i)), "unknown field; ignored (check its spelling)");
            }
        }
    }

    static String describe(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return n.getNodeType().name().toLowerCase();
    }
}
