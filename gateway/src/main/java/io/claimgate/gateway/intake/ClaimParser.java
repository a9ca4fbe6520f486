package io.claimgate.gateway.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Claim JSON from the wire into a tree, under the configured nesting limit, without the credentials some
 * clients put in the body. (Duplicate detection compares content only when an original is found:
 * {@code ClaimContent}.)
 */
final class ClaimParser {
    private final JsonMapper reader;
    private final int maxDepth;

    ClaimParser(int maxDepth) {
        this.maxDepth = maxDepth;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /**
     * The tree, or the one issue that says why there is none. With a tree, {@code issues} holds warnings
     * only (credentials dropped) and {@code stored} the JSON to keep: null for the body exactly as received,
     * else the body without the credentials.
     */
    record Parsed(JsonNode tree, List<ClaimIssue> issues, byte[] stored) {
        Parsed(JsonNode tree, List<ClaimIssue> issues) {
            this(tree, issues, null);
        }

        /** The bytes to store for a body that parsed: {@code received} unless credentials were dropped. */
        byte[] stored(byte[] received) {
            return stored != null ? stored : received;
        }
    }

    /** Top-level member names that hold credentials (CHC's X-CHC-ClaimSubmission-Pwd, client_secret, ...). */
    private static final String[] CREDENTIAL_WORDS = {"password", "passwd", "pwd", "secret"};

    /**
     * True when a member name holds one of the credential words, in any case (no regex: every claim asks). Each
     * word starts with p or s, so only the positions holding one of those (or U+017F, the long s that
     * case-insensitive matching takes for an s) are compared.
     */
    static boolean namesCredential(String name) {
        for (int i = 0, n = name.length(); i < n; i++) {
            char c = name.charAt(i);
            if (c == 'p' || c == 'P' || c == 's' || c == 'S' || c == '\u017f') {
                for (String word : CREDENTIAL_WORDS) {
                    if (name.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    Parsed parse(byte[] body) {
        // The fast tree (one token loop) when the body is a plain object within the limits; anything else
        // (empty, not an object, too deep, a duplicate key, trailing content, bad syntax) is read again by the
        // strict reader below, which says what is wrong.
        JsonNode fast = ClaimJson.strictObjectTree(body, maxDepth);
        return fast != null ? withoutCredentials((ObjectNode) fast) : parseStrict(body);
    }

    /** The tree by Jackson's own reader, with its duplicate, depth and trailing-token checks. */
    Parsed parseStrict(byte[] body) {
        try {
            JsonNode tree = reader.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                return failed("empty body: expected one claim as a JSON object");
            }
            if (!tree.isObject()) {
                return failed("expected one claim as a JSON object");
            }
            return withoutCredentials((ObjectNode) tree);
        } catch (StreamConstraintsException e) {
            return failed("JSON nested deeper than " + maxDepth + " levels");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            // The parser's own message may quote the input (PHI): only the position is kept.
            return failed("not valid JSON" + where);
        } catch (IOException e) {
            return failed("not valid JSON");
        }
    }

    /**
     * Credentials never reach the store: a top-level {@code headers} object (the WeInfuse client puts the
     * CHC submitter id, user name and password there; CHC sent them on as X-CHC-ClaimSubmission-* headers)
     * and any top-level member named like a password or secret are removed from the tree (so neither the
     * binder nor the duplicate hash sees them) and from the JSON stored, each with a warning. A body without
     * them (the usual case: one pass over the top-level names) is stored byte for byte as received.
     */
    private Parsed withoutCredentials(ObjectNode tree) {
        List<String> names = new ArrayList<>();
        if (tree.has("headers")) {
            names.add("headers");
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (namesCredential(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return new Parsed(tree, List.of());
        }
        List<ClaimIssue> warnings = new ArrayList<>();
        for (String name : names) {
            tree.remove(name);
            warnings.add(new ClaimIssue(ClaimIssue.Severity.WARNING, ClaimIssue.Code.CREDENTIALS_NOT_STORED, name,
                    "credentials in the claim body are not used and not stored; dropped (the API key or access "
                            + "token is the only credential)"));
        }
        try {
            return new Parsed(tree, List.copyOf(warnings), reader.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serializes", e);
        }
    }

    private static Parsed failed(String message) {
        return new Parsed(null, List.of(new ClaimIssue(ClaimIssue.Severity.ERROR, ClaimIssue.Code.MALFORMED_JSON, "", message)));
    }
}
