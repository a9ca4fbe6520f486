package io.claimgate.x12.remit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A service line of an 835 claim (loop 2110, SVC).
 *
 * <p>Its values (each read by the accessor of that name):
 * <ul>
 *   <li>{@code procedure}: SVC01 the procedure as adjudicated (qualifier, code, modifiers)
 *   <li>{@code charge}: SVC02 line item charge amount (zero when missing, then reported)
 *   <li>{@code paid}: SVC03 line item provider payment amount (zero when missing, then reported)
 *   <li>{@code revenueCode}: SVC04 NUBC revenue code, may be empty
 *   <li>{@code unitsPaid}: SVC05 units of service paid, null when absent
 *   <li>{@code submittedProcedure}: SVC06 the procedure as submitted, when the payer changed it; empty otherwise
 *   <li>{@code unitsBilled}: SVC07 original units of service, null when absent (then equal to SVC05)
 *   <li>{@code serviceDates}: DTM*472 (or DTM*150 / DTM*151 start and end)
 *   <li>{@code lineItemControlNumber}: REF*6R: the 837 REF*6R of the line, empty when absent
 *   <li>{@code allowedAmount}: AMT*B6 allowed actual, null when absent
 *   <li>{@code references}: other REF segments of the line (e.g. REF*1B, REF*LU)
 *   <li>{@code adjustments}: line CAS triples
 *   <li>{@code remarks}: LQ*HE remark codes
 *   <li>{@code position}: the SVC segment
 * </ul>
 *
 * <p>A value class with the accessors, equality and text of a record over these values. It keeps its
 * amounts and its position in compact form (see {@code Amount}) and makes the {@link BigDecimal}s and the
 * {@link Position} when they are asked for, so a reader of a large 835 that looks at a few values of each
 * claim does not pay for the others.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"procedure", "charge", "paid", "revenueCode", "unitsPaid", "submittedProcedure", "unitsBilled",
        "serviceDates", "lineItemControlNumber", "allowedAmount", "references", "adjustments", "remarks", "position"})
public final class ServicePayment {
    private final Procedure procedure;
    private final long chargeBits;
    private final BigDecimal chargeBig;
    private final long paidBits;
    private final BigDecimal paidBig;
    private final String revenueCode;
    private final long unitsPaidBits;
    private final BigDecimal unitsPaidBig;
    private final Procedure submittedProcedure;
    private final long unitsBilledBits;
    private final BigDecimal unitsBilledBig;
    private final DateRange serviceDates;
    private final String lineItemControlNumber;
    private final long allowedAmountBits;
    private final BigDecimal allowedAmountBig;
    private final List<Reference> references;
    private final List<Adjustment> adjustments;
    private final List<Remark> remarks;
    private final Position position; // null when kept as the numbers below (a SVC segment)
    private final long segmentIndex;
    private final int segmentInTransaction;
    private final long byteOffset;

    /** From its values, checked as the record constructor checked them (lists are copied). */
    public ServicePayment(Procedure procedure,
            BigDecimal charge,
            BigDecimal paid,
            String revenueCode,
            BigDecimal unitsPaid,
            Procedure submittedProcedure,
            BigDecimal unitsBilled,
            DateRange serviceDates,
            String lineItemControlNumber,
            BigDecimal allowedAmount,
            List<Reference> references,
            List<Adjustment> adjustments,
            List<Remark> remarks,
            Position position) {
        this(Objects.requireNonNull(procedure, "procedure"),
                Amount.bits(Objects.requireNonNull(charge, "charge")), Amount.big(charge),
                Amount.bits(Objects.requireNonNull(paid, "paid")), Amount.big(paid),
                Objects.requireNonNull(revenueCode, "revenueCode"),
                Amount.bits(unitsPaid), Amount.big(unitsPaid),
                Objects.requireNonNull(submittedProcedure, "submittedProcedure"),
                Amount.bits(unitsBilled), Amount.big(unitsBilled),
                Objects.requireNonNull(serviceDates, "serviceDates"),
                Objects.requireNonNull(lineItemControlNumber, "lineItemControlNumber"),
                Amount.bits(allowedAmount), Amount.big(allowedAmount),
                List.copyOf(references),
                List.copyOf(adjustments),
                List.copyOf(remarks),
                Objects.requireNonNull(position, "position"), 0, 0, -1);
    }

    /**
     * The reader's constructor: amounts as {@code Amount} bits (with the BigDecimal when {@code Amount.BIG}), lists
     * already immutable, and either a position or the SVC segment's index, place in its transaction set and offset.
     */
    ServicePayment(Procedure procedure,
            long chargeBits, BigDecimal chargeBig,
            long paidBits, BigDecimal paidBig,
            String revenueCode,
            long unitsPaidBits, BigDecimal unitsPaidBig,
            Procedure submittedProcedure,
            long unitsBilledBits, BigDecimal unitsBilledBig,
            DateRange serviceDates,
            String lineItemControlNumber,
            long allowedAmountBits, BigDecimal allowedAmountBig,
            List<Reference> references,
            List<Adjustment> adjustments,
            List<Remark> remarks,
            Position position, long segmentIndex, int segmentInTransaction, long byteOffset) {
        this.procedure = procedure;
        this.chargeBits = chargeBits;
        this.chargeBig = chargeBig;
        this.paidBits = paidBits;
        this.paidBig = paidBig;
        this.revenueCode = revenueCode;
        this.unitsPaidBits = unitsPaidBits;
        this.unitsPaidBig = unitsPaidBig;
        this.submittedProcedure = submittedProcedure;
        this.unitsBilledBits = unitsBilledBits;
        this.unitsBilledBig = unitsBilledBig;
        this.serviceDates = serviceDates;
        this.lineItemControlNumber = lineItemControlNumber;
        this.allowedAmountBits = allowedAmountBits;
        this.allowedAmountBig = allowedAmountBig;
        this.references = references;
        this.adjustments = adjustments;
        this.remarks = remarks;
        this.position = position;
        this.segmentIndex = segmentIndex;
        this.segmentInTransaction = segmentInTransaction;
        this.byteOffset = byteOffset;
    }

    @JsonProperty("procedure")
    public Procedure procedure() {
        return procedure;
    }

    @JsonProperty("charge")
    public BigDecimal charge() {
        return Amount.value(chargeBits, chargeBig);
    }

    @JsonProperty("paid")
    public BigDecimal paid() {
        return Amount.value(paidBits, paidBig);
    }

    @JsonProperty("revenueCode")
    public String revenueCode() {
        return revenueCode;
    }

    @JsonProperty("unitsPaid")
    public BigDecimal unitsPaid() {
        return Amount.value(unitsPaidBits, unitsPaidBig);
    }

    @JsonProperty("submittedProcedure")
    public Procedure submittedProcedure() {
        return submittedProcedure;
    }

    @JsonProperty("unitsBilled")
    public BigDecimal unitsBilled() {
        return Amount.value(unitsBilledBits, unitsBilledBig);
    }

    @JsonProperty("serviceDates")
    public DateRange serviceDates() {
        return serviceDates;
    }

    @JsonProperty("lineItemControlNumber")
    public String lineItemControlNumber() {
        return lineItemControlNumber;
    }

    @JsonProperty("allowedAmount")
    public BigDecimal allowedAmount() {
        return Amount.value(allowedAmountBits, allowedAmountBig);
    }

    @JsonProperty("references")
    public List<Reference> references() {
        return references;
    }

    @JsonProperty("adjustments")
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    @JsonProperty("remarks")
    public List<Remark> remarks() {
        return remarks;
    }

    @JsonProperty("position")
    public Position position() {
        return position != null ? position
                : new Position(segmentIndex, segmentInTransaction, "SVC", 0, 0, 0, byteOffset);
    }

    /** Sum of the line's CAS amounts. */
    public BigDecimal adjustmentTotal() {
        return Adjustments.total(adjustments);
    }

    /** Equal when every value (as the accessors give them) is equal, as for a record. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ServicePayment o && java.util.Arrays.equals(values(), o.values());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values());
    }

    private Object[] values() {
        return new Object[] {procedure(), charge(), paid(), revenueCode(), unitsPaid(), submittedProcedure(), unitsBilled(), serviceDates(), lineItemControlNumber(), allowedAmount(), references(), adjustments(), remarks(), position()};
    }

    /** As a record would write it: {@code ServicePayment[procedure=.., ..]}. */
    @Override
    public String toString() {
        return Records.toString("ServicePayment", NAMES, values());
    }

    private static final String[] NAMES = {"procedure", "charge", "paid", "revenueCode", "unitsPaid", "submittedProcedure", "unitsBilled", "serviceDates", "lineItemControlNumber", "allowedAmount", "references", "adjustments", "remarks", "position"};
}
