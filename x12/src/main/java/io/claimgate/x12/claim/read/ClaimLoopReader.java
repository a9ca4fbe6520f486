package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.EnvelopeContext;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams an 837 file (837P or 837I, any number of ISA, GS and ST) claim by claim: each claim (a CLM
 * with its 2310x, 2320/2330x and 2400 loops) is handed to the consumer as {@link ClaimLoops}, with the
 * billing provider (2000A), subscriber (2000B) and patient (2000C) levels it sits under. Only the open
 * levels and one claim are held, so memory does not grow with the size of the file.
 *
 * <p>Problems are collected, never thrown: those inside a claim travel with it, the rest (envelopes,
 * header, HL levels, other transaction sets) end up in the {@link ReadSummary}.
 */
public final class ClaimLoopReader {
    /** Issues outside claims kept in the summary; more are counted, not kept. */
    public static final int MAX_FILE_ISSUES = 10_000;
    /** Segments kept for one claim; a claim longer than this is cut short (with an issue). */
    public static final int MAX_CLAIM_SEGMENTS = 100_000;

    private final X12Reader reader;
    private final Consumer<ClaimLoops> consumer;
    private final LoopWalker walker;

    private final List<X12Issue> fileIssues = new ArrayList<>();
    private long fileIssueCount;
    private int transactions;
    private long claims;

    private boolean inTransaction;
    private boolean skipping; // inside a transaction set that is not an 837
    private Guide837 declared; // from ST03 / GS08, null when neither names an 837 guide
    private String reference = "";
    private String batchReference = "";
    private int claimInTransaction;

    private LoopNode.Builder header;
    private LoopNode.Builder billing;
    private LoopNode.Builder subscriber;
    private LoopNode.Builder patient;
    private LoopNode.Builder claim;
    private final Deque<LoopNode.Builder> path = new ArrayDeque<>();
    private ClaimEnvelope envelope;
    private Guide837 claimGuide;
    private List<X12Issue> claimIssues = new ArrayList<>();
    private int claimSegments;

    private ClaimLoopReader(X12Reader reader, Consumer<ClaimLoops> consumer) {
        this.reader = reader;
        this.consumer = consumer;
        this.walker = new LoopWalker(this::structureIssue);
    }

    /**
     * Reads every claim of {@code reader}'s input, handing each to {@code consumer} as soon as it is
     * complete (at the next CLM, HL, SE or envelope segment). The reader's own syntax and envelope
     * issues are included in the summary.
     */
    public static ReadSummary read(X12Reader reader, Consumer<ClaimLoops> consumer) {
        ClaimLoopReader r = new ClaimLoopReader(reader, consumer);
        return r.run();
    }

    private ReadSummary run() {
        int readerIssuesSeen = 0;
        int interchanges = 0;
        while (reader.next()) {
            Segment s = reader.segment();
            String id = s.id();
            switch (id) {
                case "ISA" -> {
                    interchanges++;
                    endTransaction();
                }
                case "GS", "GE", "IEA" -> endTransaction();
                case "ST" -> startTransaction(s);
                default -> {
                    if (inTransaction && !skipping) {
                        segment(s);
                    }
                    if ("SE".equals(id)) {
                        endTransaction();
                    }
                }
            }
            // Envelope and syntax issues found by the reader go to the file's issues, in order.
            List<X12Issue> ri = reader.issues();
            for (; readerIssuesSeen < ri.size(); readerIssuesSeen++) {
                fileIssue(ri.get(readerIssuesSeen));
            }
        }
        endTransaction();
        List<X12Issue> ri = reader.issues();
        for (; readerIssuesSeen < ri.size(); readerIssuesSeen++) {
            fileIssue(ri.get(readerIssuesSeen));
        }
        long uncounted = reader.issueCount() - ri.size();
        return new ReadSummary(reader.notX12(), interchanges, transactions, claims, fileIssues, fileIssueCount + uncounted);
    }

    private void startTransaction(Segment st) {
        endTransaction();
        inTransaction = true;
        EnvelopeContext ctx = reader.context();
        if (!"837".equals(st.element(1))) {
            skipping = true;
            fileIssue(new X12Issue(X12Error.TRANSACTION_NOT_SUPPORTED, X12Issue.Severity.ERROR, st.position(1),
                    "Transaction set is not an 837; skipped", st.element(1)));
            return;
        }
        skipping = false;
        transactions++;
        claimInTransaction = 0;
        reference = st.element(3).isEmpty() ? ctx.groupVersion() : st.element(3);
        declared = Guide837.fromReference(reference);
        if (declared == null) {
            fileIssue(new X12Issue(X12Error.TRANSACTION_CONVENTION_INVALID, X12Issue.Severity.WARNING, st.position(3),
                    "ST03 (or GS08) names neither 005010X222 nor 005010X223; the guide is taken from each CLM05-02", reference));
        }
        walker.startTransaction(declared == null ? Guide837.PROFESSIONAL : declared);
        walker.place(st);
        header = new LoopNode.Builder(Loop837.HEADER);
        header.add(st.copy());
        billing = null;
        subscriber = null;
        patient = null;
        batchReference = "";
        path.clear();
        path.push(header);
    }

    private void endTransaction() {
        flushClaim();
        inTransaction = false;
        skipping = false;
        header = null;
        billing = null;
        subscriber = null;
        patient = null;
        path.clear();
    }

    private void segment(Segment s) {
        if (s.is("HL") || s.is("CLM") || s.is("SE")) {
            flushClaim(); // so that problems with this segment are not charged to the claim before it
        }
        if (s.is("CLM") && declared == null) {
            walker.guide("A".equals(s.component(5, 2)) ? Guide837.INSTITUTIONAL : Guide837.PROFESSIONAL);
        }
        Loop837 loop = walker.place(s);
        if (loop == Loop837.TRAILER) {
            flushClaim();
            return;
        }
        if (loop == Loop837.UNKNOWN) {
            if (!walker.opened() && !lastIssueAt(s)) {
                structureIssue(new X12Issue(X12Error.UNEXPECTED_SEGMENT, X12Issue.Severity.WARNING, s.position(),
                        "Segment not read: it follows a segment that starts no loop of the 837", "", "", ""));
            }
            return;
        }
        if (s.is("BHT")) {
            batchReference = s.element(3);
        }
        if (walker.opened()) {
            switch (loop) {
                case L2000A -> {
                    flushClaim();
                    billing = root(Loop837.L2000A);
                    subscriber = null;
                    patient = null;
                }
                case L2000B -> {
                    flushClaim();
                    subscriber = root(Loop837.L2000B);
                    patient = null;
                }
                case L2000C -> {
                    flushClaim();
                    patient = root(Loop837.L2000C);
                }
                case L2300 -> {
                    flushClaim();
                    startClaim(s);
                }
                default -> {
                    while (path.size() > 1 && path.peek().loop != loop.parent()) {
                        path.pop();
                    }
                    if (path.isEmpty()) {
                        outOfPlace(s, loop);
                        return;
                    }
                    path.push(path.peek().open(loop));
                }
            }
        }
        if (claim != null && ++claimSegments > MAX_CLAIM_SEGMENTS) {
            if (claimSegments == MAX_CLAIM_SEGMENTS + 1) {
                structureIssue(new X12Issue(X12Error.SEGMENT_OVER_MAXIMUM, X12Issue.Severity.ERROR, s.position(),
                        "Claim has more than " + MAX_CLAIM_SEGMENTS + " segments; the rest are not read", "", "2300", ""));
            }
            return;
        }
        if (path.isEmpty()) {
            outOfPlace(s, loop);
            return;
        }
        path.peek().add(s.copy());
    }

    /** A segment whose loop has no enclosing HL level (damaged input): reported, not read. */
    private void outOfPlace(Segment s, Loop837 loop) {
        structureIssue(new X12Issue(X12Error.UNEXPECTED_SEGMENT, X12Issue.Severity.ERROR, s.position(),
                "Segment " + s.id() + " of loop " + loop.id() + " comes before any hierarchical level it could belong to",
                "", "", ""));
    }

    private LoopNode.Builder root(Loop837 loop) {
        LoopNode.Builder b = new LoopNode.Builder(loop);
        path.clear();
        path.push(b);
        return b;
    }

    private void startClaim(Segment clm) {
        EnvelopeContext ctx = reader.context();
        claim = root(Loop837.L2300);
        claimGuide = walker.guide();
        claimSegments = 0;
        claimInTransaction++;
        envelope = new ClaimEnvelope(ctx.senderId(), ctx.receiverId(), ctx.interchangeControlNumber(), ctx.usageIndicator(),
                ctx.groupControlNumber(),
                ctx.transactionControlNumber(), reference, batchReference, clm.index(), clm.positionInTransaction(),
                ctx.interchangeNumber(), claimInTransaction);
    }

    private void flushClaim() {
        if (claim == null) {
            return;
        }
        ClaimLoops loops = new ClaimLoops(envelope, claimGuide, header.build(),
                billing == null ? null : billing.build(),
                subscriber == null ? null : subscriber.build(),
                patient == null ? null : patient.build(),
                claim.build(), claimIssues);
        claim = null;
        claimIssues = new ArrayList<>();
        path.clear();
        claims++;
        consumer.accept(loops);
    }

    private X12Issue lastIssue;

    private boolean lastIssueAt(Segment s) {
        return lastIssue != null && lastIssue.position().segmentIndex() == s.index();
    }

    private void structureIssue(X12Issue issue) {
        lastIssue = issue;
        if (claim != null) {
            claimIssues.add(issue);
        } else {
            fileIssue(issue);
        }
    }

    private void fileIssue(X12Issue issue) {
        fileIssueCount++;
        if (fileIssues.size() < MAX_FILE_ISSUES) {
            fileIssues.add(issue);
        }
    }
}
