package io.claimgate.gateway.store;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One CAS adjustment of a claim payment or of one of its lines: CAS01 group code (CO, PR, OA, PI, CR), the
 * claim adjustment reason code (CARC), the amount (positive reduces the payment) and the quantity, null
 * when absent.
 */
public record PaymentAdjustment(String groupCode, String reasonCode, BigDecimal amount, BigDecimal quantity) {
    public PaymentAdjustment {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(amount, "amount");
    }
}
