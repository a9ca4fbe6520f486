package io.claimgate.x12.status;

import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.Procedure;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A service line status of a 277CA (loop 2220D).
 *
 * @param procedure             SVC01 procedure (qualifier, code, modifiers)
 * @param charge                SVC02 line item charge amount, null when absent
 * @param revenueCode           SVC04 (institutional), may be empty
 * @param units                 SVC07 units of service, null when absent
 * @param lineItemControlNumber REF*FJ: the REF*6R line item control number of the 837 line
 * @param serviceDates          DTP*472
 * @param statuses              the line's STC segments
 * @param position              the SVC segment
 */
public record LineStatus(Procedure procedure, BigDecimal charge, String revenueCode, BigDecimal units,
                         String lineItemControlNumber, DateRange serviceDates, List<Status> statuses, Position position) {
    public LineStatus {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(revenueCode, "revenueCode");
        Objects.requireNonNull(lineItemControlNumber, "lineItemControlNumber");
        Objects.requireNonNull(serviceDates, "serviceDates");
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(position, "position");
    }
}
