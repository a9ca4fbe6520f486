package io.claimgate.x12.status;

import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One STC segment of a 277CA: up to three status composites with the date, amount and free text.
 *
 * @param codes         STC01, then STC10 and STC11 when present
 * @param effectiveDate STC02 status information effective date, null when absent or unreadable
 * @param actionCode    STC03 ({@code WQ} accepted, {@code U} rejected), may be empty
 * @param amount        STC04 total claim charge amount, null when absent
 * @param freeText      STC12 free-form message text, may be empty
 * @param position      the STC segment
 */
public record Status(List<StatusCode> codes, LocalDate effectiveDate, String actionCode, BigDecimal amount,
                     String freeText, Position position) {
    public Status {
        codes = List.copyOf(codes);
        Objects.requireNonNull(actionCode, "actionCode");
        Objects.requireNonNull(freeText, "freeText");
        Objects.requireNonNull(position, "position");
    }

    /** True when any of the status composites is a rejection category. */
    public boolean rejected() {
        for (StatusCode c : codes) {
            if (c.rejected()) {
                return true;
            }
        }
        return false;
    }
}
