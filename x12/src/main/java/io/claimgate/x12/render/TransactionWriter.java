package io.claimgate.x12.render;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the transaction sets of one functional group: ST, BHT, 1000A/1000B, then the HL hierarchy
 * (2000A billing provider, 2000B subscriber, 2000C patient) with HL01 numbered from 1 in each transaction
 * set, HL02 pointing at the parent and HL04 saying whether children follow; then SE with the count the
 * writer computed. Records where every claim landed.
 */
final class TransactionWriter {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final Segments out;
    private final RenderSettings settings;
    private final ClaimPlacement[] placements;
    private final boolean manyTransactions;
    private long nextTransactionControl;

    /**
     * @param manyTransactions true when the interchange holds more than one transaction set (BHT03 then gets the ST02 appended
     *                         to a caller-given reference)
     */
    TransactionWriter(Segments out, RenderSettings settings, ClaimPlacement[] placements, boolean manyTransactions) {
        this.out = out;
        this.settings = settings;
        this.placements = placements;
        this.manyTransactions = manyTransactions;
        this.nextTransactionControl = settings.firstTransactionControlNumber();
    }

    /** Writes {@code transactions} (already planned) inside the open group {@code groupControl}. */
    void write(ClaimFormat format, List<BatchPlan.Transaction> transactions, long groupControl) {
        for (BatchPlan.Transaction t : transactions) {
            String st02 = transactionControlNumber(nextTransactionControl++);
            String bht03 = settings.batchReference() == null ? st02
                    : manyTransactions ? settings.batchReference() + "-" + st02 : settings.batchReference();
            out.writer().beginTransaction("837", st02, format.version());
            out.claim(t.first());
            out.seg("BHT", "").e("0019").e("00").e(bht03).e(CCYYMMDD.format(settings.timestamp()))
                    .e(HHMM.format(settings.timestamp())).e(format.transactionType(t.first())).end();
            format.header(out, t.first());
            int hl = 0;
            for (BatchPlan.BillingNode b : t.billing()) {
                int billingHl = ++hl;
                out.claim(b.first());
                out.hl(billingHl, 0, "20", true);
                format.billingProvider(out, b.first());
                for (BatchPlan.SubscriberNode s : b.subscribers()) {
                    int subscriberHl = ++hl;
                    boolean dependents = !s.patients().isEmpty();
                    out.claim(s.first());
                    out.hl(subscriberHl, billingHl, "22", dependents);
                    format.subscriber(out, s.first(), !dependents);
                    for (int claim : s.claims()) {
                        claim(format, claim, groupControl, st02, bht03);
                    }
                    for (BatchPlan.PatientNode p : s.patients()) {
                        out.claim(p.first());
                        out.hl(++hl, subscriberHl, "23", false);
                        format.patient(out, p.first());
                        for (int claim : p.claims()) {
                            claim(format, claim, groupControl, st02, bht03);
                        }
                    }
                }
            }
            out.writer().endTransaction();
        }
    }

    private void claim(ClaimFormat format, int claim, long groupControl, String st02, String bht03) {
        out.claim(claim);
        int first = out.nextPosition();
        format.claim(out, claim);
        placements[claim] = new ClaimPlacement(claim, settings.interchangeControlNumber(), groupControl, st02, bht03,
                format.version(), first, out.position(), format.patientControlNumber(claim));
    }

    /** ST02: at least four digits (ST02 is AN 4-9). */
    static String transactionControlNumber(long n) {
        String s = Long.toString(n);
        return s.length() >= 4 ? s : "0000".substring(s.length()) + s;
    }

    /** The ST02 the next transaction set will get. */
    long nextTransactionControl() {
        return nextTransactionControl;
    }
}
