package io.claimgate.x12.ack;

import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Writer;
import io.claimgate.x12.validate.InterchangeReport;
import java.util.Optional;

/**
 * The TA1 Interchange Acknowledgment of an interchange whose envelope is in error. A 999 acknowledges functional
 * groups; it has no code for a broken ISA/IEA (control numbers that disagree, a wrong group count, an ISA field of
 * the wrong length or value). Those are TA1 matters:
 * <pre>
 * TA1*{ISA13}*{ISA09}*{ISA10}*R*{TA105 note code of the first interchange error}
 * </pre>
 * The TA1 goes in the acknowledgment interchange right after its ISA, before any FA group, as X12 places it.
 *
 * @param controlNumber TA101: ISA13 of the acknowledged interchange (9 digits)
 * @param date          TA102: its ISA09 (YYMMDD)
 * @param time          TA103: its ISA10 (HHMM)
 * @param code          TA104: A accepted, E accepted with errors, R rejected
 * @param noteCode      TA105: interchange note code (000 = no error)
 */
public record InterchangeAck(String controlNumber, String date, String time, String code, String noteCode) {
    public InterchangeAck {
        if (!controlNumber.matches("\\d{9}") || !Dates.isYyMmDd(date) || !Dates.isHhMm(time)) {
            throw new IllegalArgumentException("TA1 needs the acknowledged ISA13 (9 digits), ISA09 (YYMMDD) and ISA10 (HHMM)");
        }
        if (!code.equals("A") && !code.equals("E") && !code.equals("R")) {
            throw new IllegalArgumentException("TA104 must be A, E or R");
        }
        if (!noteCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("TA105 must be 3 digits");
        }
    }

    /** Why an interchange with errors cannot get a TA1: it does not say what the TA1 must name. */
    public static final String UNNAMEABLE = "its ISA13, ISA09 or ISA10 is not valid, so a TA1 cannot name it";

    /**
     * The TA1 rejecting {@code ir}, or empty when its envelope has no error (or when the ISA13, ISA09 or ISA10 a
     * TA1 must copy are themselves broken; see {@link #nameable(InterchangeReport)}). Warnings alone write no TA1.
     */
    public static Optional<InterchangeAck> rejection(InterchangeReport ir) {
        Optional<X12Issue> first = ir.issues().stream().filter(X12Issue::isError)
                .filter(i -> i.error().level() == X12Error.Level.INTERCHANGE).findFirst();
        if (first.isEmpty() || !nameable(ir)) {
            return Optional.empty();
        }
        return Optional.of(new InterchangeAck(ir.controlNumber(), ir.date(), ir.time(), "R", first.get().error().wireCode()));
    }

    /** True when {@code ir} has an interchange-level error, so that it needs a TA1 R. */
    public static boolean needed(InterchangeReport ir) {
        return ir.issues().stream().anyMatch(i -> i.isError() && i.error().level() == X12Error.Level.INTERCHANGE);
    }

    /** True when {@code ir}'s ISA13, ISA09 and ISA10 can be copied into TA101..TA103. */
    public static boolean nameable(InterchangeReport ir) {
        return ir.controlNumber().matches("\\d{9}") && Dates.isYyMmDd(ir.date()) && Dates.isHhMm(ir.time());
    }

    /** Writes the TA1 segment into an open interchange, before its groups. */
    public void write(X12Writer out) {
        out.segment("TA1").element(controlNumber).element(date).element(time).element(code).element(noteCode).end();
    }
}
