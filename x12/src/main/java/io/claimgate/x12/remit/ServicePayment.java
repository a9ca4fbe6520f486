package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A service line of an 835 claim (loop 2110, SVC).
 *
 * @param procedure             SVC01 the procedure as adjudicated (qualifier, code, modifiers)
 * @param charge                SVC02 line item charge amount (zero when missing, then reported)
 * @param paid                  SVC03 line item provider payment amount (zero when missing, then reported)
 * @param revenueCode           SVC04 NUBC revenue code, may be empty
 * @param unitsPaid             SVC05 units of service paid, null when absent
 * @param submittedProcedure    SVC06 the procedure as submitted, when the payer changed it; empty otherwise
 * @param unitsBilled           SVC07 original units of service, null when absent (then equal to SVC05)
 * @param serviceDates          DTM*472 (or DTM*150 / DTM*151 start and end)
 * @param lineItemControlNumber REF*6R: the 837 REF*6R of the line, empty when absent
 * @param allowedAmount         AMT*B6 allowed actual, null when absent
 * @param references            other REF segments of the line (e.g. REF*1B, REF*LU)
 * @param adjustments           line CAS triples
 * @param remarks               LQ*HE remark codes
 * @param position              the SVC segment
 */
public record ServicePayment(Procedure procedure, BigDecimal charge, BigDecimal paid, String revenueCode,
                             BigDecimal unitsPaid, Procedure submittedProcedure, BigDecimal unitsBilled,
                             DateRange serviceDates, String lineItemControlNumber, BigDecimal allowedAmount,
                             List<Reference> references, List<Adjustment> adjustments, List<Remark> remarks,
                             Position position) {
    public ServicePayment {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(revenueCode, "revenueCode");
        Objects.requireNonNull(submittedProcedure, "submittedProcedure");
        Objects.requireNonNull(serviceDates, "serviceDates");
        Objects.requireNonNull(lineItemControlNumber, "lineItemControlNumber");
        references = List.copyOf(references);
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        Objects.requireNonNull(position, "position");
    }

    /** Sum of the line's CAS amounts. */
    public BigDecimal adjustmentTotal() {
        return Adjustments.total(adjustments);
    }
}
