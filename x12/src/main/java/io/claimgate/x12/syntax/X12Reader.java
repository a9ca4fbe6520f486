package io.claimgate.x12.syntax;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A streaming X12 reader. It takes the delimiters of every interchange from its ISA (so a file may hold
 * several interchanges with different delimiters), tolerates a UTF-8 byte-order mark and line breaks
 * between segments, and keeps a bounded buffer, so memory stays constant whatever the size of the input.
 *
 * <pre>{@code
 * try (X12Reader reader = X12Reader.of(in)) {
 *     while (reader.next()) {
 *         Segment s = reader.segment();   // valid until the next call to next()
 *     }
 *     reader.issues();                    // envelope and syntax problems, positioned
 * }
 * }</pre>
 *
 * <p>Envelope problems (ISA/IEA, GS/GE, ST/SE control numbers and counts, missing trailers) are reported
 * as {@link X12Issue}s and reading goes on; only input that is not X12 at all stops it.
 */
public final class X12Reader implements Closeable {
    /** Longest segment accepted; a longer run without a terminator is reported and skipped. */
    public static final int MAX_SEGMENT_BYTES = 1 << 20;
    private static final int MAX_KEPT_ISSUES = 10_000;

    private InputStream in; // replaced by a decoding stream when the input turns out to be UTF-16
    private byte[] buf;
    private int pos;
    private int limit;
    private long consumed; // bytes discarded from the front of buf so far
    private boolean eof;
    private boolean started;
    /**
     * The input is "wrapped": some senders break the stream into fixed-width lines (80 characters is common)
     * whatever the segment boundaries, so CR and LF fall inside segments and elements. When the terminator is
     * not itself CR or LF, line breaks are then dropped from the input as it is read. Byte offsets in
     * positions count the bytes kept.
     */
    private boolean unwrap;
    private boolean stopped;

    private Delimiters delimiters;
    private final Segment segment = Segment.readerOwned();
    private long segmentIndex;

    private final EnvelopeTracker envelope;
    private final List<X12Issue> issues = new ArrayList<>();
    private final Consumer<X12Issue> listener;
    private long issueCount;
    private boolean hasErrors;

    private X12Reader(InputStream in, int bufferSize, Consumer<X12Issue> listener) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.listener = listener;
        this.envelope = new EnvelopeTracker(this::report);
    }

    /** Reads from a stream; the reader closes it. */
    public static X12Reader of(InputStream in) {
        return new X12Reader(in, 64 * 1024, null);
    }

    /** Reads from a stream, handing every issue to {@code listener} as well as keeping it. */
    public static X12Reader of(InputStream in, Consumer<X12Issue> listener) {
        return new X12Reader(in, 64 * 1024, listener);
    }

    /** Reads bytes already in memory. */
    public static X12Reader of(byte[] data) {
        return new X12Reader(new ByteArrayInputStream(data), Math.max(1024, Math.min(data.length + 1, 64 * 1024)), null);
    }

    /** Reads a file. */
    public static X12Reader of(Path file) throws IOException {
        return of(Files.newInputStream(file));
    }

    /** Advances to the next segment; false at the end of the input (or when the input is not X12). */
    public boolean next() {
        if (stopped) {
            return false;
        }
        try {
            return advance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current segment: a view valid until the next call to {@link #next()}. */
    public Segment segment() {
        return segment;
    }

    /** Delimiters of the current interchange, or null before the first ISA. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** Issues kept so far (at most 10,000; {@link #issueCount()} counts them all). */
    public List<X12Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    /** Number of issues reported so far. */
    public long issueCount() {
        return issueCount;
    }

    /** True when any issue of severity ERROR was reported. */
    public boolean hasErrors() {
        return hasErrors;
    }

    /** True when the input did not start with an ISA, so nothing could be read. */
    public boolean notX12() {
        return stopped && segmentIndex == 0;
    }

    /** Envelope context of the current segment: the interchange, group and transaction it is in. */
    public EnvelopeContext context() {
        return envelope.context();
    }

    /** Bytes consumed so far. */
    public long bytesRead() {
        return consumed + pos;
    }

    /** Size of the internal buffer, for tests that check memory stays bounded. */
    int bufferCapacity() {
        return buf.length;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    void report(X12Issue issue) {
        issueCount++;
        if (issue.isError()) {
            hasErrors = true;
        }
        if (issues.size() < MAX_KEPT_ISSUES) {
            issues.add(issue);
        }
        if (listener != null) {
            listener.accept(issue);
        }
    }

    private boolean advance() throws IOException {
        if (!started) {
            started = true;
            if (!ensure(3)) {
                return notX12("Input is empty");
            }
            if ((buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
                pos += 3;
            } else {
                decodeUtf16();
            }
        }
        while (true) {
            if (!skipWhitespace()) {
                if (delimiters == null) {
                    return notX12("Input holds only white space");
                }
                envelope.finish(segmentIndex);
                stopped = true;
                return false;
            }
            if (delimiters != null && buf[pos] != 'I') {
                // the common case: an ordinary segment of the current interchange
            } else if (looksLikeIsa()) {
                if (!readIsaDelimiters()) {
                    if (delimiters == null) {
                        return notX12("ISA segment cannot be read: its delimiters are not where the ISA puts them");
                    }
                    report(X12Issue.error(X12Error.ISA_MALFORMED, new Position(segmentIndex + 1, 0, "ISA", 0, 0, 0, bytesRead()),
                            "ISA segment cannot be read: its delimiters are not where the ISA puts them"));
                }
            } else if (delimiters == null) {
                if (!skipToIsa()) {
                    return notX12(startsWithEbcdicIsa()
                            ? "Input is EBCDIC (it starts with \"ISA\" in a mainframe's character set), not ASCII: not read;"
                                    + " convert it to ASCII (e.g. transfer it in text mode) and send it again"
                            : "Input is not X12: it does not start with an ISA segment");
                }
                continue;
            }
            int read = readSegment();
            if (read != EMPTY) {
                return read == READ;
            }
        }
    }

    /**
     * A file saved as UTF-16 (with a byte-order mark, or without one when it starts "ISA" in UTF-16) is read through
     * {@link Utf16Input}, re-encoded in UTF-8, with a warning: the segments are those of the text, and byte offsets
     * from here on count the UTF-8 bytes (the UTF-16 byte-order mark not included).
     */
    private void decodeUtf16() throws IOException {
        ensure(6);
        Charset charset = Utf16Input.detect(buf, pos, limit);
        if (charset == null) {
            return;
        }
        boolean mark = Utf16Input.hasByteOrderMark(buf, pos, limit);
        int from = mark ? pos + 2 : pos;
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(buf, from, limit)), in);
        in = new Utf16Input(rest, charset);
        pos = 0;
        limit = 0;
        consumed = 0;
        eof = false;
        report(X12Issue.warning(X12Error.INVALID_INTERCHANGE_CONTENT, new Position(1, 0, "ISA", 0, 0, 0, 0),
                "Input is " + charset.name() + " (" + (mark ? "with" : "without") + " a byte-order mark), not"
                        + " single-byte text: read decoded, byte offsets count its UTF-8 encoding"));
    }

    /** How far into the input an ISA may follow other text (a transmission header, a banner) and still be read. */
    private static final int MAX_TEXT_BEFORE_ISA = 4096;

    /**
     * Before the first ISA only: text that some transports put in front of the interchange (a transmission
     * header line, a mailbox banner) is skipped, with a warning saying how many bytes, when an ISA starts a
     * line within the first {@value #MAX_TEXT_BEFORE_ISA} bytes. Anything else is not X12.
     */
    private boolean skipToIsa() throws IOException {
        ensure(MAX_TEXT_BEFORE_ISA + 4);
        int end = Math.min(limit - 3, pos + MAX_TEXT_BEFORE_ISA);
        for (int p = pos + 1; p < end; p++) {
            byte before = buf[p - 1];
            if ((before == '\n' || before == '\r') && buf[p] == 'I' && buf[p + 1] == 'S' && buf[p + 2] == 'A'
                    && !Character.isLetterOrDigit(buf[p + 3])) {
                int skipped = p - pos;
                pos = p;
                report(X12Issue.warning(X12Error.INVALID_INTERCHANGE_CONTENT,
                        new Position(segmentIndex + 1, 0, "ISA", 0, 0, 0, bytesRead()),
                        skipped + " bytes before the first ISA are not X12 (a transmission header?) and were skipped"));
                return true;
            }
        }
        return false;
    }

    /** "ISA" in EBCDIC (C9 E2 C1, the same in the common code pages 037, 500 and 1047). */
    private boolean startsWithEbcdicIsa() {
        return limit - pos >= 3 && (buf[pos] & 0xff) == 0xC9 && (buf[pos + 1] & 0xff) == 0xE2 && (buf[pos + 2] & 0xff) == 0xC1;
    }

    private boolean notX12(String message) {
        report(X12Issue.error(X12Error.NOT_X12, Position.NONE, message));
        stopped = true;
        return false;
    }

    private boolean skipWhitespace() throws IOException {
        if (pos < limit && buf[pos] > ' ') {
            return true;
        }
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            byte b = buf[pos];
            if (b == '\n' || b == '\r' || b == ' ' || b == '\t' || b == 0) {
                if (delimiters != null && b == delimiters.segment()) {
                    return true; // an empty segment: let readSegment report it
                }
                pos++;
            } else if ((b == '\f' || b == 0x0B || b == 0x1A)
                    && (delimiters == null || b != delimiters.segment() && b != delimiters.element())) {
                pos++; // a form feed (a page break between interchanges), vertical tab or DOS end-of-file mark
            } else {
                return true;
            }
        }
    }

    private boolean looksLikeIsa() throws IOException {
        if (!ensure(4)) {
            return false;
        }
        return buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A' && !Character.isLetterOrDigit(buf[pos + 3]);
    }

    /**
     * Takes the delimiters from the ISA at {@code pos}. The ISA is fixed-width (106 characters), but files
     * with mis-padded ISAs exist, so the component separator is found by counting element separators.
     */
    private boolean readIsaDelimiters() throws IOException {
        ensure(WrappedLines.WINDOW);
        dropLineBreaksInsideIsa();
        if (!unwrap && WrappedLines.isWrapped(buf, pos, limit)) {
            unwrap = true;
            limit = pos + WrappedLines.dropLineBreaks(buf, pos, limit);
            ensure(512);
        }
        char element = (char) (buf[pos + 3] & 0xff);
        int count = 0;
        int p = pos + 3;
        int isa11Start = -1;
        int isa11End = -1;
        for (; p < limit && p < pos + 400; p++) {
            if ((buf[p] & 0xff) == element) {
                count++;
                if (count == 11) {
                    isa11Start = p + 1;
                } else if (count == 12) {
                    isa11End = p;
                } else if (count == 16) {
                    break;
                }
            }
        }
        if (count != 16 || p + 2 >= limit) {
            return false;
        }
        char component = (char) (buf[p + 1] & 0xff);
        char terminator = (char) (buf[p + 2] & 0xff);
        if (component == '\n' || component == '\r') {
            // ISA16 left out and a line break ends the ISA: the envelope check reports the empty ISA16
            terminator = component;
            component = element == ':' ? '>' : ':';
        }
        int extra = 0;
        while (terminator == element && p + 3 + extra < limit && extra < 8) {
            // element separators after ISA16 (a sender that ends every segment with one): the terminator follows them,
            // and the envelope check reports the ISA's element count
            extra++;
            terminator = (char) (buf[p + 2 + extra] & 0xff);
        }
        char repetition = 0;
        if (isa11End - isa11Start == 1) {
            char r = (char) (buf[isa11Start] & 0xff);
            if (!Character.isLetterOrDigit(r) && r != ' ' && r != element && r != component && r != terminator) {
                repetition = r;
            }
        }
        try {
            delimiters = new Delimiters(element, component, repetition, terminator);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (terminator == '\n' || terminator == '\r') {
            unwrap = false; // line breaks are the terminators here
        }
        return true;
    }

    /**
     * An ISA typed or trimmed by hand can hold a line break inside an element (a trimmed {@code ISA08} followed by a
     * line break, then the rest of the ISA) in a file whose segments end with line breaks. That is not wrapping (the
     * line break right after ISA16, or in place of a left-out ISA16, is the terminator, and the next segment follows
     * it): the line breaks inside the ISA are dropped (the bytes before them move up to close the gap, so the offsets
     * of everything after the ISA stay true) and reported, at the element they were in, as a warning.
     */
    private void dropLineBreaksInsideIsa() {
        byte element = buf[pos + 3];
        int count = 0;
        int firstBreak = -1;
        int breakElement = 0;
        int p = pos + 3;
        for (; p < limit && p < pos + 400 && count < 16; p++) {
            byte b = buf[p];
            if (b == element) {
                count++;
            } else if ((b == '\n' || b == '\r') && firstBreak < 0) {
                firstBreak = p;
                breakElement = count;
            }
        }
        // p is at ISA16 (or at the terminator when ISA16 was left out)
        if (firstBreak < 0 || count != 16 || p + 1 >= limit) {
            return;
        }
        int q = buf[p] == '\n' || buf[p] == '\r' ? p : p + 1;
        if (buf[q] != '\n' && buf[q] != '\r') {
            return;
        }
        while (q < limit && (buf[q] == '\n' || buf[q] == '\r')) {
            q++;
        }
        if (q < limit && (buf[q] < 'A' || buf[q] > 'Z')) {
            return; // the next segment does not follow the line break: leave it to the wrapping test
        }
        long offset = bytesRead();
        int w = p - 1;
        for (int r = p - 1; r >= pos; r--) {
            byte b = buf[r];
            if (b != '\n' && b != '\r') {
                buf[w--] = b;
            }
        }
        int dropped = w + 1 - pos;
        pos = w + 1;
        report(X12Issue.warning(X12Error.ISA_MALFORMED, new Position(segmentIndex + 1, 0, "ISA", breakElement, 0, 0, offset),
                "Line break inside the ISA (in ISA" + (breakElement < 10 ? "0" : "") + breakElement + "): "
                        + dropped + " byte" + (dropped == 1 ? "" : "s") + " dropped, the segment terminator is the line break"
                        + " after ISA16"));
    }

    private static final int READ = 1;
    private static final int END = 0;
    private static final int EMPTY = -1;

    /** Reads one segment: READ, END (input ends or cannot go on) or EMPTY (an empty segment was skipped). */
    private int readSegment() throws IOException {
        final byte term = (byte) delimiters.segment();
        final byte sep = (byte) delimiters.element();
        final long termPattern = (term & 0xffL) * ONES;
        final long sepPattern = (sep & 0xffL) * ONES;
        int start = pos;
        long segOffset = consumed + pos;
        segmentIndex++;
        int[] seps = segment.seps;
        int n = 0;
        int p = pos;
        boolean terminated = false;
        long high = 0; // the OR of the bytes scanned (and of a few after the terminator): ASCII when no high bit is set
        while (true) {
            final byte[] b = buf;
            final int lim = limit;
            // Eight bytes at a time: one bit per separator / terminator byte, offsets taken from the bit positions.
            while (p <= lim - 8) {
                long w = (long) LONGS.get(b, p);
                high |= w;
                long termBits = zeroBytes(w ^ termPattern);
                long sepBits = zeroBytes(w ^ sepPattern);
                if (termBits != 0) {
                    sepBits &= (termBits & -termBits) - 1; // separators before the terminator only
                }
                if (sepBits != 0) {
                    if (n > seps.length - 8) {
                        seps = Arrays.copyOf(seps, seps.length * 2);
                    }
                    do {
                        seps[n++] = p + (Long.numberOfTrailingZeros(sepBits) >>> 3);
                        sepBits &= sepBits - 1;
                    } while (sepBits != 0);
                }
                if (termBits != 0) {
                    p += Long.numberOfTrailingZeros(termBits) >>> 3;
                    terminated = true;
                    break;
                }
                p += 8;
            }
            if (!terminated) {
                for (; p < lim; p++) {
                    byte c = b[p];
                    high |= c;
                    if (c == term) {
                        terminated = true;
                        break;
                    }
                    if (c == sep) {
                        if (n == seps.length) {
                            seps = Arrays.copyOf(seps, seps.length * 2);
                        }
                        seps[n++] = p;
                    }
                }
            }
            if (terminated) {
                break;
            }
            if (p - start > MAX_SEGMENT_BYTES) {
                segment.set(buf, start, p, seps, n, false, delimiters, segmentIndex, segOffset);
                report(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, new Position(segmentIndex, 0, "", 0, 0, 0, segOffset),
                        "No segment terminator within " + MAX_SEGMENT_BYTES + " bytes"));
                stopped = true;
                return END;
            }
            boolean more = refill(start);
            p -= shifted;
            start -= shifted;
            for (int k = 0; k < n; k++) {
                seps[k] -= shifted;
            }
            if (!more) {
                break; // end of input without a terminator
            }
        }
        int end = p;
        if (!terminated) {
            report(X12Issue.error(X12Error.PREMATURE_END_OF_FILE, new Position(segmentIndex, 0, "", 0, 0, 0, segOffset),
                    "Last segment has no segment terminator"));
        }
        if (term == '\n' && end > start && buf[end - 1] == '\r') {
            end--;
        }
        segment.set(buf, start, end, seps, n, (high & HIGH_BITS) == 0, delimiters, segmentIndex, segOffset);
        pos = terminated ? p + 1 : p;
        while (pos < limit && (buf[pos] == '\n' || buf[pos] == '\r') && buf[pos] != term) {
            pos++; // a line break after the terminator (common): stepped over here, as skipWhitespace would
        }
        if (end == start) {
            segmentIndex--;
            if (!Character.isWhitespace(delimiters.segment())) {
                report(X12Issue.warning(X12Error.UNRECOGNIZED_SEGMENT, new Position(segmentIndex, 0, "", 0, 0, 0, segOffset),
                        "Empty segment (two segment terminators in a row) skipped"));
            }
            return EMPTY;
        }
        envelope.accept(segment);
        return READ;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The high bit of every byte of {@code x} that is zero, and no other bit (no carry between bytes). */
    private static long zeroBytes(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }

    /** Makes sure {@code n} bytes are buffered from pos; false when the input ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!refill(pos)) {
                return limit - pos >= n;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        return refill(pos);
    }

    private int shifted;

    /**
     * Moves the bytes from {@code keepFrom} on to the front of the buffer (recording the distance in
     * {@link #shifted}; {@code pos} moves with them), grows the buffer only when one segment fills it, and
     * reads more input. False when the input has ended.
     */
    private boolean refill(int keepFrom) throws IOException {
        shifted = keepFrom;
        if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
            limit -= keepFrom;
            pos -= keepFrom;
            consumed += keepFrom;
        }
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int kept;
        do { // with unwrap, a read of only line breaks keeps nothing: read again
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            kept = unwrap ? WrappedLines.dropLineBreaks(buf, limit, limit + n) : n;
            limit += kept;
        } while (kept == 0);
        return true;
    }
}
