package io.claimgate.x12.syntax;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes X12 with envelopes whose counts and trailers are computed, never typed: SE01 counts the segments
 * of the transaction set, GE01 the transaction sets of the group, IEA01 the groups of the interchange.
 * Control numbers are the caller's.
 *
 * <p>Every value is checked: one holding a delimiter character or a line break is refused with an
 * {@link X12WriteException} naming the field, and nothing of that segment is written. Trailing empty
 * elements and components are dropped, as X12 requires.
 */
public final class X12Writer implements Closeable, Flushable {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final OutputStream out;
    private final Delimiters d;
    private final boolean lineBreaks;
    private byte[] buf = new byte[16 * 1024];
    private int len;

    private final SegmentBuilder builder = new SegmentBuilder();
    private boolean inInterchange;
    private boolean inGroup;
    private boolean inTransaction;
    private long interchangeControl;
    private long groupControl;
    private String transactionControl;
    private int groups;
    private int transactions;
    private int segments;

    /**
     * @param out        where the bytes go (not closed by {@link #flush()}; closed by {@link #close()})
     * @param delimiters the delimiters to write with
     * @param lineBreaks write a line feed after every segment terminator (readable, and accepted by every reader we know)
     */
    public X12Writer(OutputStream out, Delimiters delimiters, boolean lineBreaks) {
        this.out = out;
        this.d = delimiters;
        this.lineBreaks = lineBreaks;
    }

    public Delimiters delimiters() {
        return d;
    }

    /** Writes the ISA. */
    public void beginInterchange(InterchangeHeader h) {
        state(!inInterchange, "an interchange is already open");
        SegmentBuilder s = segment("ISA");
        s.fixed("00", 2).fixed("", 10).fixed("00", 2).fixed("", 10)
                .fixed(h.senderQualifier(), 2).fixed(h.senderId(), 15)
                .fixed(h.receiverQualifier(), 2).fixed(h.receiverId(), 15)
                .fixed(YYMMDD.format(h.timestamp()), 6).fixed(HHMM.format(h.timestamp()), 4)
                .raw(d.repetition() == 0 ? "U" : String.valueOf(d.repetition()))
                .fixed("00501", 5).fixed(String.format("%09d", h.controlNumber()), 9)
                .fixed(h.acknowledgmentRequested() ? "1" : "0", 1).fixed(h.production() ? "P" : "T", 1)
                .raw(String.valueOf(d.component()));
        s.end();
        inInterchange = true;
        interchangeControl = h.controlNumber();
        groups = 0;
    }

    /** Writes the GS. */
    public void beginGroup(GroupHeader g) {
        state(inInterchange && !inGroup, "a group needs an open interchange and no open group");
        segment("GS").element(g.functionalId()).element(g.senderCode()).element(g.receiverCode())
                .element(CCYYMMDD.format(g.timestamp())).element(HHMM.format(g.timestamp()))
                .element(Long.toString(g.controlNumber())).element("X").element(g.version()).end();
        inGroup = true;
        groupControl = g.controlNumber();
        groups++;
        transactions = 0;
    }

    /** Writes the ST; {@code reference} is ST03 (the implementation guide, e.g. 005010X222A1), may be empty. */
    public void beginTransaction(String id, String controlNumber, String reference) {
        state(inGroup && !inTransaction, "a transaction set needs an open group and no open transaction set");
        if (controlNumber.length() < 4 || controlNumber.length() > 9) {
            throw new X12WriteException("ST02", "control number must be 4 to 9 characters");
        }
        inTransaction = true;
        segments = 0;
        transactionControl = controlNumber;
        transactions++;
        segment("ST").element(id).element(controlNumber).element(reference).end();
    }

    /** Starts a segment; call {@link SegmentBuilder#end()} to write it. */
    public SegmentBuilder segment(String id) {
        if (builder.open) {
            throw new IllegalStateException("segment " + builder.id + " was not ended");
        }
        builder.start(id);
        return builder;
    }

    /** Writes the SE with the segment count and ST02. Returns the number of segments (SE01). */
    public int endTransaction() {
        state(inTransaction, "no open transaction set");
        int count = segments + 1;
        segment("SE").element(Integer.toString(count)).element(transactionControl).end();
        inTransaction = false;
        return count;
    }

    /** Writes the GE with the transaction set count and GS06. */
    public void endGroup() {
        state(inGroup && !inTransaction, "no open group, or a transaction set is still open");
        segment("GE").element(Integer.toString(transactions)).element(Long.toString(groupControl)).end();
        inGroup = false;
    }

    /** Writes the IEA with the group count and ISA13. */
    public void endInterchange() {
        state(inInterchange && !inGroup, "no open interchange, or a group is still open");
        segment("IEA").element(Integer.toString(groups)).element(String.format("%09d", interchangeControl)).end();
        inInterchange = false;
        flushBuffer(false);
    }

    /** Segments written so far in the open transaction set, ST included. */
    public int segmentCount() {
        return segments;
    }

    @Override
    public void flush() {
        flushBuffer(true);
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private void flushBuffer(boolean flushStream) {
        try {
            out.write(buf, 0, len);
            len = 0;
            if (flushStream) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void state(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /**
     * Builds one segment. Elements are appended in order; empty ones are held back and written only if a
     * non-empty element follows, so trailing separators never appear.
     */
    public final class SegmentBuilder {
        private String id;
        private boolean open;
        private int segStart;
        private int element;
        private int pendingEmpty;

        private void start(String segmentId) {
            this.id = segmentId;
            this.open = true;
            this.segStart = len;
            this.element = 0;
            this.pendingEmpty = 0;
            ensure(segmentId.length());
            for (int i = 0; i < segmentId.length(); i++) {
                buf[len++] = (byte) segmentId.charAt(i);
            }
        }

        /** Appends a simple element; null or "" leaves it empty. */
        public SegmentBuilder element(String value) {
            element++;
            if (value == null || value.isEmpty()) {
                pendingEmpty++;
                return this;
            }
            writeSeparators();
            writeValue(value, 0);
            return this;
        }

        /** Appends an amount as X12 type R: no trailing zeros after the point, no point when whole. */
        public SegmentBuilder amount(BigDecimal value) {
            return element(value == null ? null : Decimals.toX12(value));
        }

        /** Appends a composite element; trailing empty components are dropped, all-empty leaves it empty. */
        public SegmentBuilder composite(String... components) {
            element++;
            int last = components.length - 1;
            while (last >= 0 && (components[last] == null || components[last].isEmpty())) {
                last--;
            }
            if (last < 0) {
                pendingEmpty++;
                return this;
            }
            writeSeparators();
            for (int c = 0; c <= last; c++) {
                if (c > 0) {
                    ensure(1);
                    buf[len++] = (byte) d.component();
                }
                String v = components[c];
                if (v != null && !v.isEmpty()) {
                    writeValue(v, c + 1);
                }
            }
            return this;
        }

        /** Appends a repeated simple element (joined with the repetition separator). */
        public SegmentBuilder repeated(String... values) {
            if (d.repetition() == 0 && values.length > 1) {
                throw new X12WriteException(ref(element + 1, 0), "the interchange has no repetition separator");
            }
            element++;
            boolean any = false;
            for (String v : values) {
                any |= v != null && !v.isEmpty();
            }
            if (!any) {
                pendingEmpty++;
                return this;
            }
            writeSeparators();
            for (int r = 0; r < values.length; r++) {
                if (r > 0) {
                    ensure(1);
                    buf[len++] = (byte) d.repetition();
                }
                if (values[r] != null) {
                    writeValue(values[r], 0);
                }
            }
            return this;
        }

        /** Skips {@code n} elements (leaves them empty). */
        public SegmentBuilder skip(int n) {
            element += n;
            pendingEmpty += n;
            return this;
        }

        SegmentBuilder fixed(String value, int width) {
            if (value.length() > width) {
                throw new X12WriteException(ref(element + 1, 0), "longer than its fixed width " + width);
            }
            element++;
            writeSeparators();
            writeValue(value, 0);
            for (int i = value.length(); i < width; i++) {
                ensure(1);
                buf[len++] = ' ';
            }
            return this;
        }

        SegmentBuilder raw(String value) {
            element++;
            writeSeparators();
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            return this;
        }

        /** Writes the segment terminator and counts the segment. */
        public void end() {
            open = false;
            ensure(2);
            buf[len++] = (byte) d.segment();
            if (lineBreaks) {
                buf[len++] = '\n';
            }
            if (inTransaction) {
                segments++;
            }
            if (len > 64 * 1024) {
                flushBuffer(false);
            }
        }

        /** Drops the segment being built (used when a value is refused). */
        private void abandon() {
            len = segStart;
            open = false;
        }

        private void writeSeparators() {
            ensure(pendingEmpty + 1);
            for (int i = 0; i <= pendingEmpty; i++) {
                buf[len++] = (byte) d.element();
            }
            pendingEmpty = 0;
        }

        private void writeValue(String v, int component) {
            int n = v.length();
            ensure(n * 3);
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                if (c < 0x80) {
                    if (c == d.element() || c == d.component() || c == d.segment() || (d.repetition() != 0 && c == d.repetition())) {
                        abandon();
                        throw new X12WriteException(ref(element, component), "value holds the " + d.roleOf(c) + " '" + c + "'");
                    }
                    if (c == '\n' || c == '\r') {
                        abandon();
                        throw new X12WriteException(ref(element, component), "value holds a line break");
                    }
                    buf[len++] = (byte) c;
                } else {
                    byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    if (Character.isHighSurrogate(c) && i + 1 < n) {
                        b = v.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                        i++;
                    }
                    ensure(b.length);
                    System.arraycopy(b, 0, buf, len, b.length);
                    len += b.length;
                }
            }
        }

        private String ref(int e, int component) {
            String r = id + (e < 10 ? "0" : "") + e;
            return component > 0 ? r + "-" + (component < 10 ? "0" : "") + component : r;
        }
    }
}
