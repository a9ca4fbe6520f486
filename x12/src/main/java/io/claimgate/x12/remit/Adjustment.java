package io.claimgate.x12.remit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reason / amount / quantity triple of a CAS segment (claim or service line adjustment).
 *
 * <p>Its values (each read by the accessor of that name):
 * <ul>
 *   <li>{@code group}: CAS01 claim adjustment group code ({@code CO} contractual obligation, {@code PR} patient
 *       responsibility, {@code OA} other adjustments, {@code PI} payer initiated, {@code CR} correction)
 *   <li>{@code groupDescription}: its meaning, "" when unknown
 *   <li>{@code reason}: CAS02 / 05 / 08 / 11 / 14 / 17: claim adjustment reason code (CARC)
 *   <li>{@code reasonDescription}: its meaning from {@code mappings/codes/claim-adjustment-reason.tsv}, "" when unknown
 *   <li>{@code amount}: CAS03 / 06 / ...: the adjustment amount (positive reduces the payment)
 *   <li>{@code quantity}: CAS04 / 07 / ...: adjusted units, null when absent
 *   <li>{@code position}: the CAS segment, pointing at the reason element
 * </ul>
 *
 * <p>A value class with the accessors, equality and text of a record over these values. It keeps its
 * amounts and its position in compact form (see {@code Amount}) and makes the {@link BigDecimal}s and the
 * {@link Position} when they are asked for, so a reader of a large 835 that looks at a few values of each
 * claim does not pay for the others.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"group", "groupDescription", "reason", "reasonDescription", "amount", "quantity", "position"})
public final class Adjustment {
    private final String group;
    private final String groupDescription;
    private final String reason;
    private final String reasonDescription;
    private final long amountBits;
    private final BigDecimal amountBig;
    private final long quantityBits;
    private final BigDecimal quantityBig;
    private final Position position; // null when kept as the numbers below (a CAS segment)
    private final long segmentIndex;
    private final int segmentInTransaction;
    private final long byteOffset;
    private final int element;

    /** From its values, checked as the record constructor checked them (lists are copied). */
    public Adjustment(String group,
            String groupDescription,
            String reason,
            String reasonDescription,
            BigDecimal amount,
            BigDecimal quantity,
            Position position) {
        this(Objects.requireNonNull(group, "group"),
                Objects.requireNonNull(groupDescription, "groupDescription"),
                Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(reasonDescription, "reasonDescription"),
                Amount.bits(Objects.requireNonNull(amount, "amount")), Amount.big(amount),
                Amount.bits(quantity), Amount.big(quantity),
                Objects.requireNonNull(position, "position"), 0, 0, -1, 0);
    }

    /**
     * The reader's constructor: descriptions null to be looked up in the code tables when asked for, amounts as
     * {@code Amount} bits (with the BigDecimal when {@code Amount.BIG}), lists already immutable, and either a
     * position or the CAS segment's index, place in its transaction set and offset (and the element pointed at).
     */
    Adjustment(String group,
            String groupDescription,
            String reason,
            String reasonDescription,
            long amountBits, BigDecimal amountBig,
            long quantityBits, BigDecimal quantityBig,
            Position position, long segmentIndex, int segmentInTransaction, long byteOffset, int element) {
        this.group = group;
        this.groupDescription = groupDescription;
        this.reason = reason;
        this.reasonDescription = reasonDescription;
        this.amountBits = amountBits;
        this.amountBig = amountBig;
        this.quantityBits = quantityBits;
        this.quantityBig = quantityBig;
        this.position = position;
        this.segmentIndex = segmentIndex;
        this.segmentInTransaction = segmentInTransaction;
        this.byteOffset = byteOffset;
        this.element = element;
    }

    @JsonProperty("group")
    public String group() {
        return group;
    }

    @JsonProperty("groupDescription")
    public String groupDescription() {
        String d = groupDescription;
        return d != null ? d : RemitCodes.describe(RemitCodes.ADJUSTMENT_GROUP, group);
    }

    @JsonProperty("reason")
    public String reason() {
        return reason;
    }

    @JsonProperty("reasonDescription")
    public String reasonDescription() {
        String d = reasonDescription;
        return d != null ? d : RemitCodes.describe(RemitCodes.ADJUSTMENT_REASON, reason);
    }

    @JsonProperty("amount")
    public BigDecimal amount() {
        return Amount.value(amountBits, amountBig);
    }

    @JsonProperty("quantity")
    public BigDecimal quantity() {
        return Amount.value(quantityBits, quantityBig);
    }

    @JsonProperty("position")
    public Position position() {
        return position != null ? position
                : new Position(segmentIndex, segmentInTransaction, "CAS", element, 0, 0, byteOffset);
    }

    /** Equal when every value (as the accessors give them) is equal, as for a record. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Adjustment o && java.util.Arrays.equals(values(), o.values());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values());
    }

    private Object[] values() {
        return new Object[] {group(), groupDescription(), reason(), reasonDescription(), amount(), quantity(), position()};
    }

    /** As a record would write it: {@code Adjustment[group=.., ..]}. */
    @Override
    public String toString() {
        return Records.toString("Adjustment", NAMES, values());
    }

    private static final String[] NAMES = {"group", "groupDescription", "reason", "reasonDescription", "amount", "quantity", "position"};
}
