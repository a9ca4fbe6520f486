package io.claimgate.x12.claim;

import io.claimgate.x12.claim.SchemaRules.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What {@link SchemaRules} says about one rule key (a JSON path without array indexes, e.g.
 * {@code claimInformation.serviceLines.professionalService.measurementUnit}), worked out once per key and
 * kept in a tree of keys, so that {@link ClaimSchemaCheck} looks up a field's rules with one small map
 * lookup instead of matching every rule's suffix against the path of every field of every claim. The tree
 * stops growing at {@value #MAX_CACHED} keys (a sender inventing field names cannot fill the heap); keys
 * beyond are worked out each time they are met.
 */
final class SchemaKeys {
    private static final int MAX_CACHED = 20_000;
    private static final AtomicInteger CACHED = new AtomicInteger();
    private static final Rule[] NONE = {};

    /** The document itself: key and field name empty. */
    static final SchemaKeys ROOT = new SchemaKeys("", "");

    private final String key;
    private final Rule[] professional;
    private final Rule[] institutional;
    /** For each CODES rule of {@link #professional} / {@link #institutional}: its short codes packed (else null). */
    private final int[][] professionalCodes;
    private final int[][] institutionalCodes;
    /** The rule by field name that holds in both schemas (dates, amounts, quantities), or null. */
    final Pattern generic;
    final String genericWhat;
    private final ConcurrentHashMap<String, SchemaKeys> children = new ConcurrentHashMap<>();

    private SchemaKeys(String key, String name) {
        this.key = key;
        List<Rule> prof = new ArrayList<>();
        List<Rule> inst = new ArrayList<>();
        for (Rule r : SchemaRules.CHC.rules(name)) {
            if (r.applies(ClaimKind.PROFESSIONAL, key)) {
                prof.add(r);
            }
            if (r.applies(ClaimKind.INSTITUTIONAL, key)) {
                inst.add(r);
            }
        }
        this.professional = prof.isEmpty() ? NONE : prof.toArray(NONE);
        this.institutional = inst.isEmpty() ? NONE : inst.toArray(NONE);
        this.professionalCodes = packed(professional);
        this.institutionalCodes = packed(institutional);
        if ((name.endsWith("Date") || name.endsWith("DateEnd") || name.equals("dateOfBirth"))
                && !name.equals("occurrenceSpanCodeDate")) {
            generic = SchemaRules.DATE;
            genericWhat = "a date CCYYMMDD";
        } else if (name.equals("adjustmentAmount")) {
            generic = SchemaRules.SIGNED_AMOUNT;
            genericWhat = "an amount with at most 2 decimals";
        } else if (name.endsWith("Amount") || name.equals("remainingPatientLiability")
                || name.equals("patientAmountPaid")) {
            generic = SchemaRules.AMOUNT;
            genericWhat = "an amount like 109.20 (digits, at most 2 decimals, no sign)";
        } else if (name.equals("serviceUnitCount") || name.equals("paidServiceUnitCount")
                || name.equals("adjustmentQuantity") || name.equals("nationalDrugUnitCount")) {
            generic = SchemaRules.QUANTITY;
            genericWhat = "a quantity (digits, at most 3 decimals)";
        } else {
            generic = null;
            genericWhat = null;
        }
    }

    /** The key of field {@code name} of an object (or of the entries of an array) at this key. */
    SchemaKeys child(String name) {
        SchemaKeys c = children.get(name);
        if (c != null) {
            return c;
        }
        c = new SchemaKeys(key.isEmpty() ? name : key + "." + name, name);
        if (CACHED.get() < MAX_CACHED) {
            SchemaKeys earlier = children.putIfAbsent(name, c);
            if (earlier != null) {
                return earlier;
            }
            CACHED.incrementAndGet();
        }
        return c;
    }

    /** The rules for this key that apply to claims of {@code kind}, in the order of {@link SchemaRules}. */
    Rule[] rules(ClaimKind kind) {
        return kind == ClaimKind.PROFESSIONAL ? professional : institutional;
    }

    /**
     * True when {@code value} is one of the codes of rule {@code i} of {@link #rules(ClaimKind)}, a CODES
     * rule: as {@code codes().contains(value)}, found by binary search among the codes packed into ints.
     */
    boolean hasCode(ClaimKind kind, int i, String value) {
        int[] packed = (kind == ClaimKind.PROFESSIONAL ? professionalCodes : institutionalCodes)[i];
        int p = pack(value);
        // a value that packs equals a code only if that code packs to the same int
        return p != 0 ? Arrays.binarySearch(packed, p) >= 0 : rules(kind)[i].codes().contains(value);
    }

    private static int[][] packed(Rule[] rules) {
        int[][] out = new int[rules.length][];
        for (int i = 0; i < rules.length; i++) {
            if (rules[i].type() == SchemaRules.Type.CODES) {
                out[i] = rules[i].codes().stream().mapToInt(SchemaKeys::pack).filter(p -> p != 0).sorted().toArray();
            }
        }
        return out;
    }

    /** 1 to 4 ASCII characters and their count in one int (never 0); 0 for any other string. */
    private static int pack(String v) {
        int n = v.length();
        if (n == 0 || n > 4) {
            return 0;
        }
        int p = n;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 128) {
                return 0;
            }
            p = p << 7 | c;
        }
        return p;
    }
}
