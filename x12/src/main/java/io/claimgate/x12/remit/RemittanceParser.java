package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.inbound.TransactionParser;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the body of one 835 (005010X221A1) and hands it to a {@link RemittanceListener} a claim at a time, so
 * memory stays constant however many claims the transaction set holds.
 *
 * <p>Balancing (WEDI SNIP level 3), each mismatch reported as {@link X12Error#AMOUNTS_DO_NOT_BALANCE}:
 * <ul>
 *   <li>every service line: SVC02 - SVC03 = sum of the line's CAS amounts;</li>
 *   <li>every claim: CLP03 - CLP04 = sum of the claim-level CAS amounts + sum of every line's CAS amounts;</li>
 *   <li>the transaction set: BPR02 = sum of CLP04 - sum of the PLB amounts.</li>
 * </ul>
 */
public final class RemittanceParser implements TransactionParser {
    private final TransactionRef envelope;
    private final ElementReader values;
    private final RemittanceListener listener;

    private Segment bpr;
    private String traceType = "";
    private String traceNumber = "";
    private String traceOriginator = "";
    private LocalDate productionDate;
    private Party payer;
    private Party payee;
    private final List<Reference> references = new ArrayList<>();
    private RemittanceHeader header;

    private String headerNumber = "";
    private final ClaimBuilder claim;
    private boolean claimOpen;
    private String lastReversalPcn;
    private String lastReversalPayerClaim;

    private int claims;
    private final Cents.Total chargeTotal = new Cents.Total();
    private final Cents.Total paidTotal = new Cents.Total();
    private BigDecimal plbTotal = BigDecimal.ZERO;
    private boolean balanced = true;

    public RemittanceParser(TransactionRef envelope, ElementReader values, RemittanceListener listener) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.values = Objects.requireNonNull(values, "values");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.claim = new ClaimBuilder(values);
    }

    @Override
    public void segment(Segment s) {
        int id = s.idCode();
        if (claimOpen && id != Ids.CLP && id != Ids.LX && id != Ids.PLB && id != Ids.TS3 && id != Ids.TS2) {
            if (!claim.segment(s)) {
                unexpected(s, "segment " + s.id() + " does not belong in an 835 claim");
            }
            return;
        }
        switch (id) {
            case Ids.BPR -> {
                if (bpr != null || header != null) {
                    unexpected(s, "a second BPR");
                    return;
                }
                bpr = s.copy();
            }
            case Ids.TRN -> {
                traceType = s.element(1);
                traceNumber = values.required(s, 2, "Check or EFT trace number");
                traceOriginator = s.element(3);
            }
            case Ids.DTM -> {
                LocalDate d = values.date(s, 2);
                if (s.elementEquals(1, "405")) {
                    productionDate = d;
                }
            }
            case Ids.N1 -> {
                if (s.elementEquals(1, "PR")) {
                    payer = ElementReader.n1(s);
                } else if (s.elementEquals(1, "PE")) {
                    payee = ElementReader.n1(s);
                }
            }
            case Ids.REF -> references.add(new Reference(s.element(1), s.element(2)));
            case Ids.CUR, Ids.N3, Ids.N4, Ids.PER, Ids.RDM, Ids.TS3, Ids.TS2 -> { } // not needed to post the payment
            case Ids.LX -> {
                closeClaim();
                headerNumber = s.element(1);
            }
            case Ids.CLP -> {
                closeClaim();
                emitHeader(s);
                claim.start(s, headerNumber);
                claimOpen = true;
            }
            case Ids.PLB -> {
                closeClaim();
                emitHeader(s);
                plb(s);
            }
            default -> unexpected(s, "segment " + s.id() + " is not part of an 835");
        }
    }

    @Override
    public void end(Segment se) {
        closeClaim();
        emitHeader(se);
        BigDecimal bpr02 = header.payment().amount();
        BigDecimal paidTotal = this.paidTotal.value();
        if (bpr == null) {
            balanced = false;
        } else {
            BigDecimal expected = paidTotal.subtract(plbTotal);
            if (bpr02.compareTo(expected) != 0) {
                balanced = false;
                values.report(X12Issue.error(X12Error.AMOUNTS_DO_NOT_BALANCE, bpr.position(2),
                        "BPR02 " + bpr02.toPlainString() + " is not the sum of CLP04 " + paidTotal.toPlainString()
                                + " less the PLB adjustments " + plbTotal.toPlainString() + " = " + expected.toPlainString()));
            }
        }
        listener.trailer(new RemittanceSummary(envelope, claims, chargeTotal.value(), paidTotal, bpr02, plbTotal, balanced));
    }

    private void emitHeader(Segment at) {
        if (header != null) {
            return;
        }
        Payment payment;
        if (bpr == null) {
            values.report(X12Issue.error(X12Error.REQUIRED_SEGMENT_MISSING, at == null ? envelope.position() : at.position(),
                    "835 has no BPR before its first claim"));
            payment = new Payment("", BigDecimal.ZERO, "", "", "", "", "", "", "", "", "", "", "", "", "", null);
        } else {
            Segment b = bpr;
            values.required(b, 1, "Transaction handling code");
            BigDecimal amount = values.requiredAmount(b, 2, "Total actual provider payment amount");
            payment = new Payment(b.element(1), amount, b.element(3), b.element(4), b.element(5), b.element(6),
                    b.element(7), b.element(8), b.element(9), b.element(10), b.element(11), b.element(12), b.element(13),
                    b.element(14), b.element(15), values.date(b, 16));
        }
        header = new RemittanceHeader(envelope, payment, traceType, traceNumber, traceOriginator, productionDate, payer,
                payee, references);
        listener.header(header);
    }

    private void closeClaim() {
        if (!claimOpen) {
            return;
        }
        ClaimBuilder c = claim;
        claimOpen = false;
        ClaimPayment.Kind kind = ClaimPayment.Kind.ORIGINAL;
        if (c.reversal()) {
            kind = ClaimPayment.Kind.REVERSAL;
            lastReversalPcn = c.patientControlNumber();
            lastReversalPayerClaim = c.payerClaimControlNumber();
        } else {
            if (lastReversalPcn != null && (lastReversalPcn.equals(c.patientControlNumber())
                    || !lastReversalPayerClaim.isEmpty() && lastReversalPayerClaim.equals(c.payerClaimControlNumber()))) {
                kind = ClaimPayment.Kind.CORRECTION;
            }
            lastReversalPcn = null;
            lastReversalPayerClaim = null;
        }
        ClaimPayment p = c.build(kind);
        claims++;
        chargeTotal.add(c.chargeBits(), c.chargeBig(), c.chargeCents());
        paidTotal.add(c.paidBits(), c.paidBig(), c.paidCents());
        if (!c.balancesInCents()) {
            balance(p); // works it out again with BigDecimal, reporting what does not balance
        }
        listener.claim(header, p);
    }

    private void balance(ClaimPayment p) {
        BigDecimal lineCas = BigDecimal.ZERO;
        List<ServicePayment> lines = p.lines();
        for (int i = 0, n = lines.size(); i < n; i++) {
            ServicePayment l = lines.get(i);
            BigDecimal cas = l.adjustmentTotal();
            lineCas = i == 0 ? cas : lineCas.add(cas);
            BigDecimal expected = l.charge().subtract(l.paid());
            if (expected.compareTo(cas) != 0) {
                balanced = false;
                values.report(X12Issue.error(X12Error.AMOUNTS_DO_NOT_BALANCE, l.position().atElement(3),
                        "Service line: SVC02 - SVC03 = " + expected.toPlainString() + " but its CAS adjustments add up to "
                                + cas.toPlainString()));
            }
        }
        BigDecimal adjustments = p.claimAdjustmentTotal().add(lineCas);
        BigDecimal expected = p.charge().subtract(p.paid());
        if (expected.compareTo(adjustments) != 0) {
            balanced = false;
            values.report(X12Issue.error(X12Error.AMOUNTS_DO_NOT_BALANCE, p.position().atElement(4),
                    "Claim: CLP03 - CLP04 = " + expected.toPlainString() + " but the claim and line CAS adjustments add up to "
                            + adjustments.toPlainString()));
        }
    }

    /** PLB01 provider, PLB02 fiscal period date, then up to six reason:reference / amount pairs. */
    private void plb(Segment s) {
        values.required(s, 1, "Provider identifier");
        LocalDate period = values.date(s, 2);
        List<ProviderAdjustment.Item> items = new ArrayList<>();
        if (!s.has(3)) {
            values.error(X12Error.REQUIRED_ELEMENT_MISSING, s, 3, "PLB03 (adjustment reason) is missing");
        }
        for (int i = 3; i <= 13; i += 2) {
            if (!s.has(i) && !s.has(i + 1)) {
                continue;
            }
            String reason = s.component(i, 1);
            if (reason.isEmpty()) {
                values.report(X12Issue.error(X12Error.CONDITIONAL_ELEMENT_MISSING, s.position(i),
                        s.position(i).reference() + " (adjustment reason) is missing although an amount is given"));
            }
            BigDecimal amount = values.requiredAmount(s, i + 1, "Provider adjustment amount");
            items.add(new ProviderAdjustment.Item(reason, RemitCodes.describe(RemitCodes.PROVIDER_ADJUSTMENT, reason),
                    s.component(i, 2), amount));
        }
        ProviderAdjustment adjustment = new ProviderAdjustment(s.element(1), period, items, s.position());
        plbTotal = plbTotal.add(adjustment.total());
        listener.providerAdjustment(header, adjustment);
    }

    private void unexpected(Segment s, String why) {
        values.report(X12Issue.error(X12Error.UNEXPECTED_SEGMENT, s.position(), "Unexpected segment: " + why));
    }
}
