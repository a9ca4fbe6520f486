package io.claimgate.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.sample.ClaimGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimParserTest {
    private final ClaimParser parser = new ClaimParser(64);

    private static final JsonMapper CANONICAL = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    /** A tree written with sorted keys and no whitespace (the form duplicate detection compares, ClaimContent). */
    private static String canonical(JsonNode tree) {
        try {
            return CANONICAL.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String canonical(String json) {
        return canonical(parser.parse(json.getBytes(StandardCharsets.UTF_8)).tree());
    }

    @Test
    void credentialNamesAreToldInAnyCase() {
        for (String name : List.of("X-CHC-ClaimSubmission-Pwd", "userPassword", "client_secret", "PASSWD", "pwd")) {
            assertTrue(ClaimParser.namesCredential(name), name);
        }
        for (String name : List.of("patientControlNumber", "submitter", "pw", "secre", "")) {
            assertFalse(ClaimParser.namesCredential(name), name);
        }
    }

    @Test
    void credentialNamesAgreeWithACaseInsensitiveSearchAtEveryPosition() {
        List<String> words = List.of("password", "passwd", "pwd", "secret");
        List<String> names = List.of("X-CHC-ClaimSubmission-Pwd", "userPassword", "client_secret", "PASSWD", "pwd", "SeCrEt",
                "\u017fecret", "pa\u017f\u017fword", "p", "s", "xps", "patientControlNumber", "subscriber", "passw", "pw d",
                "serviceLines", "supervisingProvider", "\u00e9pwd", "PWDx", "xxsecret", "");
        for (String name : names) {
            boolean expected = false;
            for (String w : words) {
                for (int i = 0; i + w.length() <= name.length(); i++) {
                    expected |= name.regionMatches(true, i, w, 0, w.length());
                }
            }
            assertEquals(expected, ClaimParser.namesCredential(name), name);
        }
    }

    @Test
    void fastTreeMatchesTheStrictReaderOnGeneratedClaims() {
        ClaimGenerator.generate(4, 300).forEach(g -> {
            byte[] json = g.json().getBytes(StandardCharsets.UTF_8);
            JsonNode fast = parser.parse(json).tree();
            JsonNode strict = parser.parseStrict(json).tree();
            assertNotNull(fast);
            assertEquals(strict, fast);
            assertEquals(canonical(strict), canonical(fast));
        });
    }

    @Test
    void fastTreeWritesAsTheStrictTreeForEscapesUnicodeAndEveryValueKind() {
        String[] docs = {
            "{\"s\":\"quote \\\" backslash \\\\ slash / \\b\\f\\n\\r\\t \\u0000 \\u001f \\u007f\"}",
            "{\"\u00e9\":\"caf\u00e9 \u20ac \ud83d\ude00 \u0800 \uffff\",\"Z\":1,\"a\":2,\"\u00c0\":3,\"\\ud83d\\ude00\":4}",
            "{\"n\":[1,-0,12345678901,123456789012345678901234567890,1.0,1.50,-2.5e3,1E+2,0.000001,1e-7],\"e\":{},\"a\":[]}",
            "{\"s\":\"\\ud800 \\udfff\"}",
            "{\"t\":true,\"f\":false,\"z\":null,\"nested\":[{\"b\":[[]],\"a\":{\"y\":null,\"x\":[true]}}]}",
        };
        for (String d : docs) {
            JsonNode strict = parser.parseStrict(d.getBytes(StandardCharsets.UTF_8)).tree();
            assertNotNull(strict, d);
            assertEquals(strict, parser.parse(d.getBytes(StandardCharsets.UTF_8)).tree(), d);
            assertEquals(canonical(strict), canonical(d), d);
        }
    }

    @Test
    void everyRejectionOfTheStrictReaderIsKept() {
        String deep = "{\"a\":".repeat(64) + "1" + "}".repeat(64);
        String tooDeep = "{\"a\":".repeat(65) + "1" + "}".repeat(65);
        String deepArrays = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
        String tooDeepArrays = "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}";
        assertNotNull(parser.parse(deep.getBytes(StandardCharsets.UTF_8)).tree());
        assertNotNull(parser.parse(deepArrays.getBytes(StandardCharsets.UTF_8)).tree());
        String[] bad = {"", "   ", "[1]", "\"x\"", "null", tooDeep, tooDeepArrays, "{\"a\":1,\"a\":2}",
            "{\"a\":{\"b\":1,\"b\":1}}", "{\"a\":1} {\"b\":2}", "{\"a\":1} x", "{\"a\":1,}", "{\"a\":01}", "{\"a\":1",
            "{\"a\":\"\u0001\"}"};
        for (String b : bad) {
            byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
            ClaimParser.Parsed fast = parser.parse(bytes);
            ClaimParser.Parsed strict = parser.parseStrict(bytes);
            assertNull(fast.tree(), b);
            assertEquals(strict.issues(), fast.issues(), b);
            assertEquals(ClaimIssue.Code.MALFORMED_JSON, fast.issues().get(0).code(), b);
        }
        assertEquals(List.of("empty body: expected one claim as a JSON object"), messages(""));
        assertEquals(List.of("expected one claim as a JSON object"), messages("[1]"));
        assertEquals(List.of("JSON nested deeper than 64 levels"), messages(tooDeep));
        assertEquals(List.of("not valid JSON at line 1, column 11"), messages("{\"a\":1,\"a\":2}"));
    }

    private List<String> messages(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8)).issues().stream().map(ClaimIssue::message).toList();
    }
}
