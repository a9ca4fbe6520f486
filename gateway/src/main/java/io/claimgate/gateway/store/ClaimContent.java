package io.claimgate.gateway.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimJsonWriter;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a claim sent again carries the same content as the original already stored, for duplicate
 * detection (an original, frequency 1, sent again with the same patient control number): the same JSON once
 * whitespace and key order are set aside. Compared only when a submitter has such an original (rare), from
 * the two stored bodies: the bytes first, else both bodies read and written in canonical form (sorted keys,
 * no whitespace, numbers as written, so 2.10 is not 2.1). Nothing is hashed canonically on the way in: the
 * {@code content_sha256} column holds the SHA-256 of the bytes stored ({@link #sha256}).
 *
 * <p>A resend that differs only where intake repairs a value ({@code "m"} for {@code "M"}, {@code J45.909} for
 * {@code J45909}, an ISO date; each a NORMALIZED warning) is the same claim too: {@link #difference} reads both
 * claims only when their JSON differs, so a resend of the very same bytes costs no binding.
 */
public final class ClaimContent {
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private ClaimContent() {
    }

    /** The SHA-256 (64 hex digits) of a claim's stored bytes: what {@code content_sha256} holds for new claims. */
    public static String sha256(byte[] body) {
        return Sha256.hex(body);
    }

    /** True when two stored claim bodies are the same JSON: the same bytes, or the same canonical form. */
    public static boolean same(byte[] stored, byte[] received) {
        if (Arrays.equals(stored, received)) {
            return true;
        }
        byte[] a = canonical(stored);
        return a != null && Arrays.equals(a, canonical(received));
    }

    /**
     * Null when {@code received} is a resend of the original {@code stored}, both claims of {@code kind}: the
     * same JSON ({@link #same}), or JSON that differs only in fields a repair of intake changed (a NORMALIZED
     * warning at the field, or at the list it is in, in either claim) while both claims bind to the same
     * values. Else the JSON path of a field that differs ({@code claimInformation.claimChargeAmount},
     * {@code claimInformation.serviceLines[1]}): the first one in key order that is not a repair, or else the
     * first repaired one whose repaired values differ; "" when a body is not JSON (never for stored claims).
     */
    public static String difference(ClaimKind kind, byte[] stored, byte[] received) {
        if (Arrays.equals(stored, received)) {
            return null;
        }
        JsonNode a = tree(stored);
        JsonNode b = tree(received);
        if (a == null || b == null) {
            return "";
        }
        List<String> paths = new ArrayList<>();
        differences(a, b, "", paths);
        if (paths.isEmpty()) {
            return null;
        }
        ClaimRead first = ClaimJson.read(kind, stored);
        ClaimRead second = ClaimJson.read(kind, received);
        Set<String> repaired = new HashSet<>();
        repaired(first, repaired);
        repaired(second, repaired);
        for (String p : paths) {
            if (!covered(p, repaired)) {
                return p;
            }
        }
        if (first.claim() != null && first.claim().equals(second.claim())) {
            return null;
        }
        if (first.claim() != null && second.claim() != null) {
            JsonNode boundA = ClaimJsonWriter.tree(first.claim());
            JsonNode boundB = ClaimJsonWriter.tree(second.claim());
            for (String p : paths) {
                if (!at(boundA, p).equals(at(boundB, p))) {
                    return p;
                }
            }
        }
        return paths.get(0);
    }

    /** The paths where two trees differ, objects in key order: a member on one side only, a value, a list's length. */
    private static void differences(JsonNode a, JsonNode b, String path, List<String> out) {
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String p = path.isEmpty() ? name : path + "." + name;
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                if (x == null || y == null) {
                    out.add(p);
                } else {
                    differences(x, y, p, out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(a.get(i), b.get(i), path + "[" + i + "]", out);
            }
        } else if (a.isNumber() && b.isNumber() ? !a.decimalValue().equals(b.decimalValue()) : !a.equals(b)) {
            // Numbers as written: 2.10 is not 2.1 (a DecimalNode's equals would compare the values only).
            out.add(path);
        }
    }

    private static void repaired(ClaimRead read, Set<String> out) {
        for (ClaimIssue i : read.issues()) {
            if (i.code() == ClaimIssue.Code.NORMALIZED) {
                out.add(i.path());
            }
        }
    }

    /** True when {@code path} is a repaired field or lies inside one (a list whose trailing empty values were dropped). */
    private static boolean covered(String path, Set<String> repaired) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            if (repaired.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** The node at a path of {@link #differences}; a missing node where the tree has none. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        int i = 0;
        while (i < path.length() && !n.isMissingNode()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                n = n.path(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                n = n.path(path.substring(i, end));
                i = end;
            }
        }
        return n;
    }

    /**
     * The issues of a CONFLICT batch result, as a JSON array of {path, code, severity, message}: the field
     * that differs from the original ({@link #difference}), without its value.
     */
    public static byte[] conflictIssues(String field) {
        ObjectNode n = CANONICAL.createObjectNode();
        n.put("path", field);
        n.put("code", "CONFLICT");
        n.put("severity", "ERROR");
        n.put("message", field.isEmpty() ? "the original claim stored before is of the other kind"
                : "differs from the original claim stored before with this patient control number");
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.createArrayNode().add(n));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    /** Sorted keys, no whitespace, numbers as written; null when the bytes are not JSON (never for a stored claim). */
    static byte[] canonical(byte[] json) {
        try {
            JsonNode tree = READER.readTree(json);
            return tree == null ? null : CANONICAL.writeValueAsBytes(tree);
        } catch (IOException e) {
            return null;
        }
    }
}
