package io.claimgate.x12.ack.read;

import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.TransactionParser;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the body of one 999 (005010X231A1): AK1, then AK2 loops each with IK3 (+CTX, IK4 +CTX) and IK5, then
 * AK9. Segments out of place are reported and skipped; what was read is handed out at SE.
 */
public final class FunctionalAckParser implements TransactionParser {
    private static final Set<String> IK501 = Set.of("A", "E", "M", "R", "W", "X");
    private static final Set<String> AK901 = Set.of("A", "E", "M", "P", "R", "W", "X");

    private final TransactionRef envelope;
    private final ElementReader values;
    private final Consumer<FunctionalAck> out;

    private boolean ak1Seen;
    private String functionalId = "";
    private String groupControl = "";
    private String groupVersion = "";
    private final List<TransactionResponse> transactions = new ArrayList<>();
    private boolean ak9Seen;
    private String groupStatus = "";
    private int included = -1;
    private int received = -1;
    private int accepted = -1;
    private final List<String> groupCodes = new ArrayList<>();

    // the open AK2 loop
    private Segment ak2;
    private final List<SegmentError> segmentErrors = new ArrayList<>();
    private String ik5Status;
    private List<String> ik5Codes = List.of();
    // the open IK3 loop and IK4
    private Segment ik3;
    private final List<ContextNote> ik3Contexts = new ArrayList<>();
    private final List<ElementError> elementErrors = new ArrayList<>();
    private Segment ik4;
    private final List<ContextNote> ik4Contexts = new ArrayList<>();

    public FunctionalAckParser(TransactionRef envelope, ElementReader values, Consumer<FunctionalAck> out) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.values = Objects.requireNonNull(values, "values");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void segment(Segment s) {
        switch (s.id()) {
            case "AK1" -> ak1(s);
            case "AK2" -> {
                closeAk2();
                requireAk1(s);
                ak2 = s.copy();
                values.required(s, 1, "Transaction set identifier code");
                values.required(s, 2, "Transaction set control number");
            }
            case "IK3" -> {
                if (ak2 == null || ik5Status != null) {
                    unexpected(s, "IK3 outside an AK2 loop");
                    return;
                }
                closeIk3();
                ik3 = s.copy();
                values.required(s, 1, "Segment id code");
                values.required(s, 4, "Segment syntax error code");
            }
            case "CTX" -> ctx(s);
            case "IK4" -> {
                if (ik3 == null) {
                    unexpected(s, "IK4 outside an IK3 loop");
                    return;
                }
                closeIk4();
                ik4 = s.copy();
                values.required(s, 1, "Position in segment");
                values.required(s, 3, "Implementation data element syntax error code");
            }
            case "IK5" -> {
                if (ak2 == null || ik5Status != null) {
                    unexpected(s, "IK5 outside an AK2 loop");
                    return;
                }
                closeIk3();
                ik5Status = code(s, 1, IK501, "Transaction set acknowledgment code");
                ik5Codes = codes(s, 2, 6);
            }
            case "AK9" -> {
                closeAk2();
                if (ak9Seen) {
                    unexpected(s, "second AK9");
                    return;
                }
                requireAk1(s);
                ak9Seen = true;
                groupStatus = code(s, 1, AK901, "Functional group acknowledge code");
                included = count(s, 2);
                received = count(s, 3);
                accepted = count(s, 4);
                groupCodes.addAll(codes(s, 5, 9));
            }
            default -> unexpected(s, "segment " + s.id() + " is not part of a 999");
        }
    }

    @Override
    public void end(Segment se) {
        closeAk2();
        Segment at = se;
        if (!ak1Seen && at != null) {
            values.report(X12Issue.error(X12Error.REQUIRED_SEGMENT_MISSING, at.position(), "999 has no AK1"));
        }
        if (!ak9Seen && at != null) {
            values.report(X12Issue.error(X12Error.REQUIRED_SEGMENT_MISSING, at.position(), "999 has no AK9"));
        }
        out.accept(new FunctionalAck(envelope, functionalId, groupControl, groupVersion, transactions, groupStatus,
                included, received, accepted, groupCodes));
    }

    private void ak1(Segment s) {
        if (ak1Seen) {
            unexpected(s, "second AK1");
            return;
        }
        ak1Seen = true;
        functionalId = values.required(s, 1, "Functional identifier code").strip();
        groupControl = values.required(s, 2, "Group control number");
        groupVersion = s.element(3);
    }

    private void requireAk1(Segment s) {
        if (!ak1Seen) {
            values.report(X12Issue.error(X12Error.SEGMENT_OUT_OF_SEQUENCE, s.position(), s.id() + " before AK1"));
            ak1Seen = true; // report once
        }
    }

    private void ctx(Segment s) {
        List<ContextNote.Identification> repeated = new ArrayList<>();
        int repetitions = s.repetitionCount(1);
        for (int r = 2; r <= repetitions; r++) {
            repeated.add(new ContextNote.Identification(s.component(1, r, 1), s.component(1, r, 2)));
        }
        if (repetitions > 1) {
            // the guide gives CTX01 one repetition (pyx12 rejects such a segment): all are kept, and said once
            values.report(X12Issue.warning(X12Error.TOO_MANY_REPETITIONS, s.position(1).atRepetition(2),
                    "CTX01 repeats " + repetitions + " times: the 999 guide allows one context identification per CTX"));
        }
        ContextNote note = new ContextNote(s.component(1, 1), s.component(1, 2), s.element(2), s.element(3),
                s.element(4), s.element(5), s.element(6), repeated);
        List<ContextNote> notes;
        if (ik4 != null) {
            notes = ik4Contexts;
        } else if (ik3 != null) {
            notes = ik3Contexts;
        } else {
            unexpected(s, "CTX outside an IK3 or IK4");
            return;
        }
        if (notes.contains(note)) {
            values.report(X12Issue.warning(X12Error.SEGMENT_OVER_MAXIMUM, s.position(),
                    "CTX repeats a context already given for this " + (notes == ik4Contexts ? "IK4" : "IK3")));
        } else if (notes == ik3Contexts && !"SITUATIONAL TRIGGER".equals(note.name())
                && notes.stream().anyMatch(n -> !"SITUATIONAL TRIGGER".equals(n.name()))) {
            values.report(X12Issue.warning(X12Error.SEGMENT_OVER_MAXIMUM, s.position(),
                    "A second business unit CTX in one IK3 loop (the guide allows one)"));
        }
        notes.add(note);
    }

    private void closeIk4() {
        if (ik4 == null) {
            return;
        }
        String code = ik4.element(3);
        elementErrors.add(new ElementError(number(ik4, 1, 1), number(ik4, 1, 2), number(ik4, 1, 3), ik4.element(2),
                code, WireCodes.describe(X12Error.Level.ELEMENT, code), ik4.element(4), ik4Contexts));
        ik4 = null;
        ik4Contexts.clear();
    }

    private void closeIk3() {
        closeIk4();
        if (ik3 == null) {
            return;
        }
        String code = ik3.element(4);
        segmentErrors.add(new SegmentError(ik3.element(1), number(ik3, 2, 1), ik3.element(3), code,
                WireCodes.describe(X12Error.Level.SEGMENT, code), ik3Contexts, elementErrors));
        ik3 = null;
        ik3Contexts.clear();
        elementErrors.clear();
    }

    private void closeAk2() {
        closeIk3();
        if (ak2 == null) {
            return;
        }
        if (ik5Status == null) {
            values.report(X12Issue.error(X12Error.REQUIRED_SEGMENT_MISSING, ak2.position(), "AK2 loop has no IK5"));
        }
        transactions.add(new TransactionResponse(ak2.element(1), ak2.element(2), ak2.element(3), segmentErrors,
                ik5Status == null ? "" : ik5Status, ik5Codes, ak2.position()));
        ak2 = null;
        segmentErrors.clear();
        ik5Status = null;
        ik5Codes = List.of();
    }

    private String code(Segment s, int i, Set<String> allowed, String what) {
        String v = values.required(s, i, what);
        if (!v.isEmpty() && !allowed.contains(v)) {
            values.report(X12Issue.error(X12Error.INVALID_CODE, s.position(i), s.position(i).reference() + " is not a valid code", v));
        }
        return v;
    }

    private static List<String> codes(Segment s, int from, int to) {
        List<String> codes = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (s.has(i)) {
                codes.add(s.element(i));
            }
        }
        return codes;
    }

    private int count(Segment s, int i) {
        String v = values.required(s, i, "Transaction set count");
        if (v.isEmpty()) {
            return -1;
        }
        int n = parseInt(v);
        if (n < 0) {
            values.report(X12Issue.error(X12Error.INVALID_CHARACTER, s.position(i), s.position(i).reference() + " is not a count", v));
        }
        return n;
    }

    /** Component {@code c} of element {@code i} as a non-negative number; 0 when absent or unreadable (reported). */
    private int number(Segment s, int i, int c) {
        String v = s.component(i, c);
        if (v.isEmpty()) {
            return 0;
        }
        int n = parseInt(v);
        if (n < 0) {
            values.report(X12Issue.error(X12Error.INVALID_CHARACTER, s.position(i).atComponent(c),
                    s.position(i).reference() + " is not a number", v));
            return 0;
        }
        return n;
    }

    /** A non-negative int of at most 9 digits, or -1. */
    static int parseInt(String v) {
        if (v.isEmpty() || v.length() > 9) {
            return -1;
        }
        for (int k = 0; k < v.length(); k++) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(v);
    }

    private void unexpected(Segment s, String why) {
        values.report(X12Issue.error(X12Error.UNEXPECTED_SEGMENT, s.position(), "Unexpected segment: " + why));
    }
}
