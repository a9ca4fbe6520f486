package io.claimgate.gateway.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.claimgate.x12.claim.ClaimIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a batch body into claims as its bytes arrive, without blocking and without holding more than the
 * claim being read: the body is one JSON array of claims, or claims one after the other (NDJSON). Bytes
 * are fed as they come ({@link #feed}); every claim completed by them comes back as an
 * {@link BatchIntake.Item} holding the claim's bytes exactly as received. Only the tokens are read here (to
 * find where each claim ends and that the body is well-formed JSON within the nesting limit); building the
 * tree is left to the worker that validates the claim, so the event loop that feeds this stays light.
 *
 * <p>A value of the body that is not a JSON object is an item with the issue that a claim must be one.
 * Malformed JSON ends the body: one last item carries a MALFORMED_JSON issue with the line and column
 * (never the input, which may be PHI), and {@link #failed()} turns true.
 */
public final class ClaimSplitter {
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final int maxDepth;
    private boolean started;
    private boolean inArray;
    private boolean arrayClosed;
    private boolean failed;
    private boolean inClaim;
    private boolean inObject;
    private int depth;
    private int index;
    /** The bytes fed and not yet dropped: {@code window[0]} is byte {@code windowStart} of the body. */
    private byte[] window = new byte[64 * 1024];
    private int windowLength;
    private long windowStart;
    /** Where in the body the claim being read starts. */
    private long claimStart;

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
        if (windowLength + length > window.length) {
            window = Arrays.copyOf(window, Math.max(window.length * 2, windowLength + length));
        }
        System.arraycopy(bytes, offset, window, windowLength, length);
        int from = windowLength;
        windowLength += length;
        try {
            // The parser reads straight from the window; it has used all of it when drain() returns, so the
            // window may then be compacted.
            feeder.feedInput(window, from, windowLength);
        } catch (IOException e) {
            return fail(e);
        }
        List<BatchIntake.Item> items = drain();
        compact();
        return items;
    }

    /** The end of the body: the last claims, or a MALFORMED_JSON item when the body ends inside one. */
    public List<BatchIntake.Item> end() {
        if (failed) {
            return List.of();
        }
        feeder.endOfInput();
        List<BatchIntake.Item> items = drain();
        if (!failed && (inClaim || inArray && !arrayClosed)) {
            items.addAll(malformed("the body ends inside " + (inClaim ? "a claim" : "the array of claims")));
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

    private void accept(JsonToken t, List<BatchIntake.Item> out) {
        if (!started) {
            started = true;
            if (t == JsonToken.START_ARRAY) {
                inArray = true;
                return;
            }
        }
        if (!inClaim) {
            if (arrayClosed) {
                out.addAll(malformed("content after the array of claims"));
                return;
            }
            if (inArray && t == JsonToken.END_ARRAY) {
                arrayClosed = true;
                return;
            }
            inClaim = true;
            inObject = t == JsonToken.START_OBJECT;
            // The location is just past the token: '{' is one byte.
            claimStart = parser.currentLocation().getByteOffset() - 1;
            depth = 0;
        }
        if (t.isStructStart()) {
            depth++;
        } else if (t.isStructEnd()) {
            depth--;
        }
        if (depth == 0) {
            inClaim = false;
            if (inObject) {
                long end = parser.currentLocation().getByteOffset();
                byte[] json = Arrays.copyOfRange(window, (int) (claimStart - windowStart), (int) (end - windowStart));
                out.add(new BatchIntake.Item(index++, json, null));
            } else {
                out.add(new BatchIntake.Item(index++, null, new ClaimIssue(ClaimIssue.Severity.ERROR,
                        ClaimIssue.Code.MALFORMED_JSON, "", "a claim must be a JSON object")));
            }
        }
    }

    /** Drops the bytes before the claim being read (all of them between claims). */
    private void compact() {
        long keepFrom = inClaim && inObject ? claimStart : windowStart + windowLength;
        int drop = (int) (keepFrom - windowStart);
        if (drop <= 0) {
            return;
        }
        System.arraycopy(window, drop, window, 0, windowLength - drop);
        windowLength -= drop;
        windowStart = keepFrom;
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
        inClaim = false;
        List<BatchIntake.Item> out = new ArrayList<>();
        out.add(new BatchIntake.Item(index++, null,
                new ClaimIssue(ClaimIssue.Severity.ERROR, ClaimIssue.Code.MALFORMED_JSON, "", message)));
        return out;
    }
}
