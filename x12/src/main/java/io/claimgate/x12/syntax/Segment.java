package io.claimgate.x12.syntax;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One X12 segment: an id followed by data elements. Elements are numbered from 1 as in the guides
 * ({@code element(1)} of {@code CLM*A37*100~} is {@code A37}); an absent element reads as the empty string.
 *
 * <p>The segment handed out by {@link X12Reader} is a view over the reader's buffer, valid until the
 * reader's next call to {@link X12Reader#next()}; call {@link #copy()} to keep it. Values are decoded
 * lazily, so a reader that skips a segment pays only for finding its end.
 */
public final class Segment {
    private static final String[] NO_STRINGS = new String[0];

    private byte[] data;
    private int start;          // first byte of the segment id
    private int end;            // exclusive: the terminator's offset
    int[] seps = new int[32];   // offsets of element separators, in order (filled by X12Reader's scan)
    private int sepCount;
    private Delimiters delimiters;
    private int key = NO_KEY;   // idKey(), once asked
    private boolean ascii;      // true when every byte is below 0x80 (then text needs no UTF-8 decoding)
    private static final int NO_KEY = Integer.MIN_VALUE;
    private long index;
    private int inTransaction;
    private long offset;
    private ShortValues shortValues; // see shortValue()
    private final ShortValues.Confined ownValues; // the reader's own segment only: see shortValue()
    private static final int SHORT_VALUE = ShortValues.MAX_LENGTH;

    Segment() {
        this.ownValues = null;
    }

    /** The segment an {@link X12Reader} hands out, which only the reader's thread uses. */
    static Segment readerOwned() {
        return new Segment(new ShortValues.Confined());
    }

    private Segment(ShortValues.Confined ownValues) {
        this.ownValues = ownValues;
    }

    /** Builds a free-standing segment from its id and element values (for tests and writers). */
    public static Segment of(Delimiters delimiters, String id, String... elements) {
        StringBuilder sb = new StringBuilder(id);
        for (String e : elements) {
            sb.append(delimiters.element()).append(e == null ? "" : e);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Segment s = new Segment();
        s.reset(bytes, 0, bytes.length, delimiters, 0, 0, -1);
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == delimiters.element()) {
                s.addSeparator(i);
            }
            ascii &= bytes[i] >= 0;
        }
        s.ascii = ascii;
        return s;
    }

    // The reader's one segment lives as long as the reader, so the collector soon counts it old; a reference
    // stored into an old object costs a card-marking barrier (with G1 a memory fence), so the references that
    // stay the same from segment to segment (buffer, delimiters, separator array) are stored only when they change.
    void reset(byte[] data, int start, int end, Delimiters delimiters, long index, int inTransaction, long offset) {
        if (this.data != data) {
            this.data = data;
        }
        this.start = start;
        this.end = end;
        if (this.delimiters != delimiters) {
            this.delimiters = delimiters;
        }
        this.index = index;
        this.inTransaction = inTransaction;
        this.offset = offset;
        this.sepCount = 0;
        this.key = NO_KEY;
        this.ascii = false;
    }

    /**
     * The reader's segment, set in one go once it has been scanned: its bytes {@code data[start, end)}, the
     * offsets of its {@code count} element separators in {@code seps} (relative to {@code data}), and {@code ascii}
     * only when every byte from start to end is known to be below 0x80. As in {@link #reset}, the references are
     * stored only when they change.
     */
    void set(byte[] data, int start, int end, int[] seps, int count, boolean ascii, Delimiters delimiters, long index,
            long offset) {
        if (this.data != data) {
            this.data = data;
        }
        if (this.seps != seps) {
            this.seps = seps;
        }
        if (this.delimiters != delimiters) {
            this.delimiters = delimiters;
        }
        this.start = start;
        this.end = end;
        this.sepCount = count;
        this.ascii = ascii;
        this.index = index;
        this.offset = offset;
        this.inTransaction = 0;
        this.key = NO_KEY;
    }

    void addSeparator(int at) {
        if (sepCount == seps.length) {
            seps = Arrays.copyOf(seps, seps.length * 2);
        }
        seps[sepCount++] = at;
    }

    void setInTransaction(int inTransaction) {
        this.inTransaction = inTransaction;
    }

    /** The segment id, e.g. {@code NM1}. */
    public String id() {
        int k = idKey();
        if (k >= 0) {
            return SegmentIds.of(k); // one String per id, looked up by its key (not kept here: see reset)
        }
        int idEnd = sepCount > 0 ? seps[0] : end; // not a valid id: as written, for the issue that reports it
        return new String(data, start, Math.max(0, idEnd - start), StandardCharsets.ISO_8859_1);
    }

    /**
     * The id's bytes packed into an int, first byte highest ({@code 'G' << 16 | 'S' << 8} for GS), or -1 when
     * the id is not a valid X12 segment id (2 or 3 upper-case letters or digits, the first a letter).
     */
    int idKey() {
        int k = key;
        if (k == NO_KEY) {
            k = key = computeKey();
        }
        return k;
    }

    private int computeKey() {
        int n = (sepCount > 0 ? seps[0] : end) - start;
        if (n < 2 || n > 3) {
            return -1;
        }
        int b0 = data[start];
        int b1 = data[start + 1];
        int b2 = n == 3 ? data[start + 2] : '0';
        if (b0 < 'A' || b0 > 'Z' || !idChar(b1) || !idChar(b2)) {
            return -1;
        }
        return b0 << 16 | b1 << 8 | (n == 3 ? b2 : 0);
    }

    private static boolean idChar(int b) {
        return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9';
    }

    /**
     * Upper-cases, in place, an id written (partly) in lower case that would otherwise be a valid id (2 or 3 letters
     * or digits, the first a letter): some senders write {@code clp*...}. True when it did; the reader reports it.
     */
    boolean upperCaseId() {
        int idEnd = sepCount > 0 ? seps[0] : end;
        int n = idEnd - start;
        int first = data[start] & ~0x20; // upper case, for letters
        if (n < 2 || n > 3 || first < 'A' || first > 'Z') {
            return false;
        }
        boolean lower = false;
        for (int i = start; i < idEnd; i++) {
            int b = data[i];
            if (b >= 'a' && b <= 'z') {
                lower = true;
            } else if (!idChar(b)) {
                return false;
            }
        }
        if (!lower) {
            return false;
        }
        for (int i = start; i < idEnd; i++) {
            if (data[i] >= 'a' && data[i] <= 'z') {
                data[i] -= 'a' - 'A';
            }
        }
        key = NO_KEY;
        return true;
    }

    /**
     * The id as an int, for readers that dispatch on it with a {@code switch} instead of comparing Strings: its
     * bytes packed first byte highest ({@code 'C' << 16 | 'L' << 8 | 'P'} for CLP, {@code 'L' << 16 | 'X' << 8} for
     * LX), or -1 when the id is not a valid X12 segment id. Allocates nothing.
     */
    public int idCode() {
        return idKey();
    }

    /**
     * True when this segment may be an envelope segment (ISA, IEA, GS, GE, ST, SE) or a TA1, judged by the first
     * letter of its id: false for most segments of a transaction set, so a reader can hand those on without
     * dispatching on the envelope ids first. Also true when the id is not a valid segment id.
     */
    public boolean mayBeEnvelope() {
        int k = idKey();
        return k < 0 || EnvelopeTracker.mayBeEnvelope(k);
    }

    /** True when this segment's id is {@code segmentId}; allocates nothing. */
    public boolean is(String segmentId) {
        int idEnd = sepCount > 0 ? seps[0] : end;
        int n = idEnd - start;
        if (n != segmentId.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (data[start + i] != segmentId.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Number of data elements present, trailing empty ones included (the id is not counted). */
    public int size() {
        return sepCount;
    }

    /** The delimiters of the interchange this segment came from. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** 1-based index of this segment in its input. */
    public long index() {
        return index;
    }

    /** 1-based position counted from the enclosing ST (ST = 1), 0 outside a transaction set. */
    public int positionInTransaction() {
        return inTransaction;
    }

    /** Byte offset of the segment in its input, or -1. */
    public long offset() {
        return offset;
    }

    /** Position of this segment (no element). */
    public Position position() {
        return new Position(index, inTransaction, id(), 0, 0, 0, offset);
    }

    /** Position of element {@code i} of this segment. */
    public Position position(int i) {
        return new Position(index, inTransaction, id(), i, 0, 0, offset);
    }

    private int elementStart(int i) {
        return seps[i - 1] + 1;
    }

    private int elementEnd(int i) {
        return i < sepCount ? seps[i] : end;
    }

    /** Length in bytes of element {@code i} (1-based), 0 when absent. */
    public int length(int i) {
        if (i < 1 || i > sepCount) {
            return 0;
        }
        return elementEnd(i) - elementStart(i);
    }

    /**
     * Byte {@code k} (0-based) of element {@code i}, 0 to 255, for readers that check or convert a value (digits,
     * decimals) without making a String of it; {@code k} must be below {@link #length(int) length(i)}.
     */
    public int byteAt(int i, int k) {
        if (k < 0 || k >= length(i)) {
            throw new IndexOutOfBoundsException("byte " + k + " of element " + i);
        }
        return data[elementStart(i) + k] & 0xFF;
    }

    /** Copies element {@code i} into {@code into} when it fits (to look it up by its bytes); gives its length. */
    public int elementBytes(int i, byte[] into) {
        int n = length(i);
        if (n > 0 && n <= into.length) {
            System.arraycopy(data, elementStart(i), into, 0, n);
        }
        return n;
    }

    /** True when element {@code i} is present and not empty. */
    public boolean has(int i) {
        return length(i) > 0;
    }

    /** Element {@code i} (1-based) as written, repetitions and components included; "" when absent. */
    public String element(int i) {
        int n = length(i);
        if (n == 0) {
            return "";
        }
        int s = elementStart(i);
        return n <= SHORT_VALUE ? shortValue(s, n) : decode(s, n);
    }

    /** The {@code n} bytes at {@code s} as text (UTF-8; plain ASCII is copied as it is, with no decoding). */
    private String decode(int s, int n) {
        return new String(data, s, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** A short value through this segment's {@link ShortValues} table (made on first use, shared with copies). */
    private String shortValue(int s, int n) {
        ShortValues.Confined own = ownValues;
        if (own != null) {
            return own.get(data, s, n);
        }
        ShortValues table = shortValues;
        if (table == null) {
            table = shortValues = new ShortValues();
        }
        return table.get(data, s, n);
    }

    /** True when element {@code i} equals {@code value} exactly; allocates nothing. */
    public boolean elementEquals(int i, String value) {
        int n = length(i);
        if (n != value.length()) {
            return false;
        }
        int s = n == 0 ? 0 : elementStart(i);
        for (int k = 0; k < n; k++) {
            if (data[s + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Element {@code i} as a decimal, or null when absent or not a number. */
    public BigDecimal decimal(int i) {
        String v = element(i);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What {@link #shortDecimal} gives for an element that is not a short decimal. */
    public static final long NOT_SHORT_DECIMAL = ElementNumbers.NOT_SHORT_DECIMAL;

    /**
     * Element {@code i} read straight from the bytes as an X12 decimal (type R: an optional minus sign, digits, at
     * most one decimal point, at least one digit) of at most 13 digits and two decimals, packed as
     * {@code unscaled << 2 | scale} ({@code 12.5} gives {@code 125 << 2 | 1}, {@code -3} gives {@code -3 << 2});
     * {@link #NOT_SHORT_DECIMAL} when absent or anything else, for the caller to read the long way. Nearly every
     * amount and quantity an X12 file carries is one of these.
     */
    public long shortDecimal(int i) {
        int n = length(i);
        return n == 0 ? NOT_SHORT_DECIMAL : ElementNumbers.shortDecimal(data, elementStart(i), n);
    }

    /** Element {@code i} as a whole number when it is 1 to 18 ASCII digits (no sign), else -1. */
    public long digits(int i) {
        int n = length(i);
        return n == 0 ? -1 : ElementNumbers.digits(data, elementStart(i), n);
    }

    /** Number of repetitions of element {@code i} (1 for a plain element, 0 when absent). */
    public int repetitionCount(int i) {
        int n = length(i);
        if (n == 0) {
            return 0;
        }
        char rep = delimiters.repetition();
        if (rep == 0) {
            return 1;
        }
        int count = 1;
        for (int k = elementStart(i), e = elementEnd(i); k < e; k++) {
            if (data[k] == rep) {
                count++;
            }
        }
        return count;
    }

    /** Repetition {@code r} (1-based) of element {@code i}; "" when absent. */
    public String repetition(int i, int r) {
        int[] range = repetitionRange(i, r);
        return range == null ? "" : new String(data, range[0], range[1] - range[0], StandardCharsets.UTF_8);
    }

    /** Component {@code c} (1-based) of element {@code i}, first repetition; "" when absent. */
    public String component(int i, int c) {
        return component(i, 1, c);
    }

    /** Component {@code c} (1-based) of repetition {@code r} of element {@code i}; "" when absent. */
    public String component(int i, int r, int c) {
        int[] range = repetitionRange(i, r);
        if (range == null) {
            return "";
        }
        char comp = delimiters.component();
        int s = range[0];
        int k = 1;
        for (int p = range[0]; p < range[1]; p++) {
            if (data[p] == comp) {
                if (k == c) {
                    return text(s, p - s);
                }
                k++;
                s = p + 1;
            }
        }
        return k == c ? text(s, range[1] - s) : "";
    }

    /** The {@code n} bytes at {@code s} as text: "" when empty, short values from the shared table. */
    private String text(int s, int n) {
        if (n == 0) {
            return "";
        }
        return n <= SHORT_VALUE ? shortValue(s, n) : decode(s, n);
    }

    /**
     * The first {@code into.length} components of the first repetition of element {@code i}, as
     * {@link #component(int, int) component(i, 1)}, {@code component(i, 2)}, .. give them ("" for a missing one),
     * in one pass over the element's bytes.
     */
    public void components(int i, String[] into) {
        int c = 0;
        int n = length(i);
        if (n > 0) {
            int e = elementEnd(i);
            char rep = delimiters.repetition();
            char comp = delimiters.component();
            int from = elementStart(i);
            for (int p = from; p <= e && c < into.length; p++) {
                boolean last = p == e || rep != 0 && data[p] == rep;
                if (last || data[p] == comp) {
                    into[c++] = text(from, p - from);
                    if (last) {
                        break;
                    }
                    from = p + 1;
                }
            }
        }
        for (; c < into.length; c++) {
            into[c] = "";
        }
    }

    /** Number of components in repetition {@code r} of element {@code i} (1 when it has no component separator). */
    public int componentCount(int i, int r) {
        int[] range = repetitionRange(i, r);
        if (range == null) {
            return 0;
        }
        char comp = delimiters.component();
        int count = 1;
        for (int p = range[0]; p < range[1]; p++) {
            if (data[p] == comp) {
                count++;
            }
        }
        return count;
    }

    /** All components of the first repetition of element {@code i}. */
    public String[] components(int i) {
        int n = componentCount(i, 1);
        if (n == 0) {
            return NO_STRINGS;
        }
        String[] out = new String[n];
        for (int c = 1; c <= n; c++) {
            out[c - 1] = component(i, 1, c);
        }
        return out;
    }

    private int[] repetitionRange(int i, int r) {
        int n = length(i);
        if (n == 0 || r < 1) {
            return null;
        }
        int s = elementStart(i);
        int e = elementEnd(i);
        char rep = delimiters.repetition();
        if (rep == 0) {
            return r == 1 ? new int[] {s, e} : null;
        }
        int k = 1;
        int from = s;
        for (int p = s; p < e; p++) {
            if (data[p] == rep) {
                if (k == r) {
                    return new int[] {from, p};
                }
                k++;
                from = p + 1;
            }
        }
        return k == r ? new int[] {from, e} : null;
    }

    /** All element values (1-based element i at index i-1). */
    public List<String> elements() {
        List<String> out = new ArrayList<>(sepCount);
        for (int i = 1; i <= sepCount; i++) {
            out.add(element(i));
        }
        return out;
    }

    /** An independent copy that stays valid after the reader moves on. */
    public Segment copy() {
        Segment s = new Segment();
        byte[] bytes = Arrays.copyOfRange(data, start, end);
        s.reset(bytes, 0, bytes.length, delimiters, index, inTransaction, offset);
        s.seps = new int[Math.max(1, sepCount)];
        for (int k = 0; k < sepCount; k++) {
            s.seps[k] = seps[k] - start;
        }
        s.sepCount = sepCount;
        s.key = key;
        s.ascii = ascii;
        if (shortValues == null) {
            shortValues = new ShortValues();
        }
        s.shortValues = shortValues; // one table for every copy, not one per copied segment
        return s;
    }

    /** The segment as written, without its terminator. */
    @Override
    public String toString() {
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }
}
