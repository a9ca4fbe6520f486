package io.claimgate.gateway.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.x12.claim.ClaimIssue;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Claim JSON from the wire into a tree, under the configured nesting limit, plus the hash of its canonical
 * form for duplicate detection: the same claim sent with other whitespace or key order hashes the same.
 */
final class ClaimParser {
    private final JsonMapper reader;
    private static final JsonFactory CANONICAL = new JsonFactory();
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

    /** The tree, or the one issue that says why there is none. */
    record Parsed(JsonNode tree, List<ClaimIssue> issues) {
    }

    Parsed parse(byte[] body) {
        try {
            JsonNode tree = reader.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                return failed("empty body: expected one claim as a JSON object");
            }
            if (!tree.isObject()) {
                return failed("expected one claim as a JSON object");
            }
            return new Parsed(tree, List.of());
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
     * SHA-256 (64 hex digits) of the claim's canonical JSON: keys sorted (by UTF-16 code units, as a
     * {@code TreeMap} orders them), no whitespace, numbers and strings as Jackson writes them. The bytes are
     * those Jackson writes for the tree with {@code WRITE_PROPERTIES_SORTED}, fed to the digest as they are
     * generated instead of being built whole first; stored hashes stay comparable across versions.
     */
    String contentSha256(JsonNode tree) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (JsonGenerator g = CANONICAL.createGenerator(new DigestSink(digest))) {
            writeSorted(g, tree);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed tree always serializes", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writeSorted(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            String[] names = new String[node.size()];
            int i = 0;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names[i++] = it.next();
            }
            Arrays.sort(names);
            g.writeStartObject();
            for (String name : names) {
                g.writeFieldName(name);
                writeSorted(g, node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                writeSorted(g, element);
            }
            g.writeEndArray();
        } else if (node.isNull()) {
            g.writeNull();
        } else {
            ((JsonSerializable) node).serialize(g, null);
        }
    }

    /** An OutputStream that only feeds a digest. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }
    }

    private static Parsed failed(String message) {
        return new Parsed(null, List.of(new ClaimIssue(ClaimIssue.Severity.ERROR, ClaimIssue.Code.MALFORMED_JSON, "", message)));
    }
}
