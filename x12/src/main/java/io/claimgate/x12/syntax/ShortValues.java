package io.claimgate.x12.syntax;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The Strings of short element values, one per distinct value: a direct-mapped table of 1,024 slots keyed by
 * the value's bytes and length packed into a long. Shared by a reader's {@link Segment#copy() copies} (and used by
 * free-standing segments); the entries are immutable, so a copy read on another thread at worst misses the cache.
 * The reader's own segment uses a {@link Confined} table instead.
 */
final class ShortValues {
    /** Values of at most this many bytes are cached. */
    static final int MAX_LENGTH = 4;
    private static final int SLOTS = 1024;
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** A short value and its bytes (and length) packed into a long: one immutable object, safe to share. */
    private record ShortValue(long key, String value) {
    }

    private final ShortValue[] table = new ShortValue[SLOTS];

    /**
     * Short ASCII values (codes and qualifiers: {@code HC}, {@code UN}, {@code D8}, {@code 1}) repeat all
     * through a file, so each becomes one String, kept in a small table owned by one segment (so by one reader)
     * and shared with its {@link Segment#copy() copies}: the entries are immutable, so a copy read on another thread
     * at worst misses the cache.
     */
    String get(byte[] data, int s, int n) {
        long key = key(data, s, n);
        if (key < 0) {
            return new String(data, s, n, StandardCharsets.UTF_8);
        }
        int slot = slot(key);
        ShortValue cached = table[slot];
        if (cached != null && cached.key == key) {
            return cached.value;
        }
        String v = new String(data, s, n, StandardCharsets.ISO_8859_1);
        table[slot] = new ShortValue(key, v);
        return v;
    }

    /** The {@code n} (1 to 4) bytes at {@code s} and their number packed into a long; -1 when one is not ASCII. */
    private static long key(byte[] data, int s, int n) {
        if (s + 4 <= data.length) { // the four bytes from s in one read, those past the value masked off
            int mask = (int) ((1L << (n << 3)) - 1);
            int bytes = (int) INTS.get(data, s) & mask;
            return (bytes & 0x80808080) != 0 ? -1 : (long) n << 32 | bytes;
        }
        int bytes = 0;
        for (int k = n - 1; k >= 0; k--) {
            byte b = data[s + k];
            if (b < 0) {
                return -1;
            }
            bytes = bytes << 8 | b;
        }
        return (long) n << 32 | bytes;
    }

    private static int slot(long key) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 54); // the top 10 bits: SLOTS = 1024
    }

    /**
     * The same table for the reader's own segment, which one thread uses: keys and values in two arrays, so a
     * lookup reads two slots side by side instead of following a reference to an entry (an 835 asks for a dozen
     * short values a claim, and the records made meanwhile push the entries out of the nearest caches). Not safe
     * to share between threads (a key could be seen with another key's value), so {@link Segment#copy() copies}
     * use a {@link ShortValues} instead.
     */
    static final class Confined {
        private final long[] keys = new long[SLOTS];
        private final String[] values = new String[SLOTS];

        String get(byte[] data, int s, int n) {
            long key = key(data, s, n);
            if (key < 0) {
                return new String(data, s, n, StandardCharsets.UTF_8);
            }
            int slot = slot(key);
            String v = values[slot];
            if (v != null && keys[slot] == key) {
                return v;
            }
            v = new String(data, s, n, StandardCharsets.ISO_8859_1);
            keys[slot] = key;
            values[slot] = v;
            return v;
        }
    }
}
