package io.claimgate.x12.syntax;

import java.nio.charset.StandardCharsets;

/** A small cache so that the few dozen segment ids of a file become one String each, not one per segment. */
final class SegmentIds {
    private static final int SLOTS = 1024;
    private static final String[] CACHE = new String[SLOTS];

    private SegmentIds() {
    }

    static String lookup(byte[] data, int start, int length) {
        if (length < 1 || length > 3) {
            return new String(data, start, Math.max(0, length), StandardCharsets.ISO_8859_1);
        }
        int key = 0;
        for (int i = 0; i < length; i++) {
            key = (key << 8) | (data[start + i] & 0xff);
        }
        int slot = (key * 0x9E3779B1 >>> 22) & (SLOTS - 1);
        String cached = CACHE[slot];
        if (cached != null && matches(cached, data, start, length)) {
            return cached;
        }
        String s = new String(data, start, length, StandardCharsets.ISO_8859_1);
        CACHE[slot] = s; // racy but benign: a String is immutable and a miss only costs an allocation
        return s;
    }

    private static boolean matches(String s, byte[] data, int start, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != (data[start + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
