package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.claim.SchemaRules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structural checks that come straight from the CHC/Stedi claim schemas, run over the JSON tree so
 * that every issue carries the exact field path: required fields, code lists, patterns (dates CCYYMMDD,
 * amounts {@code ^\d+(\.\d{1,2})?$}, NPI 10 digits, ...), lengths, array sizes, and X12 delimiter
 * characters ({@code ~ * : ^} and line breaks) in any string value.
 *
 * <p>Not here: cross-field business rules (charge totals, diagnosis pointers, NPI check digits, code-set
 * membership); those belong to claim validation.
 */
public final class ClaimSchemaCheck {
    private ClaimSchemaCheck() {
    }

    /** Every structural issue of {@code root} read as a claim of {@code kind}. */
    public static List<ClaimIssue> check(ClaimKind kind, JsonNode root) {
        List<ClaimIssue> issues = new ArrayList<>();
        check(kind, root, issues);
        return issues;
    }

    /**
     * Adds every structural issue of {@code root} to {@code issues}; returns the values repaired with a
     * NORMALIZED warning ({@link Repairs}), for the binder to bind in place of the values sent, or null when
     * none was (the usual case).
     */
    static Repairs check(ClaimKind kind, JsonNode root, List<ClaimIssue> issues) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        if (!root.isObject()) {
            issues.add(ClaimIssue.error(Code.MALFORMED_JSON, "", "a claim must be a JSON object"));
            return null;
        }
        billingPresent(root, issues);
        Walk walk = new Walk(kind, issues);
        walk.node(root, SchemaKeys.ROOT, false);
        return walk.repairs;
    }

    /** 2010AA is mandatory: either {@code billing} or a {@code providers[]} entry of type BillingProvider. */
    private static void billingPresent(JsonNode root, List<ClaimIssue> issues) {
        JsonNode billing = root.get("billing");
        if (billing != null && !(billing instanceof NullNode)) {
            return;
        }
        JsonNode providers = root.get("providers");
        if (providers != null && providers.isArray()) {
            for (JsonNode p : providers) {
                if (p.isObject() && "BillingProvider".equals(p.path("providerType").asText())) {
                    return;
                }
            }
        }
        issues.add(ClaimIssue.error(Code.MISSING_REQUIRED, "billing",
                "required (or a providers[] entry with providerType BillingProvider)"));
    }

    /**
     * One pass over the tree. The JSON path (for issues) is kept in a buffer that grows and shrinks with the
     * walk, so that no String is built for a field without an issue; the rules of each field come from its
     * {@link SchemaKeys} (the path without array indexes).
     */
    private static final class Walk {
        private final ClaimKind kind;
        private final List<ClaimIssue> issues;
        private final StringBuilder path = new StringBuilder(128);
        /** The object or array holding the value being walked, and its field name (or index when null). */
        private JsonNode container;
        private String fieldName;
        private int fieldIndex;
        /** The values repaired so far; null while none is. */
        Repairs repairs;

        Walk(ClaimKind kind, List<ClaimIssue> issues) {
            this.kind = kind;
            this.issues = issues;
        }

        void node(JsonNode n, SchemaKeys key, boolean nested) {
            // instanceof rather than isObject()/isArray()/isNull(): each of those asks the node's type through a
            // call that sees every node class, for every field of every claim.
            if (n instanceof ObjectNode) {
                object(n, key);
            } else if (n instanceof ArrayNode) {
                array(n, key, nested);
            } else if (!(n instanceof NullNode)) {
                scalar(n, key);
            }
        }

        private void object(JsonNode n, SchemaKeys key) {
            if (n.isEmpty() && fieldName != null) {
                // "dependent": {} from a client that writes every block of its model: absent, as "" is.
                emptyValue();
                return;
            }
            for (Rule r : key.rules(kind)) {
                if (r.type() == SchemaRules.Type.REQUIRED) {
                    for (String f : r.names()) {
                        if (absent(n.get(f))) {
                            error(Code.MISSING_REQUIRED, join(path.toString(), f), "required");
                        }
                    }
                } else if (r.type() == SchemaRules.Type.ONE_OF_REQUIRED && allAbsent(n, r.names())) {
                    error(Code.MISSING_REQUIRED, join(path.toString(), r.names().get(0)),
                            "required: one of " + String.join(", ", r.names()));
                }
            }
            ClaimObjectNode.Fields fields = ClaimObjectNode.Fields.copyOf(n);
            for (int i = 0, size = fields.size(); i < size; i++) {
                String field = fields.key(i);
                int pathLength = path.length();
                if (pathLength > 0) {
                    path.append('.');
                }
                path.append(field);
                container = n;
                fieldName = field;
                node(fields.value(i), key.child(field), false);
                path.setLength(pathLength);
            }
        }

        private void array(JsonNode n, SchemaKeys key, boolean nested) {
            if (nested) {
                // Inner arrays of the institutional ...List fields: one HI segment, 12 composites.
                if (n.size() > 12) {
                    error(Code.TOO_MANY, path.toString(), "at most 12 entries");
                }
            } else {
                for (Rule r : key.rules(kind)) {
                    if (r.type() == SchemaRules.Type.MAX_ITEMS && n.size() > r.max()) {
                        error(Code.TOO_MANY, path.toString(), "at most " + r.max() + " entries");
                    }
                }
            }
            int pathLength = path.length();
            for (int i = 0; i < n.size(); i++) {
                path.append('[').append(i).append(']');
                container = n;
                fieldName = null;
                fieldIndex = i;
                node(n.get(i), key, true);
                path.setLength(pathLength);
            }
        }

        /**
         * The checks of one value. A value that fails one is repaired when its meaning is not in doubt
         * ({@link Repairs}: an ISO date, a code in lower case; a NORMALIZED warning, and the repaired value
         * is checked by the rules after and bound), else reported.
         */
        private void scalar(JsonNode n, SchemaKeys key) {
            boolean text = n instanceof TextNode;
            String value = text ? n.textValue() : n.isNumber() && n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
            if (text && value.isEmpty() && fieldName != null) {
                emptyValue();
                return;
            }
            if (text && SchemaShapes.hasDelimiter(value)) {
                value = delimiterFound(key, value);
            }
            if (n instanceof BooleanNode) {
                return;
            }
            if (key.generic != null && !SchemaShapes.matches(key.generic, value)) {
                value = genericFailed(n, key, value);
            }
            Rule[] rules = key.rules(kind);
            for (int i = 0; i < rules.length; i++) {
                Rule r = rules[i];
                switch (r.type()) {
                    case CODES -> {
                        if (!key.hasCode(kind, i, value)) {
                            value = codeFailed(n, key, i, value);
                        }
                    }
                    case PATTERN -> {
                        if (!SchemaShapes.matches(r.pattern(), value)) {
                            value = patternFailed(n, r, value);
                        }
                    }
                    case LENGTH -> {
                        if (value.length() > r.max()) {
                            error(Code.TOO_LONG, path.toString(), "at most " + r.max() + " characters");
                        } else if (value.length() < r.min()) {
                            error(Code.TOO_SHORT, path.toString(), "at least " + r.min() + " characters");
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        // The failure paths, out of scalar() so that the check of a value sent right stays as small as it was.

        /**
         * A field sent as "" or {} (a client that writes every field of its model, unset ones empty, as Go structs
         * without omitempty and form-backed clients do): taken as absent, as null is, with a NORMALIZED warning
         * ({@link JsonFields} binds it so); a required field so sent is reported missing by its object.
         * An empty entry of a list (a modifier slot) is not this: it stays where it is.
         */
        private void emptyValue() {
            issues.add(ClaimIssue.warning(Code.NORMALIZED, path.toString(), "an empty value; taken as absent"));
        }

        /** A delimiter in the value: an error, unless a date and hour or an hour written with a colon. */
        private String delimiterFound(SchemaKeys key, String value) {
            String fixed = timeRepair(key, value);
            if (fixed != null) {
                return repaired(fixed,
                        "a date and time or an hour written with - and :; sent as CCYYMMDDHHMM / HHMM");
            }
            error(Code.DELIMITER_CHARACTER, path.toString(),
                    "must not contain the X12 delimiters ~ * : ^ or a line break");
            return value;
        }

        /** A value that fails its field's rule by name (dates, amounts, quantities). */
        private String genericFailed(JsonNode n, SchemaKeys key, String value) {
            String fixed;
            if (key.generic == SchemaRules.AMOUNT && SchemaShapes.zerosPastCents(value)) {
                // 45.500: the digits past the second decimal are zeros (a repair, as Stedi's): sent as 45.50
                issues.add(ClaimIssue.warning(Code.NORMALIZED, path.toString(),
                        "more than 2 decimals, all zeros past the second; sent with 2 decimals"));
            } else if (key.generic == SchemaRules.DATE && n.isTextual() && (fixed = Repairs.isoDate(value)) != null) {
                return repaired(fixed, "a date written CCYY-MM-DD; sent as CCYYMMDD");
            } else {
                error(Code.INVALID_FORMAT, path.toString(), "must be " + key.genericWhat);
            }
            return value;
        }

        /**
         * A value outside code list {@code i}: repaired when its upper case is in it, or when a one-digit number
         * with its leading zero is, else an error.
         */
        private String codeFailed(JsonNode n, SchemaKeys key, int i, String value) {
            String code = n.isTextual() ? Repairs.code(value) : null;
            if (code != null && key.hasCode(kind, i, code)) {
                return repaired(code, "a code in lower case or with spaces around it; sent as the code");
            }
            String padded = n.isTextual() ? null : Repairs.zeroPadded(n);
            if (padded != null && key.hasCode(kind, i, padded)) {
                return repaired(padded, "a code sent as a number, without its leading zero; sent as the code");
            }
            error(Code.INVALID_CODE, path.toString(), "not one of the allowed codes");
            return value;
        }

        /** A value that does not match its pattern: repaired when an ISO date where a date is meant, else an error. */
        private String patternFailed(JsonNode n, Rule r, String value) {
            String fixed = n.isTextual() ? patternRepair(r, value) : null;
            if (fixed != null) {
                return repaired(fixed, r.pattern().pattern().equals(SchemaShapes.POINTER)
                        ? "a diagnosis pointer as the CMS-1500 letter (A to L); sent as its number 1 to 12"
                        : "a date written CCYY-MM-DD; sent as CCYYMMDD");
            }
            error(Code.INVALID_FORMAT, path.toString(), "must be " + r.patternName());
            return value;
        }

        /** Records {@code fixed} as the value to bind for the field being walked, with a NORMALIZED warning. */
        private String repaired(String fixed, String message) {
            issues.add(ClaimIssue.warning(Code.NORMALIZED, path.toString(), message));
            if (repairs == null) {
                repairs = new Repairs();
            }
            repairs.put(container, fieldName != null ? fieldName : Integer.valueOf(fieldIndex), fixed);
            return fixed;
        }

        /** A date and hour ({@code 2024-08-26T14:30}) or an hour ({@code 14:30}) whose colon is not a delimiter. */
        private String timeRepair(SchemaKeys key, String value) {
            for (Rule r : key.rules(kind)) {
                if (r.type() == SchemaRules.Type.PATTERN) {
                    String source = r.pattern().pattern();
                    if (source.equals(SchemaShapes.DATE_AND_HOUR)) {
                        return Repairs.isoDateAndHour(value);
                    }
                    if (source.equals(SchemaShapes.HHMM)) {
                        return Repairs.hourWithColon(value);
                    }
                }
            }
            return null;
        }

        /**
         * The ISO form of a date in a field with a date pattern (date and hour, date or span), or the number of
         * a diagnosis pointer sent as its CMS-1500 letter; else null.
         */
        private static String patternRepair(Rule r, String value) {
            String source = r.pattern().pattern();
            if (source.equals(SchemaShapes.DATE_AND_HOUR)) {
                return Repairs.isoDateAndHour(value);
            }
            if (source.equals(SchemaShapes.POINTER)) {
                return Repairs.letterPointer(value);
            }
            return source.equals(SchemaShapes.DATE_OR_SPAN) ? Repairs.isoDate(value) : null;
        }

        private void error(Code code, String at, String message) {
            issues.add(ClaimIssue.error(code, at, message));
        }

        private static boolean allAbsent(JsonNode n, List<String> names) {
            for (String f : names) {
                if (!absent(n.get(f))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean absent(JsonNode v) {
            return v == null || v instanceof NullNode || v instanceof TextNode t && t.textValue().isEmpty()
                    || v instanceof ObjectNode o && o.isEmpty();
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
