package io.claimgate.gateway.intake;

import io.claimgate.x12.claim.ClaimIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a batch body into claims as its bytes arrive, without blocking and without holding more than the
 * claim being read: the body is one JSON array of claims, or claims one after the other (NDJSON). Bytes
 * are fed as they come ({@link #feed}); every claim completed by them comes back as an
 * {@link BatchIntake.Item} holding the claim's bytes exactly as received.
 *
 * <p>This runs on the event loop, so it reads bytes, not tokens: a state machine over the JSON grammar
 * (strings and their escapes, numbers, literals, nesting) that decodes nothing. It checks the syntax and the
 * nesting limit, so malformed JSON still ends the body here; what only a tree can show (a duplicate key,
 * bytes that are not UTF-8 inside a string) is left to the worker's {@link ClaimParser}, which rejects that
 * one claim. A value of the body that is not a JSON object is an item with the issue that a claim must be one.
 * Malformed JSON ends the body: one last item carries a MALFORMED_JSON issue with the line and column
 * (never the input, which may be PHI), and {@link #failed()} turns true.
 */
public final class ClaimSplitter {
    private static final int VALUE = 0;
    private static final int VALUE_OR_CLOSE = 1;
    private static final int KEY = 2;
    private static final int KEY_OR_CLOSE = 3;
    private static final int COLON = 4;
    private static final int AFTER_VALUE = 5;
    private static final int STRING = 6;
    private static final int ESCAPE = 7;
    private static final int UNICODE = 8;
    private static final int LITERAL = 9;
    /** Number states: after '-', after a leading 0, in the integer digits, after '.', in the fraction,
     * after 'e', after the exponent's sign, in the exponent digits. */
    private static final int MINUS = 10;
    private static final int ZERO = 11;
    private static final int INT = 12;
    private static final int DOT = 13;
    private static final int FRACTION = 14;
    private static final int EXP = 15;
    private static final int EXP_SIGN = 16;
    private static final int EXP_DIGITS = 17;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final int maxDepth;
    private int state = VALUE;
    private boolean started;
    private boolean inArray;
    private boolean arrayClosed;
    private boolean failed;
    private boolean inClaim;
    private boolean inObject;
    /** The string being read is an object key. */
    private boolean key;
    /** A scalar just ended at the top of an NDJSON body: whitespace must come before the next value. */
    private boolean needSpace;
    private byte[] literal;
    private int literalAt;
    private int hexLeft;
    /** The open containers, '{' or '[', the body's own array included. */
    private byte[] stack = new byte[64];
    private int level;
    private int index;
    private long line = 1;
    private long lineStart;
    /** The bytes fed and not yet dropped: {@code window[0]} is byte {@code windowStart} of the body. */
    private byte[] window = new byte[64 * 1024];
    private int windowLength;
    private long windowStart;
    /** Where in the body the claim being read starts. */
    private long claimStart;

    /** {@code maxDepth}: deepest nesting of one claim (the enclosing array is not counted). */
    public ClaimSplitter(int maxDepth) {
        this.maxDepth = maxDepth;
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
        List<BatchIntake.Item> out = new ArrayList<>();
        scan(from, out);
        compact();
        return out;
    }

    /** The end of the body: the last claims, or a MALFORMED_JSON item when the body ends inside one. */
    public List<BatchIntake.Item> end() {
        if (failed) {
            return List.of();
        }
        List<BatchIntake.Item> out = new ArrayList<>();
        if (level == 0 && (state == ZERO || state == INT || state == FRACTION || state == EXP_DIGITS)) {
            valueDone(windowStart + windowLength - 1, out); // a number at the very end of the body
        }
        if (inClaim || inArray && !arrayClosed) {
            out.add(malformed("the body ends inside " + (inClaim ? "a claim" : "the array of claims")));
        }
        return out;
    }

    private void scan(int from, List<BatchIntake.Item> out) {
        byte[] w = window;
        int n = windowLength;
        for (int i = from; i < n && !failed; i++) {
            int b = w[i];
            if (state == STRING) {
                // The bulk of a claim: run to the next quote, backslash or control byte.
                while (b != '"' && b != '\\' && (b >= 0x20 || b < 0)) {
                    if (++i == n) {
                        return;
                    }
                    b = w[i];
                }
                if (b == '"') {
                    if (key) {
                        key = false;
                        state = COLON;
                    } else {
                        valueDone(windowStart + i, out);
                    }
                } else if (b == '\\') {
                    state = ESCAPE;
                } else {
                    error(i, out);
                }
                continue;
            }
            step(b, i, out);
        }
    }

    private void step(int b, int i, List<BatchIntake.Item> out) {
        switch (state) {
            case ESCAPE -> {
                if (b == 'u') {
                    hexLeft = 4;
                    state = UNICODE;
                } else if (b == '"' || b == '\\' || b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r' || b == 't') {
                    state = STRING;
                } else {
                    error(i, out);
                }
            }
            case UNICODE -> {
                if (Character.digit(b, 16) < 0) {
                    error(i, out);
                } else if (--hexLeft == 0) {
                    state = STRING;
                }
            }
            case LITERAL -> {
                if (b != literal[literalAt]) {
                    error(i, out);
                } else if (++literalAt == literal.length) {
                    valueDone(windowStart + i, out);
                }
            }
            case MINUS -> number(b >= '1' && b <= '9' ? INT : b == '0' ? ZERO : -1, i, out);
            case ZERO -> endOrNumber(b == '.' ? DOT : b == 'e' || b == 'E' ? EXP : -1, b, i, out);
            case INT -> endOrNumber(b >= '0' && b <= '9' ? INT : b == '.' ? DOT : b == 'e' || b == 'E' ? EXP : -1, b, i, out);
            case DOT -> number(b >= '0' && b <= '9' ? FRACTION : -1, i, out);
            case FRACTION -> endOrNumber(b >= '0' && b <= '9' ? FRACTION : b == 'e' || b == 'E' ? EXP : -1, b, i, out);
            case EXP -> number(b >= '0' && b <= '9' ? EXP_DIGITS : b == '+' || b == '-' ? EXP_SIGN : -1, i, out);
            case EXP_SIGN -> number(b >= '0' && b <= '9' ? EXP_DIGITS : -1, i, out);
            case EXP_DIGITS -> endOrNumber(b >= '0' && b <= '9' ? EXP_DIGITS : -1, b, i, out);
            default -> structure(b, i, out);
        }
    }

    /** Between tokens: whitespace, punctuation, or the first byte of a value. */
    private void structure(int b, int i, List<BatchIntake.Item> out) {
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            if (b == '\n') {
                line++;
                lineStart = windowStart + i + 1;
            }
            needSpace = false;
            return;
        }
        switch (state) {
            case VALUE -> value(b, i, out);
            case VALUE_OR_CLOSE -> {
                if (b == ']') {
                    close(b, i, out);
                } else {
                    value(b, i, out);
                }
            }
            case KEY, KEY_OR_CLOSE -> {
                if (b == '"') {
                    key = true;
                    state = STRING;
                } else if (b == '}' && state == KEY_OR_CLOSE) {
                    close(b, i, out);
                } else {
                    error(i, out);
                }
            }
            case COLON -> {
                if (b == ':') {
                    state = VALUE;
                } else {
                    error(i, out);
                }
            }
            case AFTER_VALUE -> {
                if (level == 0) {
                    if (arrayClosed) {
                        out.add(malformed("content after the array of claims"));
                    } else if (needSpace) {
                        error(i, out);
                    } else {
                        value(b, i, out); // the next claim of an NDJSON body
                    }
                } else if (b == ',') {
                    state = stack[level - 1] == '{' ? KEY : VALUE;
                } else if (b == '}' || b == ']') {
                    close(b, i, out);
                } else {
                    error(i, out);
                }
            }
            default -> error(i, out);
        }
    }

    private void value(int b, int i, List<BatchIntake.Item> out) {
        boolean bodyArray = !started && b == '[';
        started = true;
        if (!bodyArray && level == (inArray ? 1 : 0)) {
            inClaim = true;
            inObject = b == '{';
            claimStart = windowStart + i;
        }
        switch (b) {
            case '{', '[' -> {
                if (bodyArray) {
                    inArray = true;
                } else if (level - (inArray ? 1 : 0) >= maxDepth) {
                    out.add(malformed("JSON nested deeper than " + maxDepth + " levels"));
                    return;
                }
                if (level == stack.length) {
                    stack = Arrays.copyOf(stack, level * 2);
                }
                stack[level++] = (byte) b;
                state = b == '{' ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
            }
            case '"' -> state = STRING;
            case 't', 'f', 'n' -> {
                literal = b == 't' ? TRUE : b == 'f' ? FALSE : NULL;
                literalAt = 1;
                state = LITERAL;
            }
            case '-' -> state = MINUS;
            case '0' -> state = ZERO;
            default -> {
                if (b >= '1' && b <= '9') {
                    state = INT;
                } else {
                    error(i, out);
                }
            }
        }
    }

    private void close(int b, int i, List<BatchIntake.Item> out) {
        if (stack[level - 1] != (b == '}' ? '{' : '[')) {
            error(i, out);
            return;
        }
        level--;
        if (level == 0 && inArray) {
            arrayClosed = true;
            state = AFTER_VALUE;
            return;
        }
        valueDone(windowStart + i, out);
    }

    private void number(int next, int i, List<BatchIntake.Item> out) {
        if (next < 0) {
            error(i, out);
        } else {
            state = next;
        }
    }

    /** In a number that may end here: goes on to {@code next}, or ends the number before byte {@code b}. */
    private void endOrNumber(int next, int b, int i, List<BatchIntake.Item> out) {
        if (next >= 0) {
            state = next;
            return;
        }
        valueDone(windowStart + i - 1, out);
        if (!failed) {
            structure(b, i, out);
        }
    }

    /** A value ended with the byte at body offset {@code last}: a claim, when it was one of the body's values. */
    private void valueDone(long last, List<BatchIntake.Item> out) {
        state = AFTER_VALUE;
        if (level != (inArray ? 1 : 0)) {
            return;
        }
        inClaim = false;
        needSpace = level == 0 && !inObject;
        if (inObject) {
            out.add(new BatchIntake.Item(index++, Arrays.copyOfRange(window, (int) (claimStart - windowStart),
                    (int) (last + 1 - windowStart)), null));
        } else {
            out.add(new BatchIntake.Item(index++, null, new ClaimIssue(ClaimIssue.Severity.ERROR,
                    ClaimIssue.Code.MALFORMED_JSON, "", "a claim must be a JSON object")));
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

    private void error(int i, List<BatchIntake.Item> out) {
        long at = windowStart + i;
        // Only the position: the input itself may be PHI.
        out.add(malformed("not valid JSON at line " + line + ", column " + (at - lineStart + 1)));
    }

    private BatchIntake.Item malformed(String message) {
        failed = true;
        inClaim = false;
        return new BatchIntake.Item(index++, null,
                new ClaimIssue(ClaimIssue.Severity.ERROR, ClaimIssue.Code.MALFORMED_JSON, "", message));
    }
}
