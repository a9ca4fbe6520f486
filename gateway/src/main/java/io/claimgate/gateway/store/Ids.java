package io.claimgate.gateway.store;

import java.security.SecureRandom;
import java.time.Instant;

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
