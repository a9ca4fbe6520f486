package io.claimgate.x12.remit;

import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reason / amount / quantity triple of a CAS segment (claim or service line adjustment).
 *
 * @param group             CAS01 claim adjustment group code ({@code CO} contractual obligation, {@code PR} patient
 *                          responsibility, {@code OA} other adjustments, {@code PI} payer initiated, {@code CR} correction)
 * @param groupDescription  its meaning, "" when unknown
 * @param reason            CAS02 / 05 / 08 / 11 / 14 / 17: claim adjustment reason code (CARC)
 * @param reasonDescription its meaning from {@code mappings/codes/claim-adjustment-reason.tsv}, "" when unknown
 * @param amount            CAS03 / 06 / ...: the adjustment amount (positive reduces the payment)
 * @param quantity          CAS04 / 07 / ...: adjusted units, null when absent
 * @param position          the CAS segment, pointing at the reason element
 */
public record Adjustment(String group, String groupDescription, String reason, String reasonDescription,
                         BigDecimal amount, BigDecimal quantity, Position position) {
    public Adjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupDescription, "groupDescription");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonDescription, "reasonDescription");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(position, "position");
    }
}
