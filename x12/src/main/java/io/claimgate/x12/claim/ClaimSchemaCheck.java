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
    private static final Pattern DELIMITERS = Pattern.compile("[~*:^\\r\\n]");

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
        new Walk(kind, issues).node(root, "", "", "", false);
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

    private record Walk(ClaimKind kind, List<ClaimIssue> issues) {
        void node(JsonNode n, String path, String key, String name, boolean nested) {
            if (n.isObject()) {
                object(n, path, key, name);
            } else if (n.isArray()) {
                array(n, path, key, name, nested);
            } else if (!n.isNull()) {
                scalar(n, path, key, name);
            }
        }

        private void object(JsonNode n, String path, String key, String name) {
            for (Rule r : SchemaRules.CHC.rules(name)) {
                if (!r.applies(kind, key)) {
                    continue;
                }
                if (r.type() == SchemaRules.Type.REQUIRED) {
                    for (String f : r.names()) {
                        if (absent(n.get(f))) {
                            issues.add(ClaimIssue.error(Code.MISSING_REQUIRED, join(path, f), "required"));
                        }
                    }
                } else if (r.type() == SchemaRules.Type.ONE_OF_REQUIRED
                        && r.names().stream().allMatch(f -> absent(n.get(f)))) {
                    issues.add(ClaimIssue.error(Code.MISSING_REQUIRED, join(path, r.names().get(0)),
                            "required: one of " + String.join(", ", r.names())));
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                node(e.getValue(), join(path, e.getKey()), join(key, e.getKey()), e.getKey(), false);
            }
        }

        private void array(JsonNode n, String path, String key, String name, boolean nested) {
            if (nested) {
                // Inner arrays of the institutional ...List fields: one HI segment, 12 composites.
                if (n.size() > 12) {
                    issues.add(ClaimIssue.error(Code.TOO_MANY, path, "at most 12 entries"));
                }
            } else {
                for (Rule r : SchemaRules.CHC.rules(name)) {
                    if (r.type() == SchemaRules.Type.MAX_ITEMS && r.applies(kind, key) && n.size() > r.max()) {
                        issues.add(ClaimIssue.error(Code.TOO_MANY, path, "at most " + r.max() + " entries"));
                    }
                }
            }
            for (int i = 0; i < n.size(); i++) {
                node(n.get(i), path + "[" + i + "]", key, name, true);
            }
        }

        private void scalar(JsonNode n, String path, String key, String name) {
            String value = n.isNumber() && n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
            if (n.isTextual() && DELIMITERS.matcher(value).find()) {
                issues.add(ClaimIssue.error(Code.DELIMITER_CHARACTER, path,
                        "must not contain the X12 delimiters ~ * : ^ or a line break"));
            }
            if (n.isBoolean()) {
                return;
            }
            generic(value, path, name);
            for (Rule r : SchemaRules.CHC.rules(name)) {
                if (!r.applies(kind, key)) {
                    continue;
                }
                switch (r.type()) {
                    case CODES -> {
                        if (!r.codes().contains(value)) {
                            issues.add(ClaimIssue.error(Code.INVALID_CODE, path, "not one of the allowed codes"));
                        }
                    }
                    case PATTERN -> {
                        if (!r.pattern().matcher(value).matches()) {
                            issues.add(ClaimIssue.error(Code.INVALID_FORMAT, path, "must be " + r.patternName()));
                        }
                    }
                    case LENGTH -> {
                        if (value.length() > r.max()) {
                            issues.add(ClaimIssue.error(Code.TOO_LONG, path, "at most " + r.max() + " characters"));
                        } else if (value.length() < r.min()) {
                            issues.add(ClaimIssue.error(Code.TOO_SHORT, path, "at least " + r.min() + " characters"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** Rules by field name that hold in both schemas: dates, amounts, quantities. */
        private void generic(String value, String path, String name) {
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
            if (p != null && !p.matcher(value).matches()) {
                issues.add(ClaimIssue.error(Code.INVALID_FORMAT, path, "must be " + what));
            }
        }

        private static boolean absent(JsonNode v) {
            return v == null || v.isNull() || v.isTextual() && v.textValue().isEmpty();
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
