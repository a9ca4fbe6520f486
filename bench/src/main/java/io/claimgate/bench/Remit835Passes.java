package io.claimgate.bench;

import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.remit.Adjustment;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.RemittanceHeader;
import io.claimgate.x12.remit.RemittanceSummary;
import io.claimgate.x12.remit.ServicePayment;
import io.claimgate.x12.syntax.X12Issue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;

/** The typed 835 pass: {@link InboundReader} with a listener that keeps only running totals (constant memory). */
final class Remit835Passes {
    private Remit835Passes() {
    }

    /** Running totals of one read; nothing of a claim is kept after its {@link #claim} call. */
    static class Sums implements InboundListener {
        long claims;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal plb = BigDecimal.ZERO;
        long unbalancedTransactions;
        long issues;
        String firstIssue;
        InboundResult result;

        @Override
        public void claim(RemittanceHeader header, ClaimPayment claim) {
            claims++;
            paid = paid.add(claim.paid());
        }

        @Override
        public void trailer(RemittanceSummary summary) {
            plb = plb.add(summary.providerAdjustmentTotal());
            if (!summary.balanced()) {
                unbalancedTransactions++;
            }
        }

        @Override
        public void issue(X12Issue issue) {
            if (issues++ == 0) {
                firstIssue = issue.toString();
            }
        }

        @Override
        public String toString() {
            return String.format("%d claims, sum CLP04 %s, sum PLB %s, %d unbalanced transaction sets, %d issues%s",
                    claims, paid.toPlainString(), plb.toPlainString(), unbalancedTransactions, issues,
                    firstIssue == null ? "" : " (first: " + firstIssue + ")");
        }
    }

    /**
     * As {@link Sums}, and asks every claim for every value it holds, lines and adjustments included (each amount
     * as a BigDecimal, each position): what a consumer that uses the whole record (a JSON writer, a posting
     * system) costs on top of the reading, since the records make some values only when asked.
     */
    static final class Everything extends Sums {
        long touched;

        @Override
        public void claim(RemittanceHeader header, ClaimPayment claim) {
            super.claim(header, claim);
            touched += touch(claim.kind(), claim.headerNumber(), claim.patientControlNumber(), claim.status(),
                    claim.statusDescription(), claim.charge(), claim.paid(), claim.patientResponsibility(),
                    claim.filingIndicator(), claim.payerClaimControlNumber(), claim.facilityCode(), claim.frequency(),
                    claim.drgCode(), claim.patient(), claim.insured(), claim.correctedPatient(),
                    claim.renderingProvider(), claim.otherParties(), claim.statementPeriod(), claim.receivedDate(),
                    claim.remarks(), claim.references(), claim.amounts(), claim.position());
            for (Adjustment a : claim.adjustments()) {
                touched += adjustment(a);
            }
            for (ServicePayment l : claim.lines()) {
                touched += touch(l.procedure(), l.charge(), l.paid(), l.revenueCode(), l.unitsPaid(),
                        l.submittedProcedure(), l.unitsBilled(), l.serviceDates(), l.lineItemControlNumber(),
                        l.allowedAmount(), l.references(), l.remarks(), l.position());
                for (Adjustment a : l.adjustments()) {
                    touched += adjustment(a);
                }
            }
        }

        private static int adjustment(Adjustment a) {
            return touch(a.group(), a.groupDescription(), a.reason(), a.reasonDescription(), a.amount(), a.quantity(),
                    a.position());
        }

        /** How many of {@code values} are present (so the JIT cannot drop the calls that made them). */
        private static int touch(Object... values) {
            int n = 0;
            for (Object v : values) {
                n += v == null ? 0 : 1;
            }
            return n;
        }
    }

    /** {@link #inbound(byte[])} with the {@link Everything} listener. */
    static Everything everything(byte[] data) {
        Everything e = new Everything();
        e.result = InboundReader.read(new ByteArrayInputStream(data), e);
        return e;
    }

    /** Reads the 835 in {@code in} to its end with {@link InboundReader}, summing CLP04 per claim. */
    static Sums inbound(InputStream in) {
        Sums sums = new Sums();
        sums.result = InboundReader.read(in, sums);
        return sums;
    }

    static Sums inbound(byte[] data) {
        return inbound(new ByteArrayInputStream(data));
    }

    /** Builds a small 835 and reads it back: {@code java -cp benchmarks.jar io.claimgate.bench.Remit835Passes [MB] [file]}. */
    public static void main(String[] args) throws Exception {
        long bytes = (long) (Double.parseDouble(args.length > 0 ? args[0] : "1") * 1_000_000);
        Remit835Source.Totals totals = new Remit835Source.Totals();
        byte[] data = Remit835Source.build(bytes, totals);
        System.out.println("built: " + totals);
        System.out.println("read:  " + inbound(data) + "; " + inbound(data).result);
        if (args.length > 1) {
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), data);
        }
    }
}
