package io.claimgate.x12.remit;

import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A PLB segment: adjustments to the provider's payment that belong to no claim (interest, forwarding balances,
 * overpayment recovery, ...). A positive amount reduces the payment, a negative one increases it.
 *
 * @param providerId      PLB01 provider identifier (NPI or tax id)
 * @param fiscalPeriodEnd PLB02 last day of the provider's fiscal year, null when absent or unreadable
 * @param items           the reason / amount pairs (PLB03-04, 05-06, ... 13-14)
 * @param position        the PLB segment
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodEnd, List<Item> items, Position position) {
    public ProviderAdjustment {
        Objects.requireNonNull(providerId, "providerId");
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position");
    }

    /**
     * One adjustment of a PLB.
     *
     * @param reason            PLB03-1 adjustment reason code (e.g. {@code L6} interest, {@code WO} overpayment recovery,
     *                          {@code FB} forwarding balance, {@code 72} authorized return, {@code CS} adjustment)
     * @param reasonDescription its meaning from {@code mappings/codes/provider-adjustment-reason.tsv}, "" when unknown
     * @param reference         PLB03-2 reference identification (e.g. the payer claim number recovered), may be empty
     * @param amount            PLB04 / 06 / ... provider adjustment amount
     */
    public record Item(String reason, String reasonDescription, String reference, BigDecimal amount) {
        public Item {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reasonDescription, "reasonDescription");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Sum of the item amounts. */
    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Item i : items) {
            sum = sum.add(i.amount());
        }
        return sum;
    }
}
