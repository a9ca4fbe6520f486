package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example claims of {@code /claims} as editable JSON trees, the fixed "today" of the rule tests, and
 * assertions on the issues of a validation.
 */
final class ClaimFixtures {
    /** Today for every rule test: 2024-06-01 (the examples' services are in early 2024). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private ClaimFixtures() {
    }

    static ObjectNode professional() {
        return tree("professional-full.json");
    }

    static ObjectNode institutional() {
        return tree("institutional-full.json");
    }

    static ObjectNode tree(String resource) {
        try {
            return (ObjectNode) ClaimJson.MAPPER.readTree(ClaimJsonTest.resource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a dotted path with [i] indexes, e.g. {@code claimInformation.serviceLines[1].professionalService}. */
    static ObjectNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            n = n.get(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return (ObjectNode) n;
    }

    static ArrayNode array(String... values) {
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static ValidatedClaim check(ClaimKind kind, JsonNode root) {
        return ClaimValidation.check(kind, root, CLOCK);
    }

    static ValidatedClaim professional(ObjectNode root) {
        return check(ClaimKind.PROFESSIONAL, root);
    }

    static ValidatedClaim institutional(ObjectNode root) {
        return check(ClaimKind.INSTITUTIONAL, root);
    }

    /** The claim bound from an example tree (which must bind without errors). */
    static Claim bound(ClaimKind kind, JsonNode root) {
        ClaimRead read = ClaimJson.read(kind, root);
        assertTrue(read.ok(), () -> read.issues().toString());
        return read.claim();
    }

    /** Rules only, canonical paths, on a claim built in code. */
    static List<String> rules(Claim claim) {
        return ClaimValidation.validate(claim, CLOCK).stream().map(i -> i.code() + " " + i.path()).toList();
    }

    /**
     * A copy of {@code record} with component {@code name} replaced: for claims a JSON document cannot
     * express (the schema check rejects them first), to reach the rules behind it.
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(name)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(record);
                }
            }
            assertTrue(found, "no component " + name);
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One issue per entry "CODE path", in order. */
    static List<String> described(ValidatedClaim v) {
        return v.issues().stream().map(i -> i.code() + " " + i.path()).toList();
    }

    /** Exactly these issues ("CODE path"), all errors, and the claim is not accepted. */
    static void assertIssues(ValidatedClaim v, String... expected) {
        assertEquals(List.of(expected), described(v));
        assertTrue(v.issues().stream().allMatch(i -> i.severity() == ClaimIssue.Severity.ERROR));
        assertEquals(expected.length == 0, v.accepted());
    }

    /** Exactly one issue, with this code and path. */
    static void assertOnly(ValidatedClaim v, Code code, String path) {
        assertIssues(v, code + " " + path);
    }
}
