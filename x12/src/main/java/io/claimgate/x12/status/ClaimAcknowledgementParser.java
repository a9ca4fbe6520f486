package io.claimgate.x12.status;

import io.claimgate.x12.codes.CodeSet;
import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.inbound.TransactionParser;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the body of one 277CA (005010X214) and hands it to a {@link ClaimAcknowledgementListener} a claim at a
 * time, so memory stays constant however many claims the transaction set holds. The HL level code (HL03) says
 * which loop the following segments belong to: 20 information source (2000A), 21 information receiver (2000B),
 * 19 billing provider (2000C), PT patient and claim (2000D); an SVC opens a service line (2220D) inside the claim.
 * A loop is complete when the next HL (or the SE) arrives: that is when the header, a provider or a claim is
 * handed out.
 */
public final class ClaimAcknowledgementParser implements TransactionParser {
    private enum Level { NONE, SOURCE, RECEIVER, PROVIDER, CLAIM, LINE }

    private final TransactionRef envelope;
    private final ElementReader values;
    private final ClaimAcknowledgementListener out;

    private Level level = Level.NONE;
    private String reference = "";
    private LocalDate created;
    private Party source;
    private LocalDate received;
    private LocalDate processed;
    private Party receiver;
    private String receiverTrace = "";
    private final List<Status> receiverStatuses = new ArrayList<>();
    private BigDecimal acceptedQty;
    private BigDecimal rejectedQty;
    private BigDecimal acceptedAmount;
    private BigDecimal rejectedAmount;
    // the header handed out for the current source and receiver, null until their loops are complete
    private ClaimAcknowledgementHeader header;
    private long claims;
    private long rejectedClaims;
    private long lineCount;

    // the current 2000C provider; pending while its loop is open and not yet handed out
    private boolean providerPending;
    private Party provider;
    private String providerTrace = "";
    private final List<Status> providerStc = new ArrayList<>();
    // the open 2000D claim
    private Position claimAt;
    // the open claim-level HL is a subscriber (22) whose HL04 says dependents (23) follow: in a 277 of X212 its
    // claims then sit under the dependents, so it may have no TRN or STC of its own
    private boolean subscriberWithDependents;
    private Party patient;
    private String pcn = "";
    private String payerClaim = "";
    private String trace = "";
    private String billType = "";
    private DateRange claimDates = new DateRange(null, null);
    private final List<Status> claimStc = new ArrayList<>();
    private final List<LineStatus> lines = new ArrayList<>();
    // the open 2220D line
    private Segment svc;
    private String lineControl = "";
    private DateRange lineDates = new DateRange(null, null);
    private final List<Status> lineStc = new ArrayList<>();

    public ClaimAcknowledgementParser(TransactionRef envelope, ElementReader values, ClaimAcknowledgementListener out) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.values = Objects.requireNonNull(values, "values");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void segment(Segment s) {
        switch (s.id()) {
            case "BHT" -> {
                reference = s.element(3);
                created = values.date(s, 4);
            }
            case "HL" -> hl(s);
            case "NM1" -> nm1(s);
            case "TRN" -> trn(s);
            case "STC" -> stc(s);
            case "REF" -> ref(s);
            case "DTP" -> dtp(s);
            case "QTY" -> {
                if (level == Level.RECEIVER && s.elementEquals(1, "90")) {
                    acceptedQty = values.amount(s, 2);
                } else if (level == Level.RECEIVER && s.elementEquals(1, "AA")) {
                    rejectedQty = values.amount(s, 2);
                }
            }
            case "AMT" -> {
                if (level == Level.RECEIVER && s.elementEquals(1, "YU")) {
                    acceptedAmount = values.amount(s, 2);
                } else if (level == Level.RECEIVER && s.elementEquals(1, "YY")) {
                    rejectedAmount = values.amount(s, 2);
                }
            }
            case "SVC" -> {
                if (level != Level.CLAIM && level != Level.LINE) {
                    unexpected(s, "SVC outside a claim (2200D)");
                    return;
                }
                closeLine();
                svc = s.copy();
                level = Level.LINE;
            }
            case "PER" -> {
                // contact information: not needed to post the acknowledgement
            }
            default -> unexpected(s, "segment " + s.id() + " is not part of a 277CA");
        }
    }

    @Override
    public void end(Segment se) {
        closeClaim();
        header();
        flushProvider();
        out.acknowledgementTrailer(new ClaimAcknowledgementSummary(envelope, claims, rejectedClaims, lineCount));
    }

    private void hl(Segment s) {
        closeClaim();
        flushProvider();
        String code = s.element(3);
        switch (code) {
            case "20" -> {
                if (header != null) {
                    newSource();
                }
                level = Level.SOURCE;
            }
            case "21" -> {
                if (header != null) {
                    newReceiver();
                }
                level = Level.RECEIVER;
            }
            case "19" -> {
                header();
                provider = null;
                providerTrace = "";
                providerPending = true;
                level = Level.PROVIDER;
            }
            case "PT", "22", "23" -> {
                header();
                level = Level.CLAIM;
                claimAt = s.position();
                subscriberWithDependents = "22".equals(code) && s.elementEquals(4, "1");
            }
            default -> {
                values.report(X12Issue.error(X12Error.INVALID_CODE, s.position(3),
                        "HL03 is not a 277CA hierarchical level (20, 21, 19, PT)", code));
                level = Level.NONE;
            }
        }
    }

    private void nm1(Segment s) {
        Party p = ElementReader.nm1(s);
        switch (level) {
            case SOURCE -> source = p;
            case RECEIVER -> receiver = p;
            case PROVIDER -> provider = p;
            case CLAIM -> patient = p;
            default -> unexpected(s, "NM1 outside a 277CA level");
        }
    }

    private void trn(Segment s) {
        switch (level) {
            case SOURCE -> { } // 2200A trace: the information source's batch number
            case RECEIVER -> receiverTrace = s.element(2);
            case PROVIDER -> providerTrace = s.element(2);
            case CLAIM -> {
                pcn = values.required(s, 2, "Patient control number");
                claimAt = s.position();
            }
            default -> unexpected(s, "TRN outside a 277CA level");
        }
    }

    private void stc(Segment s) {
        Status st = status(s);
        switch (level) {
            case RECEIVER -> receiverStatuses.add(st);
            case PROVIDER -> providerStc.add(st);
            case CLAIM -> claimStc.add(st);
            case LINE -> lineStc.add(st);
            default -> unexpected(s, "STC outside a 277CA level that carries status");
        }
    }

    private void ref(Segment s) {
        String v = s.element(2);
        if (level == Level.CLAIM) {
            switch (s.element(1)) {
                case "1K" -> payerClaim = v;
                case "D9" -> trace = v;
                case "BLT" -> billType = v;
                default -> { } // EA medical record number and others: kept out of the record (PHI)
            }
        } else if (level == Level.LINE && s.elementEquals(1, "FJ")) {
            lineControl = v;
        }
    }

    private void dtp(Segment s) {
        switch (level) {
            case SOURCE -> {
                if (s.elementEquals(1, "050")) {
                    received = values.date(s, 3);
                } else if (s.elementEquals(1, "009")) {
                    processed = values.date(s, 3);
                }
            }
            case CLAIM -> claimDates = values.dateRange(s, 2);
            case LINE -> lineDates = values.dateRange(s, 2);
            default -> { }
        }
    }

    private Status status(Segment s) {
        List<StatusCode> codes = new ArrayList<>(3);
        for (int i : new int[] {1, 10, 11}) {
            if (s.has(i)) {
                codes.add(code(s, i));
            }
        }
        if (codes.isEmpty()) {
            values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 1, "STC01 (claim status) is missing");
        }
        return new Status(codes, values.date(s, 2), s.element(3), values.amount(s, 4), s.element(12), s.position());
    }

    private StatusCode code(Segment s, int i) {
        String category = s.component(i, 1);
        String code = s.component(i, 2);
        String entity = s.component(i, 3);
        return new StatusCode(category, describe("claim-status-category", category), code, describe("claim-status", code),
                entity, describe("entity-identifier", entity));
    }

    static String describe(String table, String code) {
        String d = code.isEmpty() ? null : CodeSet.named(table).description(code);
        return d == null ? "" : d;
    }

    private void closeLine() {
        if (svc == null) {
            return;
        }
        Procedure p = ElementReader.procedure(svc, 1);
        lines.add(new LineStatus(p, values.amount(svc, 2), svc.element(4), values.amount(svc, 7), lineControl, lineDates,
                lineStc, svc.position()));
        svc = null;
        lineControl = "";
        lineDates = new DateRange(null, null);
        lineStc.clear();
    }

    private void closeClaim() {
        closeLine();
        if (claimAt == null) {
            return;
        }
        if (subscriberWithDependents && pcn.isEmpty() && claimStc.isEmpty() && lines.isEmpty()) {
            // a subscriber level with no claim of its own: its dependents' HLs carry the claims
            clearClaim();
            return;
        }
        BigDecimal billed = claimStc.isEmpty() ? null : claimStc.get(0).amount();
        if (pcn.isEmpty()) {
            values.report(X12Issue.error(X12Error.REQUIRED_SEGMENT_MISSING, claimAt, "Claim (2200D) has no TRN with the patient control number"));
        }
        ClaimStatus claim = new ClaimStatus(provider, patient, pcn, payerClaim, trace, billType, billed, claimDates,
                claimStc, lines, claimAt);
        claims++;
        rejectedClaims += claim.rejected() ? 1 : 0;
        lineCount += lines.size();
        out.claimStatus(header, claim);
        clearClaim();
    }

    private void clearClaim() {
        claimAt = null;
        subscriberWithDependents = false;
        patient = null;
        pcn = "";
        payerClaim = "";
        trace = "";
        billType = "";
        claimDates = new DateRange(null, null);
        claimStc.clear();
        lines.clear();
        level = Level.NONE;
    }

    /** Hands out the header of the current source and receiver, once, before anything under them. */
    private void header() {
        if (header == null) {
            header = new ClaimAcknowledgementHeader(envelope, reference, created, source, received, processed, receiver,
                    receiverTrace, receiverStatuses, acceptedQty, rejectedQty, acceptedAmount, rejectedAmount);
            out.acknowledgementHeader(header);
        }
    }

    /** A second 2000A after claims: a new header follows, with nothing of the previous source or receiver. */
    private void newSource() {
        source = null;
        received = null;
        processed = null;
        newReceiver();
    }

    /** A second 2000B after claims: a new header follows with the same source. */
    private void newReceiver() {
        header = null;
        provider = null;
        receiver = null;
        receiverTrace = "";
        receiverStatuses.clear();
        acceptedQty = null;
        rejectedQty = null;
        acceptedAmount = null;
        rejectedAmount = null;
    }

    /** Hands out the open 2000C provider once its loop is complete (at the next HL or the SE). */
    private void flushProvider() {
        if (providerPending) {
            out.providerStatus(header, new ProviderStatus(provider, providerTrace, providerStc));
            providerPending = false;
            providerStc.clear();
        }
    }

    private void unexpected(Segment s, String why) {
        values.report(X12Issue.error(X12Error.UNEXPECTED_SEGMENT, s.position(), "Unexpected segment: " + why));
    }
}
