package io.claimgate.x12.syntax;

/**
 * Streams wrapped into fixed-width lines (some payers cut an interchange every 80 or 132 bytes with CR LF,
 * wherever that falls: inside the ISA, a segment id or an amount). {@link X12Reader} asks {@link #isWrapped}
 * once per ISA whose terminator is not itself a line break, and then drops every CR and LF it reads.
 */
final class WrappedLines {
    /** How far past an ISA the first line break is looked for (wrapped lines are 80 to a few hundred wide). */
    static final int WINDOW = 2048;

    private WrappedLines() {
    }

    /**
     * True when the ISA at {@code pos} (or the segments buffered right after it, up to {@code limit}) has a line
     * break that is not right after a segment terminator: a CR or LF before the 16th element separator, or,
     * after the ISA, any line break in the window whose preceding byte (CRs and LFs before it aside) is not the
     * ISA's terminator. Every line break in the window up to the next ISA is looked at, not only the first: a stream
     * cut every 106 bytes has its first break right after the ISA's terminator by chance, and the next ones inside
     * segments.
     */
    static boolean isWrapped(byte[] buf, int pos, int limit) {
        byte element = buf[pos + 3];
        int count = 0;
        int p = pos + 3;
        int end = Math.min(limit, pos + WINDOW);
        for (; p < end && count < 16; p++) {
            byte b = buf[p];
            if (b == element) {
                count++;
            } else if (b == '\n' || b == '\r') {
                return true;
            }
        }
        if (p + 1 >= end) {
            return false;
        }
        byte terminator = buf[p + 1];
        if (terminator == '\n' || terminator == '\r' || buf[p] == '\n' || buf[p] == '\r') {
            return false; // line breaks end the segments (after ISA16, or in its place when it was left out)
        }
        for (int q = p + 2; q < end; q++) {
            byte b = buf[q];
            byte before = buf[q - 1];
            boolean afterBreak = before == '\n' || before == '\r';
            if ((b == '\n' || b == '\r') && !afterBreak && before != terminator) {
                return true;
            }
            if (b == 'I' && (afterBreak || before == terminator) && q + 2 < end && buf[q + 1] == 'S' && buf[q + 2] == 'A') {
                return false; // the next interchange, which may have other delimiters: it is asked about itself
            }
        }
        return false;
    }

    /** Removes CR and LF from {@code buf[from, to)} in place; returns how many bytes remain. */
    static int dropLineBreaks(byte[] buf, int from, int to) {
        int w = from;
        for (int r = from; r < to; r++) {
            byte b = buf[r];
            if (b != '\n' && b != '\r') {
                buf[w++] = b;
            }
        }
        return w - from;
    }
}
