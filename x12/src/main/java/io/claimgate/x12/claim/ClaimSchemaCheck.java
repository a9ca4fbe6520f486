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
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        List<ClaimIssue> issues = new ArrayList<>();
        if (!root.isObject()) {
            issues.add(ClaimIssue.error(Code.MALFORMED_JSON, "", "a claim must be a JSON object"));
            return issues;
        }
        billingPresent(root, issues);
        new Walk(kind, issues).node(root, SchemaKeys.ROOT, false);
        return issues;
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
                node(n.get(i), key, true);
                path.setLength(pathLength);
            }
        }

        private void scalar(JsonNode n, SchemaKeys key) {
            boolean text = n instanceof TextNode;
            String value = text ? n.textValue() : n.isNumber() && n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
            if (text && SchemaShapes.hasDelimiter(value)) {
                error(Code.DELIMITER_CHARACTER, path.toString(),
                        "must not contain the X12 delimiters ~ * : ^ or a line break");
            }
            if (n instanceof BooleanNode) {
                return;
            }
            if (key.generic != null && !SchemaShapes.matches(key.generic, value)) {
                error(Code.INVALID_FORMAT, path.toString(), "must be " + key.genericWhat);
            }
            Rule[] rules = key.rules(kind);
            for (int i = 0; i < rules.length; i++) {
                Rule r = rules[i];
                switch (r.type()) {
                    case CODES -> {
                        if (!key.hasCode(kind, i, value)) {
                            error(Code.INVALID_CODE, path.toString(), "not one of the allowed codes");
                        }
                    }
                    case PATTERN -> {
                        if (!SchemaShapes.matches(r.pattern(), value)) {
                            error(Code.INVALID_FORMAT, path.toString(), "must be " + r.patternName());
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
            return v == null || v instanceof NullNode || v instanceof TextNode t && t.textValue().isEmpty();
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
