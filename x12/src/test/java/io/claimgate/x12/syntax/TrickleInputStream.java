package io.claimgate.x12.syntax;

import java.io.InputStream;

/** Hands out at most {@code step} bytes a read, to put buffer boundaries everywhere. */
final class TrickleInputStream extends InputStream {
    private final byte[] data;
    private final int step;
    private int pos;

    TrickleInputStream(byte[] data, int step) {
        this.data = data;
        this.step = step;
    }

    @Override
    public int read() {
        return pos < data.length ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos >= data.length) {
            return -1;
        }
        int n = Math.min(Math.min(len, step), data.length - pos);
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
    }
}
