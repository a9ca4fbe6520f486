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
     * after the ISA, a line break whose preceding byte (a CR before an LF aside) is not the ISA's terminator.
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
        if (terminator == '\n' || terminator == '\r') {
            return false;
        }
        for (int q = p + 2; q < end; q++) {
            byte b = buf[q];
            if (b == '\n' || b == '\r') {
                int before = q - 1;
                if (b == '\n' && buf[before] == '\r') {
                    before--;
                }
                return buf[before] != terminator && buf[before] != '\n' && buf[before] != '\r';
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
