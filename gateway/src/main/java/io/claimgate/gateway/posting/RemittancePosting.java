package io.claimgate.gateway.posting;

import io.claimgate.gateway.store.ClaimOutcomeStore;
import io.claimgate.gateway.store.ClaimQuery;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimSummary;
import io.claimgate.gateway.store.PaymentAdjustment;
import io.claimgate.gateway.store.PaymentLine;
import io.claimgate.gateway.store.PaymentRemark;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.remit.Adjustment;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.Reference;
import io.claimgate.x12.remit.Remark;
import io.claimgate.x12.remit.RemittanceHeader;
import io.claimgate.x12.remit.ServicePayment;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Posts the claim payments of an 835 to a submitter's claims: each CLP is matched by its CLP01 (the CLM01
 * patient control number of the 837) to the submitter's newest claim with that number, and recorded with
 * its payer (N1*PR and its REF*2U or N104 id), the BPR payment method and date, the TRN02 trace number, the
 * claim-level CAS and MIA/MOA remark codes, and its service lines with their CAS and LQ remark codes. A CLP
 * that matches none of the submitter's claims is not posted and is counted. The file is read as a stream.
 */
public final class RemittancePosting {
    private final ClaimSearch search;
    private final ClaimOutcomeStore outcomes;
    private final Clock clock;

    public RemittancePosting(ClaimSearch search, ClaimOutcomeStore outcomes, Clock clock) {
        this.search = Objects.requireNonNull(search, "search");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What posting a file came to: the remittance ids posted, the CLP01 of the claims not found among the
     * submitter's, and what the reader made of the file (not X12, issues).
     */
    public record Result(List<String> remittanceIds, List<String> unmatched, InboundResult read) {
        public Result {
            remittanceIds = List.copyOf(remittanceIds);
            unmatched = List.copyOf(unmatched);
        }
    }

    public Result post(String submitterId, InputStream in) {
        Objects.requireNonNull(submitterId, "submitterId");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> posted = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        InboundResult read = InboundReader.read(in, new InboundListener() {
            @Override
            public void claim(RemittanceHeader header, ClaimPayment claim) {
                List<ClaimSummary> found = search.list(submitterId, new ClaimQuery(null, null,
                        claim.patientControlNumber(), null, true, null, 1)).claims();
                if (found.isEmpty()) {
                    unmatched.add(claim.patientControlNumber());
                    return;
                }
                outcomes.postPayment(submitterId, found.get(0).id(), payment(header, claim, now))
                        .ifPresentOrElse(posted::add, () -> unmatched.add(claim.patientControlNumber()));
            }
        });
        return new Result(posted, unmatched, read);
    }

    /** The store's record of one CLP loop of an 835. */
    static io.claimgate.gateway.store.ClaimPayment payment(RemittanceHeader h, ClaimPayment c, Instant receivedAt) {
        List<PaymentLine> lines = new ArrayList<>();
        for (ServicePayment s : c.lines()) {
            lines.add(new PaymentLine(lines.size() + 1, clip(s.procedure().qualifier(), 2), clip(s.procedure().code(), 48),
                    s.procedure().modifiers().stream().filter(m -> !m.isBlank()).limit(4).map(m -> clip(m, 2)).toList(),
                    clip(s.revenueCode(), 4), s.charge(), s.paid(), s.unitsPaid(), s.serviceDates().from(),
                    clip(s.lineItemControlNumber(), 50), s.allowedAmount(), adjustments(s.adjustments()),
                    remarks(s.remarks())));
        }
        return new io.claimgate.gateway.store.ClaimPayment(c.status(), c.charge(), c.paid(), c.patientResponsibility(),
                clip(c.payerClaimControlNumber(), 50), clip(h.traceNumber(), 50), h.payment().date(), receivedAt,
                clip(payerId(h), 80), h.payer() == null ? null : clip(h.payer().name(), 60), clip(h.payment().method(), 3),
                clip(c.filingIndicator(), 2), adjustments(c.adjustments()), remarks(c.remarks()), lines);
    }

    /** The payer's id: REF*2U of the header, else the N1*PR id (N104), else null (the claim's payer id stands in). */
    private static String payerId(RemittanceHeader h) {
        for (Reference r : h.references()) {
            if (r.qualifier().equals("2U") && !r.value().isBlank()) {
                return r.value();
            }
        }
        Party payer = h.payer();
        return payer == null || payer.id().isBlank() ? null : payer.id();
    }

    private static List<PaymentAdjustment> adjustments(List<Adjustment> in) {
        return in.stream().map(a -> new PaymentAdjustment(required(a.group(), 2), required(a.reason(), 5),
                a.amount(), a.quantity()))
                .toList();
    }

    private static List<PaymentRemark> remarks(List<Remark> in) {
        return in.stream().map(r -> new PaymentRemark(required(r.source(), 3), required(r.code(), 30))).toList();
    }

    private static String required(String v, int max) {
        String c = clip(v, max);
        return c == null ? "" : c;
    }

    /** Null for a blank value; at most {@code max} characters (the column's width). */
    private static String clip(String v, int max) {
        if (v == null || v.isBlank()) {
            return null;
        }
        return v.length() <= max ? v : v.substring(0, max);
    }
}
