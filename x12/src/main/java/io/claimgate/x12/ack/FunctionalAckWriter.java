package io.claimgate.x12.ack;

import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.GroupHeader;
import io.claimgate.x12.syntax.InterchangeHeader;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Writer;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the 999 Implementation Acknowledgment (005010X231A1) for what validation found in an X12 file.
 *
 * <p>For every acknowledged interchange that holds functional groups it writes one interchange back to its
 * sender (ISA05/06 and ISA07/08 swapped, ISA15 as {@link AckOptions#usage()} says), with one FA group
 * (GS08 = 005010X231A1) holding one 999 transaction set per acknowledged functional group. When the acknowledged
 * envelope itself is in error (TA105 codes: ISA fields, IEA counts and control numbers), the reply interchange
 * also carries a TA1 R right after its ISA ({@link InterchangeAck}); the groups are still acknowledged, so the
 * sender learns every problem in one round trip. A file that is not X12 gets nothing.
 * <pre>
 * ST*999*0001*005010X231A1
 * AK1*HC*{GS06}*{GS08}                         the group acknowledged
 *   AK2*837*{ST02}*{ST03}                      loop 2000, one per transaction set
 *     IK3*{segment}*{position}*{loop}*{code}   loop 2100, one per segment in error (IK304); the loop id is
 *                                              cut to the 4 characters IK303 allows (2010AA is sent as 2010)
 *     CTX*CLM01:{patient control number}       business unit, when a {@link ClaimLocator} knows the claim
 *       IK4*{element:component:repetition}*{data element}*{code}*{bad value}   loop 2110 (IK403)
 *   IK5*{A|E|R}*{codes}                        verdict on the transaction set
 * AK9*{A|E|P|R}*{included}*{received}*{accepted}*{codes}
 * SE
 * </pre>
 * Segment-level issues each get an IK3 of their own; element issues of one segment share one IK3 with
 * IK304 = 8. Warnings are reported like errors but leave the transaction set accepted (IK501 = E).
 * IK404 copies the bad value only when it is present, at most 99 characters, and free of the 999's delimiters
 * and of control characters; otherwise it is left out rather than altered. Likewise IK402 is left out for an
 * issue on a whole composite (its id, C023, is not a data element number), and a segment whose id cannot be
 * read gets no IK3 (IK301 is required), though its transaction set is still rejected with IK502 = 5.
 * FA groups (acknowledgments) are not acknowledged.
 */
public final class FunctionalAckWriter {
    /** GS08 and ST03 of the 999. */
    public static final String VERSION = "005010X231A1";
    /** At most 99 IK4 per IK3 (loop 2110 repeat). */
    static final int MAX_IK4 = 99;
    /** IK404 (data element 725) is at most 99 characters. */
    static final int MAX_BAD_VALUE = 99;
    /** IK303 (data element 447) is at most 4 characters. */
    static final int MAX_LOOP_ID = 4;

    private final ClaimLocator claims;

    /** A writer that writes no business unit CTX. */
    public FunctionalAckWriter() {
        this(ClaimLocator.NONE);
    }

    /** A writer that writes {@code CTX*CLM01:...} after each IK3 inside a claim that {@code claims} can name. */
    public FunctionalAckWriter(ClaimLocator claims) {
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    /**
     * Writes the acknowledgments of every interchange of {@code report} to {@code out}, with the usual delimiters
     * and a line break after each segment: an interchange that holds functional groups gets a 999 FA group, one
     * whose envelope is in error a TA1 R (see {@link InterchangeAck}); an interchange with neither (a sound
     * TA1-only interchange) gets nothing, as acknowledgments are not acknowledged. The k-th interchange written
     * (from 0) gets ISA13 = {@code options.interchangeControlNumber() + k} and GS06 =
     * {@code options.groupControlNumber() + k}; the caller reserves that many numbers. An interchange whose
     * sender cannot be addressed (ISA05/ISA06 not a 2-character qualifier and a 1..15-character id free of the
     * delimiters) gets nothing and is named in {@link AckSummary#notAcknowledged()}.
     */
    public AckSummary write(FileReport report, AckOptions options, OutputStream out) {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, true);
        AckSummary written = write(report, options, w);
        w.flush();
        return written;
    }

    /** As {@link #write(FileReport, AckOptions, OutputStream)}, into an open writer (no interchange open). */
    public AckSummary write(FileReport report, AckOptions options, X12Writer out) {
        int k = 0;
        int functionalAcks = 0;
        int interchangeAcks = 0;
        List<String> missed = new ArrayList<>();
        int n = 0;
        for (InterchangeReport ir : report.interchanges()) {
            n++;
            boolean needsTa1 = InterchangeAck.needed(ir);
            List<GroupReport> groups = acknowledged(ir);
            if (groups.isEmpty() && !needsTa1) {
                continue;
            }
            String name = "interchange " + n + " (ISA13 " + printable(ir.controlNumber()) + ")";
            Optional<String> unaddressable = unaddressable(ir, options, out.delimiters());
            if (unaddressable.isPresent()) {
                missed.add(name + ": no acknowledgment, " + unaddressable.get());
                continue;
            }
            Optional<InterchangeAck> ta1 = InterchangeAck.rejection(ir);
            if (needsTa1 && ta1.isEmpty()) {
                missed.add(name + ": no TA1, " + InterchangeAck.UNNAMEABLE);
                if (groups.isEmpty()) {
                    continue;
                }
            }
            write(ir, ta1, options.withControlNumbers(options.interchangeControlNumber() + k,
                    options.groupControlNumber() + k), out);
            k++;
            functionalAcks += groups.size();
            interchangeAcks += ta1.isPresent() ? 1 : 0;
        }
        return new AckSummary(k, functionalAcks, interchangeAcks, missed);
    }

    /**
     * Writes one interchange (ISA..IEA): the TA1 when its envelope is in error, then one FA group holding a 999
     * for each group of {@code ir} (no FA group when it has none). Throws IllegalArgumentException when the
     * acknowledged interchange's ids cannot address the reply.
     */
    public void write(InterchangeReport ir, AckOptions options, X12Writer out) {
        write(ir, InterchangeAck.rejection(ir), options, out);
    }

    private void write(InterchangeReport ir, Optional<InterchangeAck> ta1, AckOptions options, X12Writer out) {
        String senderQualifier = options.senderQualifier().isEmpty() ? ir.receiverQualifier() : options.senderQualifier();
        String senderId = options.senderId().isEmpty() ? ir.receiverId() : options.senderId();
        out.beginInterchange(new InterchangeHeader(senderQualifier, senderId, ir.senderQualifier(), ir.senderId(),
                options.timestamp(), options.interchangeControlNumber(), false, options.usage().production(ir.usage())));
        ta1.ifPresent(t -> t.write(out));
        List<GroupReport> groups = acknowledged(ir);
        if (!groups.isEmpty()) {
            String gs02 = options.applicationSenderCode().isEmpty() ? senderId : options.applicationSenderCode();
            String gs03 = options.applicationReceiverCode().isEmpty() ? ir.senderId() : options.applicationReceiverCode();
            out.beginGroup(new GroupHeader("FA", gs02, gs03, options.timestamp(), options.groupControlNumber(), VERSION));
            int n = 0;
            for (GroupReport g : groups) {
                writeTransaction(g, String.format("%04d", ++n), out);
            }
            out.endGroup();
        }
        out.endInterchange();
    }

    /** The groups of {@code ir} a 999 answers: all but FA groups, as acknowledgments are not acknowledged. */
    static List<GroupReport> acknowledged(InterchangeReport ir) {
        return ir.groups().stream().filter(g -> !g.functionalId().equals("FA")).toList();
    }

    /** Why the reply to {@code ir} cannot be addressed, or empty when it can. */
    private static Optional<String> unaddressable(InterchangeReport ir, AckOptions options, Delimiters d) {
        boolean gsCodes = !acknowledged(ir).isEmpty();
        if (!qualifier(ir.senderQualifier(), d) || !id(ir.senderId(), d, gsCodes && options.applicationReceiverCode().isEmpty())) {
            return Optional.of("its ISA05/ISA06 cannot address a reply");
        }
        if (options.senderId().isEmpty() && (!qualifier(ir.receiverQualifier(), d)
                || !id(ir.receiverId(), d, gsCodes && options.applicationSenderCode().isEmpty()))) {
            return Optional.of("its ISA07/ISA08 cannot be the reply's sender (set own sender ids)");
        }
        return Optional.empty();
    }

    private static boolean qualifier(String q, Delimiters d) {
        return q.length() == 2 && plain(q, d);
    }

    /** An ISA id is 1..15 characters; used as GS02/GS03 as well, at least 2. */
    private static boolean id(String id, Delimiters d, boolean alsoGroupCode) {
        return id.length() >= (alsoGroupCode ? 2 : 1) && id.length() <= 15 && plain(id, d);
    }

    private static boolean plain(String v, Delimiters d) {
        return d.indexOfDelimiter(v) < 0 && v.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** An ISA13 as it can be named in a message: letters, digits and spaces, at most 9. */
    private static String printable(String control) {
        String clean = control.replaceAll("[^A-Za-z0-9 ]", "?");
        return clean.length() > 9 ? clean.substring(0, 9) + "..." : clean;
    }

    /** Writes one 999 transaction set (ST..SE) acknowledging group {@code g}. */
    void writeTransaction(GroupReport g, String controlNumber, X12Writer out) {
        out.beginTransaction("999", controlNumber, VERSION);
        out.segment("AK1").element(g.functionalId()).element(g.controlNumber()).element(g.version()).end();
        List<AckCodes.Verdict> verdicts = new ArrayList<>();
        for (TransactionReport t : g.transactions()) {
            out.segment("AK2").element(t.transactionSetId()).element(t.controlNumber()).element(t.reference()).end();
            writeSegmentErrors(t, out);
            AckCodes.Verdict v = AckCodes.transaction(t);
            verdicts.add(v);
            X12Writer.SegmentBuilder ik5 = out.segment("IK5").element(v.code());
            v.codes().forEach(ik5::element);
            ik5.end();
        }
        AckCodes.Verdict group = AckCodes.group(g, verdicts);
        long accepted = verdicts.stream().filter(AckCodes.Verdict::accepted).count();
        X12Writer.SegmentBuilder ak9 = out.segment("AK9").element(group.code())
                .element(Integer.toString(included(g))).element(Integer.toString(g.transactions().size()))
                .element(Long.toString(accepted));
        group.codes().forEach(ak9::element);
        ak9.end();
        out.endTransaction();
    }

    /** IK3 loops (2100) of one transaction set, in segment order. */
    private void writeSegmentErrors(TransactionReport t, X12Writer out) {
        // element issues of one segment share an IK3; each segment-level issue has its own
        Map<String, List<X12Issue>> elementIssues = new LinkedHashMap<>();
        List<X12Issue> segmentLevel = new ArrayList<>();
        for (X12Issue i : t.issues()) {
            X12Error.Level level = i.error().level();
            if (level == X12Error.Level.ELEMENT) {
                Position p = i.position();
                elementIssues.computeIfAbsent(p.segmentInTransaction() + "/" + p.segmentIndex() + "/" + p.segmentId(),
                        k -> new ArrayList<>()).add(i);
            } else if (level == X12Error.Level.SEGMENT) {
                segmentLevel.add(i);
            }
        }
        List<SegmentError> errors = new ArrayList<>();
        for (X12Issue i : segmentLevel) {
            errors.add(new SegmentError(i, i.error().wireCode(), List.of()));
        }
        for (List<X12Issue> list : elementIssues.values()) {
            errors.add(new SegmentError(list.get(0), X12Error.SEGMENT_HAS_ELEMENT_ERRORS.wireCode(), list));
        }
        errors.sort(Comparator.comparingInt((SegmentError e) -> e.first().position().segmentInTransaction()));
        for (SegmentError e : errors) {
            Position p = e.first().position();
            if (segmentId(p.segmentId()).length() < 2) {
                continue;   // IK301 is required and there is no segment id to send; IK5 still says 5
            }
            out.segment("IK3").element(segmentId(p.segmentId())).element(Integer.toString(p.segmentInTransaction()))
                    .element(loopId(e.first().loopId())).element(e.code()).end();
            Optional<String> claim = claims.patientControlNumber(t, p.segmentInTransaction());
            if (claim.isPresent() && safe(claim.get(), out.delimiters())) {
                out.segment("CTX").composite("CLM01", claim.get()).end();
            }
            int written = 0;
            for (X12Issue i : e.elements()) {
                if (written++ == MAX_IK4) {
                    break;
                }
                writeElementError(i, out);
            }
        }
    }

    private static void writeElementError(X12Issue i, X12Writer out) {
        Position p = i.position();
        String component = p.component() > 0 ? Integer.toString(p.component()) : "";
        String repetition = p.repetition() > 0 ? Integer.toString(p.repetition()) : "";
        String bad = copyable(i) && safe(i.badValue(), out.delimiters()) ? i.badValue() : "";
        out.segment("IK4").composite(Integer.toString(Math.max(p.element(), 1)), component, repetition)
                .element(dataElement(i.dataElement())).element(i.error().wireCode()).element(bad).end();
    }

    /**
     * IK402 is a data element number (N0, at most 4 digits); a composite's id (C023) is not one, so an issue on a
     * whole composite leaves IK402 out (it is situational).
     */
    private static String dataElement(String number) {
        return number.matches("\\d{1,4}") ? number : "";
    }

    /** IK404 copies a value that is there: not for missing elements. */
    private static boolean copyable(X12Issue i) {
        return !i.badValue().isEmpty() && switch (i.error()) {
            case REQUIRED_ELEMENT_MISSING, CONDITIONAL_ELEMENT_MISSING, DEPENDENT_ELEMENT_MISSING,
                 TOO_FEW_REPETITIONS -> false;
            default -> true;
        };
    }

    /** True when {@code v} can be written as it is: short enough, no delimiter, no control character. */
    private static boolean safe(String v, Delimiters d) {
        if (v.isEmpty() || v.length() > MAX_BAD_VALUE || d.indexOfDelimiter(v) >= 0) {
            return false;
        }
        return v.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** IK301 is an id of 2 or 3 letters or digits; an unreadable id is cut down to what can be sent. */
    private static String segmentId(String id) {
        String clean = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return clean.length() > 3 ? clean.substring(0, 3) : clean;
    }

    /**
     * IK303 is data element 447, at most 4 characters, so a guide loop id with a letter suffix is sent as its
     * loop number ({@code 2010AA} as {@code 2010}); IK302 still points at the exact segment.
     */
    static String loopId(String loop) {
        return loop.length() > MAX_LOOP_ID ? loop.substring(0, MAX_LOOP_ID) : loop;
    }

    /**
     * AK902: transaction sets the group said it holds (GE01). The report gives GE01 only through a count
     * mismatch issue's bad value; otherwise the group held what it said.
     */
    private static int included(GroupReport g) {
        for (X12Issue i : g.issues()) {
            if (i.error() == X12Error.GROUP_COUNT_MISMATCH && i.badValue().matches("\\d{1,6}")) {
                return Integer.parseInt(i.badValue());
            }
        }
        return g.transactions().size();
    }

    /** One IK3: the issue that places it, its IK304 code, and the element issues under it. */
    private record SegmentError(X12Issue first, String code, List<X12Issue> elements) {
    }
}
