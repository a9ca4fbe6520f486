package io.claimgate.x12.syntax;

import java.nio.charset.StandardCharsets;

/** A small cache so that the few dozen segment ids of a file become one String each, not one per segment. */
final class SegmentIds {
    private static final int SLOTS = 1024;
    private static final Entry[] CACHE = new Entry[SLOTS];

    /** An id and its bytes packed into an int; one object, so a racy read sees both or neither. */
    private record Entry(int key, String id) {
    }

    private SegmentIds() {
    }

    static String lookup(byte[] data, int start, int length) {
        if (length < 1 || length > 3) {
            return new String(data, start, Math.max(0, length), StandardCharsets.ISO_8859_1);
        }
        int key = length; // the length in the low bits keeps "A" and "\0A" apart
        for (int i = 0; i < length; i++) {
            key = (key << 8) | (data[start + i] & 0xff);
        }
        int slot = (key * 0x9E3779B1 >>> 22) & (SLOTS - 1);
        Entry cached = CACHE[slot];
        if (cached != null && cached.key == key) {
            return cached.id;
        }
        String s = new String(data, start, length, StandardCharsets.ISO_8859_1);
        CACHE[slot] = new Entry(key, s); // racy but benign: an Entry is immutable and a miss only costs an allocation
        return s;
    }
}
