package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One claim of an 835 (loop 2100, CLP) with its service lines.
 *
 * @param kind                    original payment, reversal (CLP02 = 22) or the correction that follows a reversal
 * @param headerNumber            LX01 of the enclosing header number loop (2000), may be empty
 * @param patientControlNumber    CLP01: the CLM01 of the 837 claim
 * @param status                  CLP02 claim status code (1 processed as primary, 2 secondary, 3 tertiary, 4 denied,
 *                                19/20/21 processed and forwarded, 22 reversal of previous payment, 23 not our claim,
 *                                25 predetermination pricing only)
 * @param statusDescription       its meaning from {@code mappings/codes/claim-payment-status.tsv}, "" when unknown
 * @param charge                  CLP03 total claim charge amount (zero when missing, then reported)
 * @param paid                    CLP04 claim payment amount (zero when missing, then reported)
 * @param patientResponsibility   CLP05, null when absent
 * @param filingIndicator         CLP06 claim filing indicator code (e.g. {@code 12} PPO, {@code MB} Medicare Part B, {@code MC} Medicaid)
 * @param payerClaimControlNumber CLP07 the payer's internal claim number (for a corrected 837's REF*F8)
 * @param facilityCode            CLP08 facility type / place of service, may be empty
 * @param frequency               CLP09 claim frequency type code, may be empty
 * @param drgCode                 CLP11 diagnosis related group, may be empty
 * @param patient                 NM1*QC, null when absent
 * @param insured                 NM1*IL, null when absent
 * @param correctedPatient        NM1*74 corrected patient or insured name, null when absent
 * @param renderingProvider       NM1*82, null when absent
 * @param otherParties            other NM1 of the claim (TT crossover carrier, PR corrected priority payer, GB, ...)
 * @param statementPeriod         DTM*232 / DTM*233 claim statement period
 * @param receivedDate            DTM*050 date the payer received the claim, null when absent
 * @param adjustments             claim-level CAS triples
 * @param remarks                 MIA / MOA remark codes
 * @param references              REF segments of the claim (e.g. {@code 1L} group number, {@code EA} medical record)
 * @param amounts                 AMT segments of the claim (e.g. {@code AU} coverage amount)
 * @param lines                   the service lines (loop 2110)
 * @param position                the CLP segment
 */
public record ClaimPayment(Kind kind, String headerNumber, String patientControlNumber, String status,
                           String statusDescription, BigDecimal charge, BigDecimal paid,
                           BigDecimal patientResponsibility, String filingIndicator, String payerClaimControlNumber,
                           String facilityCode, String frequency, String drgCode, Party patient, Party insured,
                           Party correctedPatient, Party renderingProvider, List<Party> otherParties,
                           DateRange statementPeriod, LocalDate receivedDate, List<Adjustment> adjustments,
                           List<Remark> remarks, List<Reference> references, List<Reference> amounts,
                           List<ServicePayment> lines, Position position) {

    /** What a CLP does to the provider's books. */
    public enum Kind {
        /** An ordinary adjudication. */
        ORIGINAL,
        /** CLP02 = 22: takes back a previous payment; its amounts are the negated originals. */
        REVERSAL,
        /** The corrected adjudication that follows the reversal of the same claim (same CLP01 or CLP07). */
        CORRECTION
    }

    public ClaimPayment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headerNumber, "headerNumber");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusDescription, "statusDescription");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(filingIndicator, "filingIndicator");
        Objects.requireNonNull(payerClaimControlNumber, "payerClaimControlNumber");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(drgCode, "drgCode");
        otherParties = List.copyOf(otherParties);
        Objects.requireNonNull(statementPeriod, "statementPeriod");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        references = List.copyOf(references);
        amounts = List.copyOf(amounts);
        lines = List.copyOf(lines);
        Objects.requireNonNull(position, "position");
    }

    /** True for a reversal of a previous payment (CLP02 = 22). */
    public boolean reversal() {
        return kind == Kind.REVERSAL;
    }

    /** Sum of the claim-level CAS amounts. */
    public BigDecimal claimAdjustmentTotal() {
        return Adjustments.total(adjustments);
    }

    /** Sum of the CAS amounts of every service line. */
    public BigDecimal lineAdjustmentTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ServicePayment l : lines) {
            sum = sum.add(l.adjustmentTotal());
        }
        return sum;
    }
}
