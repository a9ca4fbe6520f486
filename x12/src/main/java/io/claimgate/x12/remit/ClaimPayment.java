package io.claimgate.x12.remit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * <p>Its values (each read by the accessor of that name):
 * <ul>
 *   <li>{@code kind}: original payment, reversal (CLP02 = 22) or the correction that follows a reversal
 *   <li>{@code headerNumber}: LX01 of the enclosing header number loop (2000), may be empty
 *   <li>{@code patientControlNumber}: CLP01: the CLM01 of the 837 claim
 *   <li>{@code status}: CLP02 claim status code (1 processed as primary, 2 secondary, 3 tertiary, 4 denied,
 *       19/20/21 processed and forwarded, 22 reversal of previous payment, 23 not our claim,
 *       25 predetermination pricing only)
 *   <li>{@code statusDescription}: its meaning from {@code mappings/codes/claim-payment-status.tsv}, "" when unknown
 *   <li>{@code charge}: CLP03 total claim charge amount (zero when missing, then reported)
 *   <li>{@code paid}: CLP04 claim payment amount (zero when missing, then reported)
 *   <li>{@code patientResponsibility}: CLP05, null when absent
 *   <li>{@code filingIndicator}: CLP06 claim filing indicator code (e.g. {@code 12} PPO, {@code MB} Medicare Part B, {@code MC} Medicaid)
 *   <li>{@code payerClaimControlNumber}: CLP07 the payer's internal claim number (for a corrected 837's REF*F8)
 *   <li>{@code facilityCode}: CLP08 facility type / place of service, may be empty
 *   <li>{@code frequency}: CLP09 claim frequency type code, may be empty
 *   <li>{@code drgCode}: CLP11 diagnosis related group, may be empty
 *   <li>{@code patient}: NM1*QC, null when absent
 *   <li>{@code insured}: NM1*IL, null when absent
 *   <li>{@code correctedPatient}: NM1*74 corrected patient or insured name, null when absent
 *   <li>{@code renderingProvider}: NM1*82, null when absent
 *   <li>{@code otherParties}: other NM1 of the claim (TT crossover carrier, PR corrected priority payer, GB, ...)
 *   <li>{@code statementPeriod}: DTM*232 / DTM*233 claim statement period
 *   <li>{@code receivedDate}: DTM*050 date the payer received the claim, null when absent
 *   <li>{@code adjustments}: claim-level CAS triples
 *   <li>{@code remarks}: MIA / MOA remark codes
 *   <li>{@code references}: REF segments of the claim (e.g. {@code 1L} group number, {@code EA} medical record)
 *   <li>{@code amounts}: AMT segments of the claim (e.g. {@code AU} coverage amount)
 *   <li>{@code lines}: the service lines (loop 2110)
 *   <li>{@code position}: the CLP segment
 * </ul>
 *
 * <p>A value class with the accessors, equality and text of a record over these values. It keeps its
 * amounts and its position in compact form (see {@code Amount}) and makes the {@link BigDecimal}s and the
 * {@link Position} when they are asked for, so a reader of a large 835 that looks at a few values of each
 * claim does not pay for the others.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"kind", "headerNumber", "patientControlNumber", "status", "statusDescription", "charge", "paid",
        "patientResponsibility", "filingIndicator", "payerClaimControlNumber", "facilityCode", "frequency",
        "drgCode", "patient", "insured", "correctedPatient", "renderingProvider", "otherParties", "statementPeriod",
        "receivedDate", "adjustments", "remarks", "references", "amounts", "lines", "position"})
public final class ClaimPayment {
    private final Kind kind;
    private final String headerNumber;
    private final String patientControlNumber;
    private final String status;
    private final String statusDescription;
    private final long chargeBits;
    private final BigDecimal chargeBig;
    private final long paidBits;
    private final BigDecimal paidBig;
    private final long patientResponsibilityBits;
    private final BigDecimal patientResponsibilityBig;
    private final String filingIndicator;
    private final String payerClaimControlNumber;
    private final String facilityCode;
    private final String frequency;
    private final String drgCode;
    private final Party patient;
    private final Party insured;
    private final Party correctedPatient;
    private final Party renderingProvider;
    private final List<Party> otherParties;
    private final DateRange statementPeriod;
    private final LocalDate receivedDate;
    private final List<Adjustment> adjustments;
    private final List<Remark> remarks;
    private final List<Reference> references;
    private final List<Reference> amounts;
    private final List<ServicePayment> lines;
    private final Position position; // null when kept as the numbers below (a CLP segment)
    private final long segmentIndex;
    private final int segmentInTransaction;
    private final long byteOffset;

    /** From its values, checked as the record constructor checked them (lists are copied). */
    public ClaimPayment(Kind kind,
            String headerNumber,
            String patientControlNumber,
            String status,
            String statusDescription,
            BigDecimal charge,
            BigDecimal paid,
            BigDecimal patientResponsibility,
            String filingIndicator,
            String payerClaimControlNumber,
            String facilityCode,
            String frequency,
            String drgCode,
            Party patient,
            Party insured,
            Party correctedPatient,
            Party renderingProvider,
            List<Party> otherParties,
            DateRange statementPeriod,
            LocalDate receivedDate,
            List<Adjustment> adjustments,
            List<Remark> remarks,
            List<Reference> references,
            List<Reference> amounts,
            List<ServicePayment> lines,
            Position position) {
        this(Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(headerNumber, "headerNumber"),
                Objects.requireNonNull(patientControlNumber, "patientControlNumber"),
                Objects.requireNonNull(status, "status"),
                Objects.requireNonNull(statusDescription, "statusDescription"),
                Amount.bits(Objects.requireNonNull(charge, "charge")), Amount.big(charge),
                Amount.bits(Objects.requireNonNull(paid, "paid")), Amount.big(paid),
                Amount.bits(patientResponsibility), Amount.big(patientResponsibility),
                Objects.requireNonNull(filingIndicator, "filingIndicator"),
                Objects.requireNonNull(payerClaimControlNumber, "payerClaimControlNumber"),
                Objects.requireNonNull(facilityCode, "facilityCode"),
                Objects.requireNonNull(frequency, "frequency"),
                Objects.requireNonNull(drgCode, "drgCode"),
                patient,
                insured,
                correctedPatient,
                renderingProvider,
                List.copyOf(otherParties),
                Objects.requireNonNull(statementPeriod, "statementPeriod"),
                receivedDate,
                List.copyOf(adjustments),
                List.copyOf(remarks),
                List.copyOf(references),
                List.copyOf(amounts),
                List.copyOf(lines),
                Objects.requireNonNull(position, "position"), 0, 0, -1);
    }

    /**
     * The reader's constructor: {@code statusDescription} null to be looked up when asked for, amounts as
     * {@code Amount} bits (with the BigDecimal when {@code Amount.BIG}), lists already immutable, and either a
     * position or the CLP segment's index, place in its transaction set and offset.
     */
    ClaimPayment(Kind kind,
            String headerNumber,
            String patientControlNumber,
            String status,
            String statusDescription,
            long chargeBits, BigDecimal chargeBig,
            long paidBits, BigDecimal paidBig,
            long patientResponsibilityBits, BigDecimal patientResponsibilityBig,
            String filingIndicator,
            String payerClaimControlNumber,
            String facilityCode,
            String frequency,
            String drgCode,
            Party patient,
            Party insured,
            Party correctedPatient,
            Party renderingProvider,
            List<Party> otherParties,
            DateRange statementPeriod,
            LocalDate receivedDate,
            List<Adjustment> adjustments,
            List<Remark> remarks,
            List<Reference> references,
            List<Reference> amounts,
            List<ServicePayment> lines,
            Position position, long segmentIndex, int segmentInTransaction, long byteOffset) {
        this.kind = kind;
        this.headerNumber = headerNumber;
        this.patientControlNumber = patientControlNumber;
        this.status = status;
        this.statusDescription = statusDescription;
        this.chargeBits = chargeBits;
        this.chargeBig = chargeBig;
        this.paidBits = paidBits;
        this.paidBig = paidBig;
        this.patientResponsibilityBits = patientResponsibilityBits;
        this.patientResponsibilityBig = patientResponsibilityBig;
        this.filingIndicator = filingIndicator;
        this.payerClaimControlNumber = payerClaimControlNumber;
        this.facilityCode = facilityCode;
        this.frequency = frequency;
        this.drgCode = drgCode;
        this.patient = patient;
        this.insured = insured;
        this.correctedPatient = correctedPatient;
        this.renderingProvider = renderingProvider;
        this.otherParties = otherParties;
        this.statementPeriod = statementPeriod;
        this.receivedDate = receivedDate;
        this.adjustments = adjustments;
        this.remarks = remarks;
        this.references = references;
        this.amounts = amounts;
        this.lines = lines;
        this.position = position;
        this.segmentIndex = segmentIndex;
        this.segmentInTransaction = segmentInTransaction;
        this.byteOffset = byteOffset;
    }

    @JsonProperty("kind")
    public Kind kind() {
        return kind;
    }

    @JsonProperty("headerNumber")
    public String headerNumber() {
        return headerNumber;
    }

    @JsonProperty("patientControlNumber")
    public String patientControlNumber() {
        return patientControlNumber;
    }

    @JsonProperty("status")
    public String status() {
        return status;
    }

    @JsonProperty("statusDescription")
    public String statusDescription() {
        String d = statusDescription;
        return d != null ? d : RemitCodes.describe(RemitCodes.CLAIM_STATUS, status);
    }

    @JsonProperty("charge")
    public BigDecimal charge() {
        return Amount.value(chargeBits, chargeBig);
    }

    @JsonProperty("paid")
    public BigDecimal paid() {
        return Amount.value(paidBits, paidBig);
    }

    @JsonProperty("patientResponsibility")
    public BigDecimal patientResponsibility() {
        return Amount.value(patientResponsibilityBits, patientResponsibilityBig);
    }

    @JsonProperty("filingIndicator")
    public String filingIndicator() {
        return filingIndicator;
    }

    @JsonProperty("payerClaimControlNumber")
    public String payerClaimControlNumber() {
        return payerClaimControlNumber;
    }

    @JsonProperty("facilityCode")
    public String facilityCode() {
        return facilityCode;
    }

    @JsonProperty("frequency")
    public String frequency() {
        return frequency;
    }

    @JsonProperty("drgCode")
    public String drgCode() {
        return drgCode;
    }

    @JsonProperty("patient")
    public Party patient() {
        return patient;
    }

    @JsonProperty("insured")
    public Party insured() {
        return insured;
    }

    @JsonProperty("correctedPatient")
    public Party correctedPatient() {
        return correctedPatient;
    }

    @JsonProperty("renderingProvider")
    public Party renderingProvider() {
        return renderingProvider;
    }

    @JsonProperty("otherParties")
    public List<Party> otherParties() {
        return otherParties;
    }

    @JsonProperty("statementPeriod")
    public DateRange statementPeriod() {
        return statementPeriod;
    }

    @JsonProperty("receivedDate")
    public LocalDate receivedDate() {
        return receivedDate;
    }

    @JsonProperty("adjustments")
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    @JsonProperty("remarks")
    public List<Remark> remarks() {
        return remarks;
    }

    @JsonProperty("references")
    public List<Reference> references() {
        return references;
    }

    @JsonProperty("amounts")
    public List<Reference> amounts() {
        return amounts;
    }

    @JsonProperty("lines")
    public List<ServicePayment> lines() {
        return lines;
    }

    @JsonProperty("position")
    public Position position() {
        return position != null ? position
                : new Position(segmentIndex, segmentInTransaction, "CLP", 0, 0, 0, byteOffset);
    }


    /** What a CLP does to the provider's books. */
    public enum Kind {
        /** An ordinary adjudication. */
        ORIGINAL,
        /** CLP02 = 22: takes back a previous payment; its amounts are the negated originals. */
        REVERSAL,
        /** The corrected adjudication that follows the reversal of the same claim (same CLP01 or CLP07). */
        CORRECTION
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

    /** Equal when every value (as the accessors give them) is equal, as for a record. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ClaimPayment o && java.util.Arrays.equals(values(), o.values());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values());
    }

    private Object[] values() {
        return new Object[] {kind(), headerNumber(), patientControlNumber(), status(), statusDescription(), charge(), paid(), patientResponsibility(), filingIndicator(), payerClaimControlNumber(), facilityCode(), frequency(), drgCode(), patient(), insured(), correctedPatient(), renderingProvider(), otherParties(), statementPeriod(), receivedDate(), adjustments(), remarks(), references(), amounts(), lines(), position()};
    }

    /** As a record would write it: {@code ClaimPayment[kind=.., ..]}. */
    @Override
    public String toString() {
        return Records.toString("ClaimPayment", NAMES, values());
    }

    private static final String[] NAMES = {"kind", "headerNumber", "patientControlNumber", "status", "statusDescription", "charge", "paid", "patientResponsibility", "filingIndicator", "payerClaimControlNumber", "facilityCode", "frequency", "drgCode", "patient", "insured", "correctedPatient", "renderingProvider", "otherParties", "statementPeriod", "receivedDate", "adjustments", "remarks", "references", "amounts", "lines", "position"};
}
