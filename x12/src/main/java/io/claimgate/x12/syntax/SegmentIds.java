package io.claimgate.x12.syntax;

/**
 * A small cache so that the few dozen segment ids of a file become one String each, not one per segment. Keyed by
 * {@link Segment#idKey()} (the id's bytes packed into an int), so a hit costs no look at the bytes.
 */
final class SegmentIds {
    private static final int SLOTS = 1024;
    private static final Entry[] CACHE = new Entry[SLOTS];

    /** An id and its key; one object, so a racy read sees both or neither. */
    private record Entry(int key, String id) {
    }

    private SegmentIds() {
    }

    /** The id whose {@link Segment#idKey()} is {@code key} (not negative: a valid id). */
    static String of(int key) {
        int slot = (key * 0x9E3779B1) >>> 22; // the top 10 bits: SLOTS = 1024
        Entry cached = CACHE[slot];
        if (cached != null && cached.key == key) {
            return cached.id;
        }
        char[] chars = (key & 0xff) == 0
                ? new char[] {(char) (key >>> 16), (char) (key >>> 8 & 0xff)}
                : new char[] {(char) (key >>> 16), (char) (key >>> 8 & 0xff), (char) (key & 0xff)};
        String s = new String(chars);
        CACHE[slot] = new Entry(key, s); // racy but benign: an Entry is immutable and a miss only costs an allocation
        return s;
    }
}
