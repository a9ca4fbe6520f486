package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.function.Consumer;

/**
 * Checks a TA1 Interchange Acknowledgment segment, which sits in the interchange envelope (after the ISA, outside
 * any functional group) rather than in a transaction set, so no guide table reads it. A TA1 that does not say
 * which interchange it acknowledges, when, or with which verdict is reported as an invalid control structure
 * (TA105 022), positioned at the element.
 *
 * <pre>
 * TA1*{ISA13 acknowledged}*{ISA09 YYMMDD}*{ISA10 HHMM}*{A|E|R}*{note code 000..031}
 * </pre>
 */
final class InterchangeAckCheck {
    /** The highest TA105 interchange note code of version 00501. */
    private static final int LAST_NOTE_CODE = 31;

    private InterchangeAckCheck() {
    }

    static void check(Segment s, Consumer<X12Issue> sink) {
        if (s.size() > 5) {
            sink.accept(bad(s, 6, "TA1 has " + s.size() + " elements; it has 5"));
        }
        String control = s.element(1);
        if (!control.matches("\\d{9}")) {
            sink.accept(bad(s, 1, "TA101 must be the 9-digit control number (ISA13) of the acknowledged interchange"));
        }
        if (!Dates.isYyMmDd(s.element(2))) {
            sink.accept(bad(s, 2, "TA102 must be the acknowledged interchange's date (ISA09, YYMMDD)"));
        }
        if (!Dates.isHhMm(s.element(3))) {
            sink.accept(bad(s, 3, "TA103 must be the acknowledged interchange's time (ISA10, HHMM)"));
        }
        String code = s.element(4);
        if (!code.equals("A") && !code.equals("E") && !code.equals("R")) {
            sink.accept(bad(s, 4, "TA104 must be A (accepted), E (accepted with errors) or R (rejected)"));
        }
        String note = s.element(5);
        if (!note.matches("\\d{3}") || Integer.parseInt(note) > LAST_NOTE_CODE) {
            sink.accept(bad(s, 5, "TA105 must be an interchange note code 000 to 031"));
        }
    }

    private static X12Issue bad(Segment s, int element, String message) {
        return X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(element), message,
                element <= s.size() ? s.element(element) : "");
    }
}
