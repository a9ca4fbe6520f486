package io.claimgate.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A large 835 (005010X221A1) built from the claim loops (2100 CLP with its 2110 SVC lines) of the real 835 samples
 * packaged from {@code x12/src/test/resources/samples/835/}. The loops are dealt out in turn, each copy with a fresh
 * CLP01 patient control number, CLP07 payer claim control number and fresh REF values, {@value #CLAIMS_PER_ST}
 * claims per transaction set and {@value #ST_PER_INTERCHANGE} transaction sets per interchange (one GS each).
 * Every transaction set balances: BPR02 = sum of CLP04 - the PLB amount it ends with; SE01, GE01 and IEA01 are true
 * counts. Segments end {@code '~'} plus a line feed.
 *
 * <p>The same bytes come either as one {@code byte[]} ({@link #build}; a 100 MB file needs {@code -Xmx1g} or so
 * for the array and its building) or as an {@link InputStream} made one transaction set at a time
 * ({@link #stream}; constant memory).
 */
public final class Remit835Source {
    static final int CLAIMS_PER_ST = 500;
    static final int ST_PER_INTERCHANGE = 20;
    /** The samples whose loops are repeated; all use {@code *}, {@code :} and {@code ~}. */
    static final List<String> SAMPLES = List.of(
            "edi835parser__emedny_sample.txt", "pyx12__835_mult_loops.txt",
            "LFH__835_005010X221A1_managed-care.835", "LFH__835_005010X221A1_medicare-part-a.835",
            "LFH__835_005010X221A1_secondary-payment.835", "LFH__835_005010X221A1_tertiary-payment.835",
            "LFH__835_005010X221A1_cob-contractural-adjustment.835");
    private static final BigDecimal PLB_AMOUNT = new BigDecimal("12.50");

    /** One claim loop of a sample: its segments (without terminators) and its CLP04. */
    record Loop(String source, List<String> segments, BigDecimal paid) {
    }

    /** What was generated; the reader's totals must match. */
    public static final class Totals {
        public long bytes;
        public long segments;
        public long claims;
        public int transactions;
        public int interchanges;
        public BigDecimal paid = BigDecimal.ZERO;
        public BigDecimal plb = BigDecimal.ZERO;

        @Override
        public String toString() {
            return String.format("%d bytes (%.1f MB), %d segments, %d interchanges, %d transaction sets, %d claims, "
                    + "sum CLP04 %s, sum PLB %s", bytes, bytes / 1e6, segments, interchanges, transactions, claims,
                    paid.toPlainString(), plb.toPlainString());
        }
    }

    private final List<Loop> loops;
    private final long targetBytes;
    private final Totals totals = new Totals();
    private long claim;
    private int stInInterchange;
    private boolean done;

    private Remit835Source(List<Loop> loops, long targetBytes) {
        this.loops = loops;
        this.targetBytes = targetBytes;
    }

    /**
     * The claim loops of {@link #SAMPLES}, in order, that read without any issue on their own (a loop whose lines or
     * claim do not balance in its sample is left out; {@link #main} lists what is kept).
     */
    static List<Loop> sampleLoops() {
        List<Loop> clean = new ArrayList<>();
        for (Loop loop : allLoops()) {
            Remit835Source alone = new Remit835Source(List.of(loop), 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] chunk = alone.next(); chunk != null; chunk = alone.next()) {
                out.writeBytes(chunk);
            }
            if (Remit835Passes.inbound(out.toByteArray()).issues == 0) {
                clean.add(loop);
            }
        }
        return clean;
    }

    /** Lists the claim loops of the samples and whether each is used. */
    public static void main(String[] args) {
        List<Loop> used = sampleLoops();
        for (Loop loop : allLoops()) {
            System.out.printf("%-55s %-40s %3d segments  %s%n", loop.source(), loop.segments().get(0), loop.segments().size(),
                    used.contains(loop) ? "used" : "left out (does not read clean)");
        }
    }

    private static List<Loop> allLoops() {
        List<Loop> out = new ArrayList<>();
        for (String name : SAMPLES) {
            List<String> segments = segments(resource("/835/" + name));
            List<String> current = null;
            for (String raw : segments) {
                // the LFH samples declare ':' in ISA16 but write SVC01 as HC>code>modifier; the composite is meant
                String s = raw.startsWith("SVC*") ? raw.replace('>', ':') : raw;
                String id = s.substring(0, Math.max(0, s.indexOf('*')));
                if (id.equals("CLP") || id.equals("LX") || id.equals("PLB") || id.equals("SE")) {
                    if (current != null) {
                        out.add(loop(name, current));
                    }
                    current = id.equals("CLP") ? new ArrayList<>() : null;
                }
                if (current != null) {
                    current.add(s);
                }
            }
        }
        return out;
    }

    private static Loop loop(String source, List<String> segments) {
        return new Loop(source, List.copyOf(segments), new BigDecimal(segments.get(0).split("\\*", -1)[4]));
    }

    /** The whole file of at least {@code minBytes} in one array. */
    public static byte[] build(long minBytes) {
        return build(minBytes, null);
    }

    /** As {@link #build(long)}, filling {@code totals} when it is not null. */
    public static byte[] build(long minBytes, Totals totals) {
        Remit835Source source = new Remit835Source(sampleLoops(), minBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, minBytes + (8 << 20)));
        for (byte[] chunk = source.next(); chunk != null; chunk = source.next()) {
            out.writeBytes(chunk);
        }
        copy(source.totals, totals);
        return out.toByteArray();
    }

    /**
     * The same bytes as {@link #build(long)}, made one transaction set at a time as they are read; {@code totals}
     * (may be null) is complete once the stream has been read to its end.
     */
    public static InputStream stream(long minBytes, Totals totals) {
        Remit835Source source = new Remit835Source(sampleLoops(), minBytes);
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int pos;

            private boolean fill() {
                while (chunk != null && pos == chunk.length) {
                    chunk = source.next();
                    pos = 0;
                    if (chunk == null) {
                        copy(source.totals, totals);
                    }
                }
                return chunk != null;
            }

            @Override
            public int read() {
                return fill() ? chunk[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static void copy(Totals from, Totals to) {
        if (to != null) {
            to.bytes = from.bytes;
            to.segments = from.segments;
            to.claims = from.claims;
            to.transactions = from.transactions;
            to.interchanges = from.interchanges;
            to.paid = from.paid;
            to.plb = from.plb;
        }
    }

    /** The next piece: one transaction set, with ISA/GS before it or GE/IEA after it as due; null at the end. */
    private byte[] next() {
        if (done) {
            return null;
        }
        StringBuilder out = new StringBuilder(CLAIMS_PER_ST * 700);
        if (stInInterchange == 0) {
            totals.interchanges++;
            int n = totals.interchanges;
            segment(out, String.format("ISA*00*          *00*          *ZZ*EMEDNYBAT      *ZZ*ETIN           "
                    + "*100101*1000*^*00501*%09d*0*T*:", n));
            segment(out, "GS*HP*EMEDNYBAT*ETIN*20100101*1050*" + n + "*X*005010X221A1");
        }
        stInInterchange++;
        totals.transactions++;
        transaction(out, totals.transactions);
        if (stInInterchange == ST_PER_INTERCHANGE || totals.bytes + out.length() >= targetBytes) {
            segment(out, "GE*" + stInInterchange + "*" + totals.interchanges);
            segment(out, String.format("IEA*1*%09d", totals.interchanges));
            stInInterchange = 0;
            done = totals.bytes + out.length() >= targetBytes;
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        totals.bytes += bytes.length;
        for (byte b : bytes) {
            totals.segments += b == '~' ? 1 : 0;
        }
        return bytes;
    }

    private void transaction(StringBuilder out, int st) {
        StringBuilder body = new StringBuilder(CLAIMS_PER_ST * 700);
        int count = 0;
        BigDecimal paid = BigDecimal.ZERO;
        segment(body, "LX*1");
        count++;
        for (int i = 0; i < CLAIMS_PER_ST; i++) {
            claim++;
            Loop loop = loops.get((int) (claim % loops.size()));
            int ref = 0;
            for (String s : loop.segments()) {
                String[] e = s.split("\\*", -1);
                if (e[0].equals("CLP")) {
                    if (e.length < 8) {
                        e = Arrays.copyOf(e, 8);
                        for (int k = 0; k < e.length; k++) {
                            e[k] = e[k] == null ? "" : e[k];
                        }
                    }
                    e[1] = "PCN" + claim;
                    e[7] = String.format("ICN%013d", claim);
                } else if (e[0].equals("REF")) {
                    e[2] = "R" + claim + "-" + (++ref);
                }
                segment(body, String.join("*", e));
                count++;
            }
            paid = paid.add(loop.paid());
        }
        segment(body, String.format("PLB*9999999995*20101231*WO:PCN%d*%s", claim, PLB_AMOUNT.toPlainString()));
        count++;
        BigDecimal payment = paid.subtract(PLB_AMOUNT);
        String control = String.format("%04d", st);
        segment(out, "ST*835*" + control);
        segment(out, "BPR*I*" + payment.toPlainString() + "*C*ACH*CCP*01*111*DA*33*1234567890**01*111*DA*22*20100101");
        segment(out, "TRN*1*" + String.format("T%09d", st) + "*1000000000");
        segment(out, "REF*EV*ETIN");
        segment(out, "DTM*405*20100101");
        segment(out, "N1*PR*NYSDOH");
        segment(out, "N3*OFFICE OF HEALTH INSURANCE PROGRAMS*CORNING TOWER, EMPIRE STATE PLAZA");
        segment(out, "N4*ALBANY*NY*122370080");
        segment(out, "PER*BL*PROVIDER SERVICES*TE*8003439000*UR*www.emedny.org");
        segment(out, "N1*PE*MAJOR MEDICAL PROVIDER*XX*9999999995");
        segment(out, "REF*TJ*000000000");
        out.append(body);
        count += 11 + 1; // ST..REF*TJ, SE
        segment(out, "SE*" + count + "*" + control);
        totals.claims += CLAIMS_PER_ST;
        totals.paid = totals.paid.add(paid);
        totals.plb = totals.plb.add(PLB_AMOUNT);
    }

    private static void segment(StringBuilder out, String segment) {
        out.append(segment).append("~\n");
    }

    private static List<String> segments(byte[] raw) {
        List<String> out = new ArrayList<>();
        for (String s : new String(raw, StandardCharsets.ISO_8859_1).split("~")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Remit835Source.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
