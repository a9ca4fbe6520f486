package io.claimgate.x12.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Input saved as UTF-16 (a Windows editor's "Unicode"): {@link X12Reader} reads bytes, so such a stream is decoded
 * and handed on re-encoded in UTF-8, the encoding {@link Segment} reads non-ASCII values in. Delimiters are ASCII, and
 * the bytes of a non-ASCII character in UTF-8 are all above 0x7F, so no character can be taken for a delimiter and
 * segment and element positions are those of the text. Byte offsets count the UTF-8 bytes. Bytes that are not
 * UTF-16 (an odd last byte, a lone surrogate) become U+FFFD, and the characters around them stay as they are.
 */
final class Utf16Input extends InputStream {
    /** UTF-16LE, UTF-16BE, or null when the first bytes are neither a UTF-16 byte-order mark nor "ISA" in UTF-16. */
    static Charset detect(byte[] b, int pos, int limit) {
        int n = limit - pos;
        if (n >= 2 && (b[pos] & 0xff) == 0xFF && (b[pos + 1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[pos] & 0xff) == 0xFE && (b[pos + 1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 6 && b[pos] == 'I' && b[pos + 1] == 0 && b[pos + 2] == 'S' && b[pos + 3] == 0 && b[pos + 4] == 'A'
                && b[pos + 5] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 6 && b[pos] == 0 && b[pos + 1] == 'I' && b[pos + 2] == 0 && b[pos + 3] == 'S' && b[pos + 4] == 0
                && b[pos + 5] == 'A') {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** True when the two bytes at {@code pos} are a UTF-16 byte-order mark (dropped: it is not text). */
    static boolean hasByteOrderMark(byte[] b, int pos, int limit) {
        return limit - pos >= 2 && ((b[pos] & 0xff) == 0xFF && (b[pos + 1] & 0xff) == 0xFE
                || (b[pos] & 0xff) == 0xFE && (b[pos + 1] & 0xff) == 0xFF);
    }

    private static final int REPLACEMENT = 0xFFFD;

    private final InputStream in;
    private final boolean littleEndian;
    private final byte[] raw = new byte[8192];
    private int rawLength; // bytes in raw: a part of a character (an odd byte, half a pair) stays for the next read
    private final byte[] out = new byte[raw.length / 2 * 3 + 8];
    private int outPos;
    private int outLength;
    private boolean ended;

    /** Decodes {@code in} (which starts after any byte-order mark) as UTF-16LE or UTF-16BE. */
    Utf16Input(InputStream in, Charset charset) {
        this.in = in;
        this.littleEndian = charset.equals(StandardCharsets.UTF_16LE);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos == outLength) {
            if (ended) {
                return -1;
            }
            decode();
        }
        int n = Math.min(len, outLength - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    /**
     * Reads more bytes and turns the whole characters among them into UTF-8. A lone surrogate becomes U+FFFD and the
     * unit after it is decoded on its own (the JDK's decoder would swallow it, a delimiter perhaps, with the surrogate).
     */
    private void decode() throws IOException {
        outPos = 0;
        outLength = 0;
        int n = in.read(raw, rawLength, raw.length - rawLength);
        if (n < 0) {
            ended = true;
        } else {
            rawLength += n;
        }
        int i = 0;
        while (i + 1 < rawLength) {
            int unit = unit(i);
            if (Character.isHighSurrogate((char) unit)) {
                if (i + 3 >= rawLength) {
                    if (!ended) {
                        break; // the low half may come with the next read
                    }
                    put(REPLACEMENT);
                    i += 2;
                    continue;
                }
                int low = unit(i + 2);
                if (Character.isLowSurrogate((char) low)) {
                    put(Character.toCodePoint((char) unit, (char) low));
                    i += 4;
                } else {
                    put(REPLACEMENT);
                    i += 2;
                }
            } else {
                put(Character.isLowSurrogate((char) unit) ? REPLACEMENT : unit);
                i += 2;
            }
        }
        if (ended && i < rawLength) {
            put(REPLACEMENT); // an odd byte at the end
            i = rawLength;
        }
        System.arraycopy(raw, i, raw, 0, rawLength - i);
        rawLength -= i;
    }

    private int unit(int i) {
        int first = raw[i] & 0xff;
        int second = raw[i + 1] & 0xff;
        return littleEndian ? second << 8 | first : first << 8 | second;
    }

    private void put(int codePoint) {
        if (codePoint < 0x80) {
            out[outLength++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            out[outLength++] = (byte) (0xC0 | codePoint >> 6);
            out[outLength++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            out[outLength++] = (byte) (0xE0 | codePoint >> 12);
            out[outLength++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            out[outLength++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            out[outLength++] = (byte) (0xF0 | codePoint >> 18);
            out[outLength++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            out[outLength++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            out[outLength++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
