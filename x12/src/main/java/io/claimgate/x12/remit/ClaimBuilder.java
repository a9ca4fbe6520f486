package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the segments of one 835 claim (loop 2100 and its 2110 service lines) into a {@link ClaimPayment}.
 * One builder serves every claim of a transaction set ({@link #start} begins the next): values are read out of
 * each segment as it passes (no segment is copied) and the lists are reused, the records taking copies.
 */
final class ClaimBuilder {
    private static final DateRange NO_DATES = new DateRange(null, null);
    private final ElementReader values;

    // the claim: CLP and what follows it
    private String headerNumber;
    private String patientControlNumber;
    private String status;
    private long chargeBits;          // amounts as Amount bits, with the BigDecimal when Amount.BIG
    private BigDecimal chargeBig;
    private long paidBits;
    private BigDecimal paidBig;
    private long responsibilityBits;
    private BigDecimal responsibilityBig;
    private String filingIndicator;
    private String payerClaimControlNumber;
    private String facilityCode;
    private String frequency;
    private String drgCode;
    private long clpIndex;            // the CLP segment: its position, made when needed
    private int clpInTransaction;
    private long clpOffset;
    private Party patient;
    private Party insured;
    private Party corrected;
    private Party rendering;
    private final List<Party> others = new ArrayList<>();
    private LocalDate statementFrom;
    private LocalDate statementTo;
    private LocalDate received;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Remark> remarks = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Reference> amounts = new ArrayList<>();
    private final List<ServicePayment> lines = new ArrayList<>();
    // balancing in hundredths (Cents.NONE once something is not known in hundredths)
    private long chargeCents;
    private long paidCents;
    private long claimCasCents;
    private long lineCasTotalCents;
    private boolean linesBalance;

    // the open service line (SVC and what follows it); lineOpen is false when none is open
    private boolean lineOpen;
    private long svcIndex;
    private int svcInTransaction;
    private long svcOffset;
    private Procedure procedure;
    private Procedure submittedProcedure;
    private String revenueCode;
    private long lineChargeBits;
    private BigDecimal lineChargeBig;
    private long linePaidBits;
    private BigDecimal linePaidBig;
    private long unitsPaidBits;
    private BigDecimal unitsPaidBig;
    private long unitsSubmittedBits;
    private BigDecimal unitsSubmittedBig;
    private LocalDate lineFrom;
    private LocalDate lineTo;
    private String lineControl = "";
    private long allowedBits = Amount.NONE;
    private BigDecimal allowedBig;
    private long lineChargeCents;
    private long linePaidCents;
    private long lineCasCents;
    private final List<Reference> lineRefs = new ArrayList<>();
    private final List<Adjustment> lineAdjustments = new ArrayList<>();
    private final List<Remark> lineRemarks = new ArrayList<>();

    private final ProcedureCache procedures = new ProcedureCache();
    private final DateRange[] days = new DateRange[64]; // one-day ranges made, by date (see range)

    ClaimBuilder(ElementReader values) {
        this.values = values;
    }

    /** Begins a claim at its CLP (the previous one must have been {@link #build built}). */
    void start(Segment clp, String headerNumber) {
        this.headerNumber = headerNumber;
        patientControlNumber = values.required(clp, 1, "Patient control number");
        status = values.required(clp, 2, "Claim status code");
        chargeBits = values.requiredAmountBits(clp, 3, "Total claim charge amount");
        chargeBig = big(chargeBits);
        chargeCents = values.lastCents();
        paidBits = values.requiredAmountBits(clp, 4, "Claim payment amount");
        paidBig = big(paidBits);
        paidCents = values.lastCents();
        claimCasCents = 0;
        lineCasTotalCents = 0;
        linesBalance = true;
        responsibilityBits = values.amountBits(clp, 5);
        responsibilityBig = big(responsibilityBits);
        filingIndicator = clp.element(6);
        payerClaimControlNumber = clp.element(7);
        facilityCode = clp.element(8);
        frequency = clp.element(9);
        drgCode = clp.element(11);
        clpIndex = clp.index();
        clpInTransaction = clp.positionInTransaction();
        clpOffset = clp.offset();
    }

    /** The BigDecimal to keep beside {@code bits}: the reader's last one when the bits say BIG, else null. */
    private BigDecimal big(long bits) {
        return bits == Amount.BIG ? values.lastBig() : null;
    }

    /** The CLP segment's position (made for an issue). */
    private Position clpPosition() {
        return new Position(clpIndex, clpInTransaction, "CLP", 0, 0, 0, clpOffset);
    }

    /** CLP03 and CLP04 as {@link Amount} bits, and the BigDecimal beside each. */
    long chargeBits() {
        return chargeBits;
    }

    BigDecimal chargeBig() {
        return chargeBig;
    }

    long paidBits() {
        return paidBits;
    }

    BigDecimal paidBig() {
        return paidBig;
    }

    String patientControlNumber() {
        return patientControlNumber;
    }

    String payerClaimControlNumber() {
        return payerClaimControlNumber;
    }

    boolean reversal() {
        return status.equals("22");
    }

    /** CLP03 and CLP04 of the claim in hundredths, or {@link Cents#NONE}. */
    long chargeCents() {
        return chargeCents;
    }

    long paidCents() {
        return paidCents;
    }

    /**
     * True when the claim just {@link #build built} is known to balance (every line: SVC02 - SVC03 = its CAS; the
     * claim: CLP03 - CLP04 = all its CAS), worked out exactly in hundredths as its segments passed; false when it
     * does not or when an amount was not known in hundredths: then the BigDecimal check decides and reports.
     */
    boolean balancesInCents() {
        long adjustments = Cents.add(claimCasCents, lineCasTotalCents);
        return linesBalance && adjustments != Cents.NONE && chargeCents != Cents.NONE && paidCents != Cents.NONE
                && chargeCents - paidCents == adjustments;
    }

    /** Takes one segment of the claim; false when the segment does not belong in an 835 claim. */
    boolean segment(Segment s) {
        switch (s.idCode()) {
            case Ids.SVC -> svc(s);
            case Ids.CAS -> cas(s, lineOpen);
            case Ids.LQ -> {
                if (!lineOpen) {
                    return false;
                }
                String code = s.element(2);
                lineRemarks.add(new Remark("LQ", code, RemitCodes.describe(RemitCodes.REMARK, code)));
            }
            case Ids.NM1 -> {
                if (lineOpen) {
                    return false;
                }
                nm1(s);
            }
            case Ids.MIA -> remarks(s, "MIA", MIA_REMARKS);
            case Ids.MOA -> remarks(s, "MOA", MOA_REMARKS);
            case Ids.DTM -> dtm(s);
            case Ids.REF -> {
                if (lineOpen && s.elementEquals(1, "6R")) {
                    lineControl = s.element(2);
                } else {
                    (lineOpen ? lineRefs : references).add(new Reference(s.element(1), s.element(2)));
                }
            }
            case Ids.AMT -> {
                if (lineOpen && s.elementEquals(1, "B6")) {
                    allowedBits = values.amountBits(s, 2);
                    allowedBig = big(allowedBits);
                } else if (lineOpen) {
                    lineRefs.add(new Reference(s.element(1), s.element(2)));
                } else {
                    amounts.add(new Reference(s.element(1), s.element(2)));
                }
            }
            case Ids.QTY, Ids.PER -> { } // claim quantities and contacts: not needed to post
            default -> {
                return false;
            }
        }
        return true;
    }

    private void svc(Segment s) {
        closeLine();
        lineChargeBits = values.requiredAmountBits(s, 2, "Line item charge amount");
        lineChargeBig = big(lineChargeBits);
        lineChargeCents = values.lastCents();
        linePaidBits = values.requiredAmountBits(s, 3, "Line item provider payment amount");
        linePaidBig = big(linePaidBits);
        linePaidCents = values.lastCents();
        lineCasCents = 0;
        unitsPaidBits = values.amountBits(s, 5);
        unitsPaidBig = big(unitsPaidBits);
        unitsSubmittedBits = values.amountBits(s, 7);
        unitsSubmittedBig = big(unitsSubmittedBits);
        if (!s.has(1)) {
            values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 1, "SVC01 (procedure) is missing");
        }
        procedure = procedures.get(s, 1);
        submittedProcedure = procedures.get(s, 6);
        revenueCode = s.element(4);
        lineOpen = true;
        svcIndex = s.index();
        svcInTransaction = s.positionInTransaction();
        svcOffset = s.offset();
    }

    private void nm1(Segment s) {
        Party p = ElementReader.nm1(s);
        switch (p.entityCode()) {
            case "QC" -> patient = p;
            case "IL" -> insured = p;
            case "74" -> corrected = p;
            case "82" -> rendering = p;
            default -> others.add(p);
        }
    }

    private void dtm(Segment s) {
        if (lineOpen) {
            if (s.elementEquals(1, "472")) {
                lineFrom = values.date(s, 2);
                lineTo = lineFrom;
            } else if (s.elementEquals(1, "150")) {
                lineFrom = values.date(s, 2);
            } else if (s.elementEquals(1, "151")) {
                lineTo = values.date(s, 2);
            } else {
                values.date(s, 2);
            }
        } else if (s.elementEquals(1, "232")) {
            statementFrom = values.date(s, 2);
        } else if (s.elementEquals(1, "233")) {
            statementTo = values.date(s, 2);
        } else if (s.elementEquals(1, "050")) {
            received = values.date(s, 2);
        } else {
            values.date(s, 2);
        }
    }

    /** The elements of MIA (MIA05, 20-23) and MOA (MOA03-07) that hold remark codes. */
    private static final int[] MIA_REMARKS = {5, 20, 21, 22, 23};
    private static final int[] MOA_REMARKS = {3, 4, 5, 6, 7};

    private void remarks(Segment s, String source, int[] elements) {
        for (int i : elements) {
            if (s.has(i)) {
                String code = s.element(i);
                remarks.add(new Remark(source, code, RemitCodes.describe(RemitCodes.REMARK, code)));
            }
        }
    }

    /** CAS01 group, then up to six reason (CAS02, 05, ..) / amount / quantity triples. */
    private void cas(Segment s, boolean line) {
        List<Adjustment> into = line ? lineAdjustments : adjustments;
        String group = values.required(s, 1, "Claim adjustment group code");
        if (!s.has(2)) {
            values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 2, "CAS02 (adjustment reason code) is missing");
        }
        for (int r = 2, last = Math.min(17, s.size()); r <= last; r += 3) { // no triple starts past the last element
            if (!s.has(r) && !s.has(r + 1)) {
                continue;
            }
            String reason = s.element(r);
            if (reason.isEmpty()) {
                values.report(X12Issue.error(X12Error.CONDITIONAL_ELEMENT_MISSING, s.position(r),
                        s.position(r).reference() + " (adjustment reason code) is missing although an amount is given"));
            }
            long amount = values.requiredAmountBits(s, r + 1, "Adjustment amount");
            BigDecimal amountBig = big(amount);
            if (line) {
                lineCasCents = Cents.add(lineCasCents, values.lastCents());
            } else {
                claimCasCents = Cents.add(claimCasCents, values.lastCents());
            }
            long quantity = values.amountBits(s, r + 2);
            into.add(new Adjustment(group, null, reason, null, // descriptions looked up when asked for
                    amount, amountBig, quantity, big(quantity), null, s.index(), s.positionInTransaction(), s.offset(), r));
        }
    }

    private void closeLine() {
        if (!lineOpen) {
            return;
        }
        linesBalance &= lineCasCents != Cents.NONE && lineChargeCents != Cents.NONE && linePaidCents != Cents.NONE
                && lineChargeCents - linePaidCents == lineCasCents;
        lineCasTotalCents = Cents.add(lineCasTotalCents, lineCasCents);
        lines.add(new ServicePayment(procedure, lineChargeBits, lineChargeBig, linePaidBits, linePaidBig, revenueCode,
                unitsPaidBits, unitsPaidBig, submittedProcedure, unitsSubmittedBits, unitsSubmittedBig,
                range(lineFrom, lineTo), lineControl, allowedBits, allowedBig, frozen(lineRefs), frozen(lineAdjustments),
                frozen(lineRemarks), null, svcIndex, svcInTransaction, svcOffset));
        lineOpen = false;
        lineFrom = null;
        lineTo = null;
        lineControl = "";
        allowedBits = Amount.NONE;
        allowedBig = null;
    }

    private DateRange range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            values.report(X12Issue.error(X12Error.INVALID_DATE, clpPosition(), "A date range of the claim ends before it starts"));
            return new DateRange(from, null);
        }
        if (from == to) { // one day (DTM*472), or none: the lines of a remittance share a few days, so one range
            if (from == null) {  // (a record: immutable) serves every line of that day
                return NO_DATES;
            }
            int slot = from.hashCode() * 0x9E3779B1 >>> 26; // the top 6 bits of a multiplicative hash: 64 slots
            DateRange day = days[slot];
            if (day == null || day.from() != from) {
                day = days[slot] = new DateRange(from, from);
            }
            return day;
        }
        return new DateRange(from, to);
    }

    /** The finished claim; the builder is then ready for the next {@link #start}. */
    ClaimPayment build(ClaimPayment.Kind kind) {
        closeLine();
        ClaimPayment claim = new ClaimPayment(kind, headerNumber, patientControlNumber, status,
                null, chargeBits, chargeBig, paidBits, paidBig,
                responsibilityBits, responsibilityBig, filingIndicator, payerClaimControlNumber, facilityCode, frequency, drgCode, patient, insured,
                corrected, rendering, frozen(others), range(statementFrom, statementTo), received, frozen(adjustments),
                frozen(remarks), frozen(references), frozen(amounts), frozen(lines), null, clpIndex, clpInTransaction,
                clpOffset);
        patient = null;
        insured = null;
        corrected = null;
        rendering = null;
        statementFrom = null;
        statementTo = null;
        received = null;
        return claim;
    }

    /**
     * An immutable copy of {@code list}, which is then emptied for the next claim or line (the records' own
     * {@code List.copyOf} keeps an immutable list as it is, so the elements are copied once).
     */
    private static <T> List<T> frozen(List<T> list) {
        List<T> copy = switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            case 3 -> List.of(list.get(0), list.get(1), list.get(2));
            case 4 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3));
            default -> List.copyOf(list);
        };
        list.clear();
        return copy;
    }
}
