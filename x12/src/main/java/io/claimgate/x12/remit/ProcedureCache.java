package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.syntax.Segment;
import java.util.Arrays;

/**
 * The procedures (SVC01, SVC06) of one transaction set, looked up by the composite's bytes as written. A remittance
 * pays the same codes with the same modifiers over and over, and a {@link Procedure} is immutable, so one instance
 * serves every line that sent the same bytes (the delimiters stay the same within a transaction set, so the same
 * bytes always read as the same procedure). Direct-mapped, {@value #SLOTS} slots; one reader (one thread) owns it.
 */
final class ProcedureCache {
    private static final int SLOTS = 256;
    private static final int MAX_BYTES = 48;
    private final byte[] bytes = new byte[MAX_BYTES];
    private final byte[][] keys = new byte[SLOTS][];
    private final Procedure[] values = new Procedure[SLOTS];
    private final String[] parts = new String[7];

    /** Composite element {@code i} of {@code s} as {@link ElementReader#procedure(Segment, int)} reads it. */
    Procedure get(Segment s, int i) {
        int n = s.elementBytes(i, bytes);
        if (n == 0 || n > MAX_BYTES) {
            return ElementReader.procedure(s, i, parts);
        }
        int h = n;
        for (int k = 0; k < n; k++) {
            h = 31 * h + bytes[k];
        }
        int slot = (h * 0x9E3779B1) >>> 24; // the top 8 bits of a multiplicative hash: SLOTS = 256
        byte[] key = keys[slot];
        if (key != null && Arrays.equals(key, 0, key.length, bytes, 0, n)) {
            return values[slot];
        }
        Procedure p = ElementReader.procedure(s, i, parts);
        keys[slot] = Arrays.copyOf(bytes, n);
        values[slot] = p;
        return p;
    }
}
