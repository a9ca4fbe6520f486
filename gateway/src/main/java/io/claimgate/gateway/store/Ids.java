package io.claimgate.gateway.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ids: a prefix and 26 characters of Crockford base32, the first 10 the creation time in milliseconds
 * and the rest 80 random bits (ULID layout), so that ids sort by creation time and a cursor can page
 * by id.
 */
final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String claim(Instant now) {
        return "clm_" + timeOrdered(now);
    }

    static String batch(Instant now) {
        return "bat_" + timeOrdered(now);
    }

    static String submitter(Instant now) {
        return "sub_" + timeOrdered(now);
    }

    /**
     * {@code n} claim ids for claims stored together at {@code now}, ascending: one draw of 79 random bits,
     * then that number plus 1, 2, ... (as ULID's monotonic mode does within a millisecond). One draw of the
     * secure random source per chunk instead of one per claim, and the rows go into the id indexes in order.
     */
    static List<String> claims(Instant now, int n) {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        long hi = (bits[0] & 0x7F) << 8 | (bits[1] & 0xFF);
        long lo = 0;
        for (int i = 2; i < 10; i++) {
            lo = lo << 8 | (bits[i] & 0xFF);
        }
        return claims(now, n, hi, lo);
    }

    /** {@code n} ascending claim ids from the 80-bit number {@code hi} (upper 16 bits) and {@code lo} (lower 64). */
    static List<String> claims(Instant now, int n, long hi, long lo) {
        char[] time = new char[10];
        long millis = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            time[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        List<String> ids = new ArrayList<>(n);
        char[] out = new char[30];
        "clm_".getChars(0, 4, out, 0);
        System.arraycopy(time, 0, out, 4, 10);
        for (int k = 0; k < n; k++) {
            // 80 bits, hi (16) then lo (64), as 16 base32 digits, the most significant first.
            for (int j = 15; j >= 0; j--) {
                int shift = (15 - j) * 5;
                long digit = shift >= 64 ? hi >>> (shift - 64) : shift > 59 ? (lo >>> shift) | (hi << (64 - shift)) : lo >>> shift;
                out[14 + j] = ALPHABET[(int) (digit & 31)];
            }
            ids.add(new String(out));
            if (++lo == 0) {
                hi++;
            }
        }
        return ids;
    }

    /** 16 random base32 characters (80 bits): the public part of an API key. */
    static String keyId() {
        return random(16);
    }

    static String timeOrdered(Instant now) {
        char[] out = new char[26];
        long millis = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        String rest = random(16);
        rest.getChars(0, 16, out, 10);
        return new String(out);
    }

    /** {@code length} random base32 characters (5 bits each), from one draw of the secure random source. */
    static String random(int length) {
        byte[] bits = new byte[(length * 5 + 7) / 8];
        RANDOM.nextBytes(bits);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            int bit = i * 5;
            int word = (bits[bit / 8] & 0xFF) << 8 | (bit / 8 + 1 < bits.length ? bits[bit / 8 + 1] & 0xFF : 0);
            out[i] = ALPHABET[(word >>> (11 - bit % 8)) & 31];
        }
        return new String(out);
    }
}
