package io.claimgate.gateway.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A service line of a claim payment (835 loop 2110): SVC01 procedure qualifier (HC, NU, ...), code and
 * modifiers, SVC02 charge, SVC03 paid, SVC04 revenue code, SVC05 units paid, DTM*472 service date, REF*6R
 * line item control number (the 837's), AMT*B6 allowed amount, its CAS adjustments and LQ remark codes.
 * Absent values are null; {@code number} counts the claim's lines from 1.
 */
public record PaymentLine(int number, String procedureQualifier, String procedureCode, List<String> modifiers,
                          String revenueCode, BigDecimal chargeAmount, BigDecimal paidAmount, BigDecimal unitsPaid,
                          LocalDate serviceDate, String lineItemControlNumber, BigDecimal allowedAmount,
                          List<PaymentAdjustment> adjustments, List<PaymentRemark> remarks) {
    public PaymentLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers count from 1, was " + number);
        }
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(chargeAmount, "chargeAmount");
        Objects.requireNonNull(paidAmount, "paidAmount");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
    }
}
