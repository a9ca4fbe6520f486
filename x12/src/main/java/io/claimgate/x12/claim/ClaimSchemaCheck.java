package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.claim.SchemaRules.Rule;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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
        new Walk(kind, issues).node(root, "", false);
        return issues;
    }

    /** 2010AA is mandatory: either {@code billing} or a {@code providers[]} entry of type BillingProvider. */
    private static void billingPresent(JsonNode root, List<ClaimIssue> issues) {
        JsonNode billing = root.get("billing");
        if (billing != null && !billing.isNull()) {
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
     * One pass over the tree. The JSON path (for issues) and the rule key (the path without array indexes,
     * matched against rule suffixes) are kept in two buffers that grow and shrink with the walk, so that no
     * String is built for a field without an issue.
     */
    private static final class Walk {
        private final ClaimKind kind;
        private final int kindBit;
        private final List<ClaimIssue> issues;
        private final StringBuilder path = new StringBuilder(128);
        private final Key key = new Key();

        Walk(ClaimKind kind, List<ClaimIssue> issues) {
            this.kind = kind;
            this.kindBit = kind == ClaimKind.PROFESSIONAL ? SchemaRules.PROF : SchemaRules.INST;
            this.issues = issues;
        }

        void node(JsonNode n, String name, boolean nested) {
            if (n.isObject()) {
                object(n, name);
            } else if (n.isArray()) {
                array(n, name, nested);
            } else if (!n.isNull()) {
                scalar(n, name);
            }
        }

        private void object(JsonNode n, String name) {
            for (Rule r : SchemaRules.CHC.rules(name)) {
                if (!applies(r, name)) {
                    continue;
                }
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
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String field = e.getKey();
                int pathLength = path.length();
                int keyLength = key.length;
                append(path, field);
                key.append(field);
                node(e.getValue(), field, false);
                path.setLength(pathLength);
                key.length = keyLength;
            }
        }

        private void array(JsonNode n, String name, boolean nested) {
            if (nested) {
                // Inner arrays of the institutional ...List fields: one HI segment, 12 composites.
                if (n.size() > 12) {
                    error(Code.TOO_MANY, path.toString(), "at most 12 entries");
                }
            } else {
                for (Rule r : SchemaRules.CHC.rules(name)) {
                    if (r.type() == SchemaRules.Type.MAX_ITEMS && n.size() > r.max() && applies(r, name)) {
                        error(Code.TOO_MANY, path.toString(), "at most " + r.max() + " entries");
                    }
                }
            }
            int pathLength = path.length();
            for (int i = 0; i < n.size(); i++) {
                path.append('[').append(i).append(']');
                node(n.get(i), name, true);
                path.setLength(pathLength);
            }
        }

        private void scalar(JsonNode n, String name) {
            String value = n.isNumber() && n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
            if (n.isTextual() && SchemaShapes.hasDelimiter(value)) {
                error(Code.DELIMITER_CHARACTER, path.toString(),
                        "must not contain the X12 delimiters ~ * : ^ or a line break");
            }
            if (n.isBoolean()) {
                return;
            }
            generic(value, name);
            for (Rule r : SchemaRules.CHC.rules(name)) {
                if (!applies(r, name)) {
                    continue;
                }
                switch (r.type()) {
                    case CODES -> {
                        if (!r.codes().contains(value)) {
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

        /** Rules by field name that hold in both schemas: dates, amounts, quantities. */
        private void generic(String value, String name) {
            Pattern p = null;
            String what = null;
            if ((name.endsWith("Date") || name.endsWith("DateEnd") || name.equals("dateOfBirth"))
                    && !name.equals("occurrenceSpanCodeDate")) {
                p = SchemaRules.DATE;
                what = "a date CCYYMMDD";
            } else if (name.equals("adjustmentAmount")) {
                p = SchemaRules.SIGNED_AMOUNT;
                what = "an amount with at most 2 decimals";
            } else if (name.endsWith("Amount") || name.equals("remainingPatientLiability")
                    || name.equals("patientAmountPaid")) {
                p = SchemaRules.AMOUNT;
                what = "an amount like 109.20 (digits, at most 2 decimals, no sign)";
            } else if (name.equals("serviceUnitCount") || name.equals("paidServiceUnitCount")
                    || name.equals("adjustmentQuantity") || name.equals("nationalDrugUnitCount")) {
                p = SchemaRules.QUANTITY;
                what = "a quantity (digits, at most 3 decimals)";
            }
            if (p != null && !SchemaShapes.matches(p, value)) {
                error(Code.INVALID_FORMAT, path.toString(), "must be " + what);
            }
        }

        /**
         * {@link Rule#applies(ClaimKind, String)} against the key buffer, without building the key. The rule
         * was found by its last segment, {@code name}, and the key ends with {@code name}: only the part of
         * the suffix before it and the dot in front of the suffix need a look.
         */
        private boolean applies(Rule r, String name) {
            if ((r.kinds() & kindBit) == 0) {
                return false;
            }
            String suffix = r.suffix();
            int k = key.length;
            int s = suffix.length();
            int head = s - name.length();
            if (k == s) {
                return key.regionEquals(0, suffix, head);
            }
            return s > 0 && k > s && key.chars[k - s - 1] == '.' && key.regionEquals(k - s, suffix, head);
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
            return v == null || v.isNull() || v.isTextual() && v.textValue().isEmpty();
        }

        /** Appends {@code .field} (or just {@code field} to an empty buffer), as {@link #join} does. */
        private static void append(StringBuilder b, String field) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(field);
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    /** The rule key of the walk's position: field names joined by dots, no array indexes. */
    private static final class Key {
        char[] chars = new char[128];
        int length;

        /** Appends {@code .field} (or just {@code field} when empty), as {@code Walk.join} does. */
        void append(String field) {
            int need = length + 1 + field.length();
            if (need > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(need, chars.length * 2));
            }
            if (length > 0) {
                chars[length++] = '.';
            }
            field.getChars(0, field.length(), chars, length);
            length += field.length();
        }

        /** True when the {@code count} characters from {@code from} equal the start of {@code suffix}. */
        boolean regionEquals(int from, String suffix, int count) {
            for (int i = 0; i < count; i++) {
                if (chars[from + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
