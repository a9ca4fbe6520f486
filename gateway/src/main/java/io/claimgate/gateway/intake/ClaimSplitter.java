package io.claimgate.gateway.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.claimgate.x12.claim.ClaimIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a batch body into claims as its bytes arrive, without blocking and without holding more than the
 * claim being read: the body is one JSON array of claims, or claims one after the other (NDJSON). Bytes
 * are fed as they come ({@link #feed}); every claim completed by them comes back as an
 * {@link BatchIntake.Item}, its tree with numbers as written (210.00 stays 210.00).
 *
 * <p>Malformed JSON ends the body: one last item carries a MALFORMED_JSON issue with the line and column
 * (never the input, which may be PHI), and {@link #failed()} turns true.
 */
public final class ClaimSplitter {
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final int maxDepth;
    private boolean started;
    private boolean inArray;
    private boolean arrayClosed;
    private boolean failed;
    private TokenBuffer claim;
    private int depth;
    private int index;

    /** {@code maxDepth}: deepest nesting of one claim (the enclosing array is not counted). */
    public ClaimSplitter(int maxDepth) {
        this.maxDepth = maxDepth;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth + 1).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        try {
            this.parser = factory.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    /** True once the body was found malformed: feed nothing more. */
    public boolean failed() {
        return failed;
    }

    /** The claims that the next bytes of the body complete. */
    public List<BatchIntake.Item> feed(byte[] bytes, int offset, int length) {
        if (failed) {
            return List.of();
        }
        try {
            feeder.feedInput(bytes, offset, offset + length);
        } catch (IOException e) {
            return fail(e);
        }
        return drain();
    }

    /** The end of the body: the last claims, or a MALFORMED_JSON item when the body ends inside one. */
    public List<BatchIntake.Item> end() {
        if (failed) {
            return List.of();
        }
        feeder.endOfInput();
        List<BatchIntake.Item> items = drain();
        if (!failed && (claim != null || inArray && !arrayClosed)) {
            items.addAll(malformed("the body ends inside " + (claim != null ? "a claim" : "the array of claims")));
        }
        return items;
    }

    private List<BatchIntake.Item> drain() {
        List<BatchIntake.Item> out = new ArrayList<>();
        try {
            JsonToken t;
            while ((t = parser.nextToken()) != null && t != JsonToken.NOT_AVAILABLE) {
                accept(t, out);
                if (failed) {
                    break;
                }
            }
        } catch (StreamConstraintsException e) {
            out.addAll(malformed("JSON nested deeper than " + maxDepth + " levels"));
        } catch (IOException e) {
            out.addAll(fail(e));
        }
        return out;
    }

    private void accept(JsonToken t, List<BatchIntake.Item> out) throws IOException {
        if (!started) {
            started = true;
            if (t == JsonToken.START_ARRAY) {
                inArray = true;
                return;
            }
        }
        if (claim == null) {
            if (arrayClosed) {
                out.addAll(malformed("content after the array of claims"));
                return;
            }
            if (inArray && t == JsonToken.END_ARRAY) {
                arrayClosed = true;
                return;
            }
            claim = new TokenBuffer(parser);
            claim.forceUseOfBigDecimal(true);
            depth = 0;
        }
        claim.copyCurrentEvent(parser);
        if (t.isStructStart()) {
            depth++;
        } else if (t.isStructEnd()) {
            depth--;
        }
        if (depth == 0) {
            try (JsonParser p = claim.asParser()) {
                out.add(new BatchIntake.Item(index++, TREES.readTree(p), null));
            }
            claim = null;
        }
    }

    private List<BatchIntake.Item> fail(IOException e) {
        String where = "";
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            where = " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr();
        }
        // The parser's own message may quote the input (PHI): only the position is kept.
        return malformed("not valid JSON" + where);
    }

    private List<BatchIntake.Item> malformed(String message) {
        failed = true;
        claim = null;
        List<BatchIntake.Item> out = new ArrayList<>();
        out.add(new BatchIntake.Item(index++, null,
                new ClaimIssue(ClaimIssue.Severity.ERROR, ClaimIssue.Code.MALFORMED_JSON, "", message)));
        return out;
    }
}
