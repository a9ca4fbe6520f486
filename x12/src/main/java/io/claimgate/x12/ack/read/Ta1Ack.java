package io.claimgate.x12.ack.read;

import io.claimgate.x12.syntax.Position;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A TA1 interchange acknowledgement: the receiver's verdict on a whole interchange we sent. It stands
 * between ISA and IEA, outside any functional group.
 *
 * @param acknowledgedControlNumber TA101: the ISA13 of the interchange acknowledged
 * @param date                      TA102 (YYMMDD, read as 20YY), null when absent or not a date
 * @param time                      TA103 (HHMM)
 * @param acknowledgmentCode        TA104: {@code A} accepted, {@code E} accepted with errors, {@code R} rejected
 * @param noteCode                  TA105 (e.g. {@code 000} no error, {@code 024} invalid interchange content)
 * @param noteDescription           the meaning of TA105, empty when the code is unknown
 * @param interchangeControlNumber  ISA13 of the interchange that carries this TA1
 * @param position                  the TA1 segment
 */
public record Ta1Ack(String acknowledgedControlNumber, LocalDate date, String time, String acknowledgmentCode,
                     String noteCode, String noteDescription, String interchangeControlNumber, Position position) {
    public Ta1Ack {
        Objects.requireNonNull(acknowledgedControlNumber, "acknowledgedControlNumber");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(acknowledgmentCode, "acknowledgmentCode");
        Objects.requireNonNull(noteCode, "noteCode");
        Objects.requireNonNull(noteDescription, "noteDescription");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(position, "position");
    }

    /** True when the interchange was accepted (TA104 = A or E). */
    public boolean accepted() {
        return acknowledgmentCode.equals("A") || acknowledgmentCode.equals("E");
    }
}
