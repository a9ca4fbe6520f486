package io.claimgate.x12.ack.read;

import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.EnvelopeContext;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.time.LocalDate;

/** Reads a TA1 segment (interchange acknowledgement, between ISA and IEA, outside any GS). */
public final class Ta1Parser {
    private Ta1Parser() {
    }

    /** The TA1 in {@code s}; missing or malformed elements are reported to {@code values}. */
    public static Ta1Ack read(Segment s, EnvelopeContext ctx, ElementReader values) {
        String control = values.required(s, 1, "Acknowledged interchange control number");
        LocalDate date = null;
        String yymmdd = s.element(2);
        if (Dates.isYyMmDd(yymmdd)) {
            date = LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } else if (!yymmdd.isEmpty()) {
            values.report(X12Issue.error(X12Error.INVALID_DATE, s.position(2), "TA102 is not a date (YYMMDD)", yymmdd));
        }
        String code = values.required(s, 4, "Interchange acknowledgement code");
        if (!code.isEmpty() && !code.equals("A") && !code.equals("E") && !code.equals("R")) {
            values.report(X12Issue.error(X12Error.INVALID_CODE, s.position(4), "TA104 is not A, E or R", code));
        }
        String note = values.required(s, 5, "Interchange note code");
        return new Ta1Ack(control, date, s.element(3), code, note, WireCodes.describe(X12Error.Level.INTERCHANGE, note),
                ctx.interchangeControlNumber(), s.position());
    }
}
