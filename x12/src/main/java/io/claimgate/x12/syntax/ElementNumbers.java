package io.claimgate.x12.syntax;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Numbers read straight from an element's bytes, without making a String: the X12 decimal (type R) of the
 * common short form and plain digit runs. {@link Segment#shortDecimal} and {@link Segment#digits} use them.
 */
final class ElementNumbers {
    /** What {@link #shortDecimal} gives for bytes that are not a short decimal. */
    static final long NOT_SHORT_DECIMAL = Long.MIN_VALUE;

    private ElementNumbers() {
    }

    /**
     * The {@code n} bytes at {@code k} as an X12 decimal (an optional minus sign, digits, at most one decimal
     * point, at least one digit) of at most 13 digits and two decimals, packed as {@code unscaled << 2 | scale};
     * {@link #NOT_SHORT_DECIMAL} for anything else.
     */
    static long shortDecimal(byte[] data, int k, int n) {
        if (n <= 8 && k + 8 <= data.length && data[k] != '-') { // most amounts: in one read
            return shortDecimal8((long) LONGS.get(data, k), n);
        }
        if (n > 15) {
            return NOT_SHORT_DECIMAL;
        }
        int e = k + n;
        boolean negative = data[k] == '-';
        if (negative) {
            k++;
        }
        int point = -1;
        int digits = 0;
        long unscaled = 0;
        for (; k < e; k++) {
            int c = data[k] - '0';
            if (c >= 0 && c <= 9) {
                unscaled = unscaled * 10 + c;
                digits++;
            } else if (c == '.' - '0' && point < 0) {
                point = k;
            } else {
                return NOT_SHORT_DECIMAL;
            }
        }
        int scale = point < 0 ? 0 : e - point - 1;
        if (digits == 0 || digits > 13 || scale > 2) {
            return NOT_SHORT_DECIMAL;
        }
        return (negative ? -unscaled : unscaled) << 2 | scale;
    }

    private static final long DOTS = 0x2E2E2E2E2E2E2E2EL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /**
     * {@link #shortDecimal} of the first {@code n} (1 to 8) bytes of {@code w} (read little-endian), when the first
     * is not a minus sign: the decimal point found as a zero byte of {@code w ^ DOTS}, taken out, and the digits
     * before and after it read as one number by {@link #eightDigits}, behind as many '0's as needed.
     */
    private static long shortDecimal8(long w, int n) {
        long points = zeroBytes(w ^ DOTS);
        if (n < 8) {
            points &= (1L << (n << 3)) - 1; // only the value's own bytes
        }
        int digitBytes = n;
        int scale = 0;
        long digits = w;
        if (points != 0) {
            if ((points & (points - 1)) != 0) {
                return NOT_SHORT_DECIMAL; // two points
            }
            int at = Long.numberOfTrailingZeros(points) >>> 3;
            scale = n - at - 1;
            digitBytes = n - 1;
            if (scale > 2 || digitBytes == 0) {
                return NOT_SHORT_DECIMAL;
            }
            long before = w & ((1L << (at << 3)) - 1);
            long after = at == 7 ? 0 : (w >>> ((at + 1) << 3)) << (at << 3);
            digits = before | after;
        }
        long aligned = digitBytes == 8 ? digits : digits << ((8 - digitBytes) << 3) | ZEROS >>> (digitBytes << 3);
        long unscaled = eightDigits(aligned); // also checks that every byte is a digit
        return unscaled < 0 ? NOT_SHORT_DECIMAL : unscaled << 2 | scale;
    }

    /** The high bit of every byte of {@code x} that is zero, and no other bit (as in {@code X12Reader}). */
    private static long zeroBytes(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030303030303030L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;

    /**
     * Eight bytes read little-endian (the first byte lowest) as the number their ASCII digits write, or -1 when one
     * is not a digit: every byte's high nibble is 3 and its low nibble stays below 10 (adding 6 carries into the high
     * nibble from 10 up); then digit pairs, pairs of pairs and halves are combined with one multiply each.
     */
    static long eightDigits(long w) {
        if ((w & HIGH_NIBBLES) != ZEROS || ((w + 0x0606060606060606L) & HIGH_NIBBLES) != ZEROS) {
            return -1;
        }
        long v = w - ZEROS;                                            // one digit a byte, the first lowest
        v = (v * 10 + (v >>> 8)) & 0x00FF00FF00FF00FFL;                // two-digit numbers in every other byte
        v = (v * 100 + (v >>> 16)) & 0x0000FFFF0000FFFFL;              // four-digit numbers in every other short
        return (v * 10000 + (v >>> 32)) & 0xFFFFFFFFL;                 // the eight-digit number
    }

    /** The {@code n} bytes at {@code k} as a whole number when they are 1 to 18 ASCII digits, else -1. */
    static long digits(byte[] data, int k, int n) {
        if (n == 8 && k + 8 <= data.length) { // a CCYYMMDD date: the eight bytes in one read
            return eightDigits((long) LONGS.get(data, k));
        }
        if (n > 18) {
            return -1;
        }
        long v = 0;
        for (int e = k + n; k < e; k++) {
            int c = data[k] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }
}
