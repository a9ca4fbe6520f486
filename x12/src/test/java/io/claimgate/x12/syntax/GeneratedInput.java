package io.claimgate.x12.syntax;

import java.io.InputStream;

/**
 * An input made a piece at a time as it is read and never held whole, for tests that read far more X12 than
 * would fit in memory.
 */
public abstract class GeneratedInput extends InputStream {
    private byte[] current;
    private int at;
    private long generated;

    /** Starts with {@code first}; {@link #nextPiece()} is asked for the rest. */
    protected GeneratedInput(byte[] first) {
        current = first;
    }

    /** The piece that follows (never empty), or null when the input has ended. */
    protected abstract byte[] nextPiece();

    /** Bytes handed out so far. */
    public final long generated() {
        return generated;
    }

    @Override
    public final int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) {
        if (at == current.length) {
            byte[] next = nextPiece();
            if (next == null) {
                return -1;
            }
            current = next;
            at = 0;
        }
        int n = Math.min(len, current.length - at);
        System.arraycopy(current, at, b, off, n);
        at += n;
        generated += n;
        return n;
    }
}
