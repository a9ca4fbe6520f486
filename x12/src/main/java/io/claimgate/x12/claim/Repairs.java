package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.x12.codes.CalendarDates;
import io.claimgate.x12.codes.Icd10;
import io.claimgate.x12.codes.ProcedureCodes;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The repairs of values whose meaning is not in doubt, made as a clearinghouse makes them (each with a
 * NORMALIZED warning at the field's path; the stored JSON keeps the value as sent, the 837 carries the
 * repaired one). Every test here runs only after the value has failed the check of its field, so a claim
 * sent right costs nothing.
 *
 * <ul>
 * <li>A date sent the ISO way ({@code 2024-08-26}) where the schema has {@code CCYYMMDD}, when it is a real
 *     calendar date; in {@code admissionDateAndHour} also {@code 2024-08-26T14:30} (or with a space);
 *     {@code dischargeHour} {@code 14:30}.</li>
 * <li>A code of a closed list of upper-case codes sent in lower case or with spaces around it ({@code m},
 *     {@code "Y "}, {@code hc}, {@code abk}) when the code is in the list.</li>
 * <li>A diagnosis pointer sent as the CMS-1500 letter ({@code A} to {@code L}): its number 1 to 12.</li>
 * <li>Diagnosis codes with the dot the code books print ({@code E11.65}) where the 837 implies it: one dot
 *     after the 3rd character of an ICD-10-CM code (ICD-9-CM: after the 3rd, after the 4th for E codes) and a
 *     valid code without it; in lower case too.</li>
 * <li>CPT/HCPCS codes (qualifier HC) with spaces or other characters that are not letters or digits (but
 *     the X12 delimiters, which stay an error), or in lower case ({@code "99213 "}, {@code j1100}), when what
 *     is left is a CPT or HCPCS code, as Stedi removes them; modifiers in lower case ({@code rt}).</li>
 * </ul>
 *
 * <p>An instance holds what {@link ClaimSchemaCheck} repaired, by the object or array the value is in and
 * its field name or index (never by the value's node, which a parser may share), for {@link JsonFields}
 * to bind in place of the value sent.
 */
final class Repairs {
    private final IdentityHashMap<JsonNode, Map<Object, String>> byContainer = new IdentityHashMap<>();

    /** {@code value} is bound for field {@code field} (a name, or an Integer index) of {@code container}. */
    void put(JsonNode container, Object field, String value) {
        byContainer.computeIfAbsent(container, c -> new HashMap<>(4)).put(field, value);
    }

    /** The repaired value of field {@code field} of {@code container}, or null when it was not repaired. */
    String get(JsonNode container, Object field) {
        Map<Object, String> m = byContainer.get(container);
        return m == null ? null : m.get(field);
    }

    /** {@code CCYY-MM-DD} of a real calendar date as {@code CCYYMMDD}; null for anything else. */
    static String isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        String d = v.substring(0, 4) + v.substring(5, 7) + v.substring(8, 10);
        return CalendarDates.date(d) ? d : null;
    }

    /**
     * {@code admissionDateAndHour} (CCYYMMDD or CCYYMMDDHHMM) sent the ISO way: {@code CCYY-MM-DD}, or
     * {@code CCYY-MM-DDTHH:MM} / {@code CCYY-MM-DD HH:MM} (no seconds, no zone: those would need a choice).
     */
    static String isoDateAndHour(String v) {
        if (v.length() == 10) {
            return isoDate(v);
        }
        if (v.length() != 16 || v.charAt(10) != 'T' && v.charAt(10) != ' ') {
            return null;
        }
        String date = isoDate(v.substring(0, 10));
        String hour = hourWithColon(v.substring(11));
        return date == null || hour == null ? null : date + hour;
    }

    /** {@code HH:MM} (00:00 to 23:59) as the {@code HHMM} the 837 carries; null for anything else. */
    static String hourWithColon(String v) {
        if (v.length() != 5 || v.charAt(2) != ':') {
            return null;
        }
        String h = v.substring(0, 2) + v.substring(3, 5);
        return CalendarDates.dateTime("20000101" + h) ? h : null;
    }

    /** {@code v} in upper case when it has a lower-case letter, else null. */
    static String upper(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A code with the spaces around it taken off and in upper case, when that differs from {@code v}; else null. */
    static String code(String v) {
        String t = v.trim();
        String upper = upper(t);
        String c = upper != null ? upper : t;
        return c.equals(v) ? null : c;
    }

    /**
     * The 10 digits of a North American phone number written with punctuation ({@code (206) 555-0100},
     * {@code +1 206.555.0100}): null when {@code v} is already digits only, or when what is left once spaces,
     * brackets, hyphens, dots and a leading {@code +1} / {@code 1} are off is not 10 digits.
     */
    static String phoneDigits(String v) {
        StringBuilder d = new StringBuilder(v.length());
        boolean punctuated = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            } else if (c == ' ' || c == '(' || c == ')' || c == '-' || c == '.' || c == '+' && d.length() == 0) {
                punctuated = true;
            } else {
                return null;
            }
        }
        if (!punctuated) {
            return null;
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            d.deleteCharAt(0);
        }
        return d.length() == 10 ? d.toString() : null;
    }

    /**
     * A one-digit code sent as a JSON number ({@code 2} for place of service {@code 02}, {@code 1} for
     * relationship {@code 01}), which cannot carry the leading zero, with it; null for anything else. The
     * caller takes it only when the code is in the field's list.
     */
    static String zeroPadded(JsonNode n) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 9) {
            return null;
        }
        return "0" + n.intValue();
    }

    /**
     * A diagnosis pointer sent as the CMS-1500 letter of the diagnosis (box 21 A to L, as box 24E names them),
     * in either case, as the number 1 to 12 SV107 carries; null for anything else.
     */
    static String letterPointer(String v) {
        if (v.length() != 1) {
            return null;
        }
        char c = Character.toUpperCase(v.charAt(0));
        return c >= 'A' && c <= 'L' ? String.valueOf(c - 'A' + 1) : null;
    }

    /** True when {@code code} has a dot or a lower-case letter (the only diagnosis codes looked at again). */
    static boolean diagnosisNeedsLook(String code) {
        for (int i = 0, n = code.length(); i < n; i++) {
            char c = code.charAt(i);
            if (c == '.' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * A diagnosis code of HI qualifier {@code qualifier} as the 837 carries it: without the one dot of its
     * printed form and in upper case; null when that is not a code of the qualifier's code set (any other dot
     * stays, and is refused by {@link CodeSetRules}).
     */
    static String diagnosis(String qualifier, String code) {
        String c = code.toUpperCase(Locale.ROOT);
        int dot = c.indexOf('.');
        boolean icd10 = qualifier.startsWith("A");
        if (dot >= 0) {
            int at = icd10 || c.charAt(0) != 'E' ? 3 : 4;
            if (dot != at || dot == c.length() - 1 || c.indexOf('.', dot + 1) >= 0) {
                return null;
            }
            c = c.substring(0, dot) + c.substring(dot + 1);
        }
        return (icd10 ? Icd10.cm(c) : icd9(c)) ? c : null;
    }

    /**
     * An ICD-9-CM diagnosis without its dot: 3 to 5 digits, V and 2 to 4 digits, or E and 3 to 4 digits.
     */
    static boolean icd9(String c) {
        int n = c.length();
        char first = n == 0 ? 0 : c.charAt(0);
        int from = first == 'V' || first == 'E' ? 1 : 0;
        int digits = n - from;
        for (int i = from; i < n; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        return first == 'V' ? digits >= 2 && digits <= 4 : first == 'E' ? digits == 3 || digits == 4
                : digits >= 3 && digits <= 5;
    }

    /**
     * A CPT/HCPCS code with what is not a letter or digit removed and in upper case, when that is a CPT or
     * HCPCS code and differs from {@code code}; null otherwise (the code is bound as sent).
     */
    static String procedureCode(String code) {
        if (code.length() == 5 && ProcedureCodes.cptOrHcpcs(code) || SchemaShapes.hasDelimiter(code)) {
            // a delimiter (~ * : ^) is refused by the schema check: not taken out here
            return null;
        }
        StringBuilder b = new StringBuilder(5);
        for (int i = 0, n = code.length(); i < n; i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                b.append(c);
            } else if (c >= 'a' && c <= 'z') {
                b.append((char) (c - 'a' + 'A'));
            }
        }
        String r = b.toString();
        return ProcedureCodes.cptOrHcpcs(r) ? r : null;
    }
}
