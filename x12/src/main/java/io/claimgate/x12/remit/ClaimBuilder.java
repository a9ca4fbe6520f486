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

/** Collects the segments of one 835 claim (loop 2100 and its 2110 service lines) into a {@link ClaimPayment}. */
final class ClaimBuilder {
    private final ElementReader values;
    private final String headerNumber;
    private final Segment clp;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal patientResponsibility;

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

    // the open service line
    private Segment svc;
    private BigDecimal lineCharge;
    private BigDecimal linePaid;
    private BigDecimal unitsPaid;
    private BigDecimal unitsSubmitted;
    private LocalDate lineFrom;
    private LocalDate lineTo;
    private String lineControl = "";
    private BigDecimal allowed;
    private final List<Reference> lineRefs = new ArrayList<>();
    private final List<Adjustment> lineAdjustments = new ArrayList<>();
    private final List<Remark> lineRemarks = new ArrayList<>();

    ClaimBuilder(Segment clp, String headerNumber, ElementReader values) {
        this.values = values;
        this.headerNumber = headerNumber;
        this.clp = clp.copy();
        values.required(clp, 1, "Patient control number");
        values.required(clp, 2, "Claim status code");
        this.charge = values.requiredAmount(clp, 3, "Total claim charge amount");
        this.paid = values.requiredAmount(clp, 4, "Claim payment amount");
        this.patientResponsibility = values.amount(clp, 5);
    }

    String patientControlNumber() {
        return clp.element(1);
    }

    String payerClaimControlNumber() {
        return clp.element(7);
    }

    boolean reversal() {
        return clp.elementEquals(2, "22");
    }

    /** Takes one segment of the claim; false when the segment does not belong in an 835 claim. */
    boolean segment(Segment s) {
        switch (s.id()) {
            case "SVC" -> {
                closeLine();
                svc = s.copy();
                lineCharge = values.requiredAmount(s, 2, "Line item charge amount");
                linePaid = values.requiredAmount(s, 3, "Line item provider payment amount");
                unitsPaid = values.amount(s, 5);
                unitsSubmitted = values.amount(s, 7);
                if (!s.has(1)) {
                    values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 1, "SVC01 (procedure) is missing");
                }
            }
            case "CAS" -> cas(s, svc != null ? lineAdjustments : adjustments);
            case "LQ" -> {
                if (svc == null) {
                    return false;
                }
                String code = s.element(2);
                lineRemarks.add(new Remark("LQ", code, RemitCodes.describe(RemitCodes.REMARK, code)));
            }
            case "NM1" -> {
                if (svc != null) {
                    return false;
                }
                nm1(s);
            }
            case "MIA" -> remarks(s, "MIA", 5, 20, 21, 22, 23);
            case "MOA" -> remarks(s, "MOA", 3, 4, 5, 6, 7);
            case "DTM" -> dtm(s);
            case "REF" -> {
                if (svc != null && s.elementEquals(1, "6R")) {
                    lineControl = s.element(2);
                } else {
                    (svc != null ? lineRefs : references).add(new Reference(s.element(1), s.element(2)));
                }
            }
            case "AMT" -> {
                if (svc != null && s.elementEquals(1, "B6")) {
                    allowed = values.amount(s, 2);
                } else if (svc != null) {
                    lineRefs.add(new Reference(s.element(1), s.element(2)));
                } else {
                    amounts.add(new Reference(s.element(1), s.element(2)));
                }
            }
            case "QTY", "PER" -> { } // claim quantities and contacts: not needed to post
            default -> {
                return false;
            }
        }
        return true;
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
        String q = s.element(1);
        if (svc != null) {
            switch (q) {
                case "472" -> {
                    lineFrom = values.date(s, 2);
                    lineTo = lineFrom;
                }
                case "150" -> lineFrom = values.date(s, 2);
                case "151" -> lineTo = values.date(s, 2);
                default -> values.date(s, 2);
            }
            return;
        }
        switch (q) {
            case "232" -> statementFrom = values.date(s, 2);
            case "233" -> statementTo = values.date(s, 2);
            case "050" -> received = values.date(s, 2);
            default -> values.date(s, 2);
        }
    }

    private void remarks(Segment s, String source, int... elements) {
        for (int i : elements) {
            if (s.has(i)) {
                String code = s.element(i);
                remarks.add(new Remark(source, code, RemitCodes.describe(RemitCodes.REMARK, code)));
            }
        }
    }

    /** CAS01 group, then up to six reason (CAS02, 05, ..) / amount / quantity triples. */
    private void cas(Segment s, List<Adjustment> into) {
        String group = values.required(s, 1, "Claim adjustment group code");
        String groupDescription = RemitCodes.describe(RemitCodes.ADJUSTMENT_GROUP, group);
        if (!s.has(2)) {
            values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 2, "CAS02 (adjustment reason code) is missing");
        }
        for (int r = 2; r <= 17; r += 3) {
            if (!s.has(r) && !s.has(r + 1)) {
                continue;
            }
            String reason = s.element(r);
            if (reason.isEmpty()) {
                values.report(X12Issue.error(X12Error.CONDITIONAL_ELEMENT_MISSING, s.position(r),
                        s.position(r).reference() + " (adjustment reason code) is missing although an amount is given"));
            }
            BigDecimal amount = values.requiredAmount(s, r + 1, "Adjustment amount");
            into.add(new Adjustment(group, groupDescription, reason,
                    RemitCodes.describe(RemitCodes.ADJUSTMENT_REASON, reason), amount, values.amount(s, r + 2), s.position(r)));
        }
    }

    private void closeLine() {
        if (svc == null) {
            return;
        }
        Procedure submitted = ElementReader.procedure(svc, 6);
        lines.add(new ServicePayment(ElementReader.procedure(svc, 1), lineCharge, linePaid, svc.element(4),
                unitsPaid, submitted, unitsSubmitted,
                range(lineFrom, lineTo), lineControl, allowed, lineRefs, lineAdjustments, lineRemarks, svc.position()));
        svc = null;
        lineFrom = null;
        lineTo = null;
        lineControl = "";
        allowed = null;
        lineRefs.clear();
        lineAdjustments.clear();
        lineRemarks.clear();
    }

    private DateRange range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            values.report(X12Issue.error(X12Error.INVALID_DATE, clp.position(), "A date range of the claim ends before it starts"));
            return new DateRange(from, null);
        }
        return new DateRange(from, to);
    }

    /** The finished claim. */
    ClaimPayment build(ClaimPayment.Kind kind) {
        closeLine();
        String status = clp.element(2);
        return new ClaimPayment(kind, headerNumber, clp.element(1), status,
                RemitCodes.describe(RemitCodes.CLAIM_STATUS, status), charge, paid, patientResponsibility,
                clp.element(6), clp.element(7), clp.element(8), clp.element(9), clp.element(11), patient, insured,
                corrected, rendering, others, range(statementFrom, statementTo), received, adjustments, remarks,
                references, amounts, lines, clp.position());
    }

    Position position() {
        return clp.position();
    }
}
