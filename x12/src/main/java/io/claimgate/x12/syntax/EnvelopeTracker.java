package io.claimgate.x12.syntax;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Checks ISA/IEA, GS/GE and ST/SE pairing, control numbers and counts as the reader goes. */
final class EnvelopeTracker {
    private static final int[] ISA_LENGTHS = {0, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};

    private final Consumer<X12Issue> sink;
    private final EnvelopeContext ctx = new EnvelopeContext();
    private boolean inInterchange;
    private boolean inGroup;
    private boolean inTransaction;
    private int groupCount;
    private int transactionCount;
    private Position isaPosition = Position.NONE;
    private Position gsPosition = Position.NONE;
    private Position stPosition = Position.NONE;
    private final Set<String> controlNumbersInGroup = new HashSet<>();

    EnvelopeTracker(Consumer<X12Issue> sink) {
        this.sink = sink;
    }

    EnvelopeContext context() {
        return ctx;
    }

    private static final int ISA = 'I' << 16 | 'S' << 8 | 'A';
    private static final int IEA = 'I' << 16 | 'E' << 8 | 'A';
    private static final int GS = 'G' << 16 | 'S' << 8;
    private static final int GE = 'G' << 16 | 'E' << 8;
    private static final int ST = 'S' << 16 | 'T' << 8;
    private static final int SE = 'S' << 16 | 'E' << 8;
    private static final int TA1 = 'T' << 16 | 'A' << 8 | '1';

    /**
     * The first letters of ISA, IEA, GS, GE, ST, SE and TA1, one bit each ({@code 1L << (letter - '@')}): a segment
     * id that starts with none of them is an ordinary segment, found with one shift instead of the switch.
     */
    static final long ENVELOPE_FIRST_LETTERS = 1L << ('I' - '@') | 1L << ('G' - '@') | 1L << ('S' - '@') | 1L << ('T' - '@');

    /** True when the valid segment id {@code key} (see {@link Segment#idCode()}) may be an envelope segment or TA1. */
    static boolean mayBeEnvelope(int key) {
        return (ENVELOPE_FIRST_LETTERS >>> ((key >>> 16) - '@') & 1) != 0;
    }

    void accept(Segment s) {
        int key = s.idKey(); // compares bytes: no String per segment
        if (inTransaction && key >= 0 && !mayBeEnvelope(key)) { // the common case: a segment of a transaction set
            s.setInTransaction(++ctx.segmentInTransaction);
            return;
        }
        if (key < 0) {
            String written = s.id();
            if (s.upperCaseId()) {
                // segment ids are upper case; a sender's lower-case ids are read as the upper-case ones, with a warning
                key = s.idKey();
                sink.accept(X12Issue.warning(X12Error.UNRECOGNIZED_SEGMENT, s.position(),
                        "Segment id '" + printable(written) + "' is in lower case; read as " + s.id()));
            }
        }
        if (key < 0) {
            sink.accept(X12Issue.error(X12Error.UNRECOGNIZED_SEGMENT, s.position(),
                    "Segment id '" + printable(s.id()) + "' is not a valid segment id"));
        }
        switch (key) {
            case ISA -> isa(s);
            case IEA -> iea(s);
            case GS -> gs(s);
            case GE -> ge(s);
            case ST -> st(s);
            case SE -> se(s);
            default -> {
                if (inTransaction) {
                    ctx.segmentInTransaction++;
                    s.setInTransaction(ctx.segmentInTransaction);
                } else if (key == TA1 && inInterchange && !inGroup) {
                    ctx.segmentInTransaction = 0;
                } else {
                    sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE,
                            s.position(), "Segment " + printable(s.id()) + " is outside any transaction set"));
                }
            }
        }
    }

    void finish(long lastIndex) {
        Position end = new Position(lastIndex, 0, "", 0, 0, 0, -1);
        if (inTransaction) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_TRAILER_MISSING, stPosition,
                    "Transaction set " + ctx.st02 + " has no SE before the end of the input"));
        }
        if (inGroup) {
            sink.accept(X12Issue.error(X12Error.GROUP_TRAILER_MISSING, gsPosition,
                    "Functional group " + ctx.gs06 + " has no GE before the end of the input"));
        }
        if (inInterchange) {
            sink.accept(X12Issue.error(X12Error.PREMATURE_END_OF_FILE, end,
                    "Interchange " + ctx.isa13 + " has no IEA before the end of the input"));
        }
        inTransaction = inGroup = inInterchange = false;
    }

    private void isa(Segment s) {
        if (inInterchange) {
            finishOpen(s, "ISA");
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, isaPosition,
                    "Interchange " + ctx.isa13 + " has no IEA before the next ISA"));
        }
        inInterchange = true;
        groupCount = 0;
        isaPosition = s.position();
        ctx.interchangeNumber++;
        ctx.groupNumberInInterchange = 0;
        ctx.segmentInTransaction = 0;
        ctx.isaSenderQualifier = s.element(5).trim();
        ctx.isaSenderId = s.element(6).trim();
        ctx.isaReceiverQualifier = s.element(7).trim();
        ctx.isaReceiverId = s.element(8).trim();
        ctx.isaDate = s.element(9);
        ctx.isaTime = s.element(10);
        ctx.isaVersion = s.element(12);
        ctx.isa13 = s.element(13);
        ctx.isaUsage = s.element(15);
        ctx.gs01 = ctx.gs02 = ctx.gs03 = ctx.gs06 = ctx.gs08 = ctx.st01 = ctx.st02 = ctx.st03 = "";
        if (s.size() != 16) {
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(),
                    "ISA has " + s.size() + " elements; it must have 16"));
            return;
        }
        for (int i = 1; i <= 16; i++) {
            if (s.length(i) != ISA_LENGTHS[i]) {
                sink.accept(X12Issue.error(isaLengthError(i), s.position(i),
                        "ISA" + (i < 10 ? "0" : "") + i + " must be exactly " + ISA_LENGTHS[i] + " characters long, found "
                                + s.length(i), s.element(i)));
            }
        }
        if (!digits(ctx.isa13, 9)) {
            sink.accept(X12Issue.error(X12Error.INVALID_INTERCHANGE_CONTROL, s.position(13),
                    "ISA13 must be 9 digits", ctx.isa13));
        }
        if (!Dates.isYyMmDd(ctx.isaDate)) {
            sink.accept(X12Issue.error(X12Error.INVALID_INTERCHANGE_DATE, s.position(9), "ISA09 is not a valid YYMMDD date", ctx.isaDate));
        }
        if (!Dates.isHhMm(ctx.isaTime)) {
            sink.accept(X12Issue.error(X12Error.INVALID_INTERCHANGE_TIME, s.position(10), "ISA10 is not a valid HHMM time", ctx.isaTime));
        }
        if (!s.elementEquals(14, "0") && !s.elementEquals(14, "1")) {
            sink.accept(X12Issue.error(X12Error.INVALID_ACK_REQUESTED, s.position(14), "ISA14 must be 0 or 1", s.element(14)));
        }
        if (!s.elementEquals(15, "P") && !s.elementEquals(15, "T")) {
            sink.accept(X12Issue.error(X12Error.INVALID_TEST_INDICATOR, s.position(15), "ISA15 must be P or T", s.element(15)));
        }
        if (!digits(ctx.isaVersion, 5)) {
            sink.accept(X12Issue.error(X12Error.INVALID_VERSION_ID, s.position(12), "ISA12 must be 5 digits", ctx.isaVersion));
        }
    }

    private static X12Error isaLengthError(int i) {
        return switch (i) {
            case 1 -> X12Error.INVALID_AUTHORIZATION_QUALIFIER;
            case 2 -> X12Error.INVALID_AUTHORIZATION;
            case 3 -> X12Error.INVALID_SECURITY_QUALIFIER;
            case 4 -> X12Error.INVALID_SECURITY;
            case 5 -> X12Error.INVALID_SENDER_QUALIFIER;
            case 6 -> X12Error.INVALID_SENDER_ID;
            case 7 -> X12Error.INVALID_RECEIVER_QUALIFIER;
            case 8 -> X12Error.INVALID_RECEIVER_ID;
            case 9 -> X12Error.INVALID_INTERCHANGE_DATE;
            case 10 -> X12Error.INVALID_INTERCHANGE_TIME;
            case 12 -> X12Error.INVALID_VERSION_ID;
            case 13 -> X12Error.INVALID_INTERCHANGE_CONTROL;
            case 14 -> X12Error.INVALID_ACK_REQUESTED;
            case 15 -> X12Error.INVALID_TEST_INDICATOR;
            case 16 -> X12Error.INVALID_COMPONENT_SEPARATOR;
            default -> X12Error.INVALID_CONTROL_STRUCTURE;
        };
    }

    private void iea(Segment s) {
        if (!inInterchange) {
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(), "IEA without ISA"));
            return;
        }
        finishOpen(s, "IEA");
        if (!s.elementEquals(2, ctx.isa13)) {
            sink.accept(X12Issue.error(X12Error.INTERCHANGE_CONTROL_MISMATCH, s.position(2),
                    "IEA02 " + s.element(2) + " does not match ISA13 " + ctx.isa13, s.element(2)));
        }
        if (!s.elementEquals(1, Integer.toString(groupCount))) {
            sink.accept(X12Issue.error(X12Error.INVALID_GROUP_COUNT, s.position(1),
                    "IEA01 says " + s.element(1) + " groups; the interchange has " + groupCount, s.element(1)));
        }
        inInterchange = false;
        ctx.segmentInTransaction = 0;
    }

    private void gs(Segment s) {
        if (!inInterchange) {
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(), "GS outside an interchange"));
        }
        if (inGroup) {
            finishOpen(s, "GS");
            sink.accept(X12Issue.error(X12Error.GROUP_TRAILER_MISSING, gsPosition,
                    "Functional group " + ctx.gs06 + " has no GE before the next GS"));
        }
        inGroup = true;
        groupCount++;
        transactionCount = 0;
        controlNumbersInGroup.clear();
        gsPosition = s.position();
        ctx.groupNumberInInterchange++;
        ctx.transactionNumberInGroup = 0;
        ctx.segmentInTransaction = 0;
        ctx.gs01 = s.element(1);
        ctx.gs02 = s.element(2);
        ctx.gs03 = s.element(3);
        ctx.gs06 = s.element(6);
        ctx.gs08 = s.element(8);
        ctx.st01 = ctx.st02 = ctx.st03 = "";
        if (!digitsUpTo(ctx.gs06, 9)) {
            sink.accept(X12Issue.error(X12Error.GROUP_CONTROL_INVALID, s.position(6), "GS06 must be 1 to 9 digits", ctx.gs06));
        }
    }

    private void ge(Segment s) {
        if (!inGroup) {
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(), "GE without GS"));
            return;
        }
        if (inTransaction) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_TRAILER_MISSING, stPosition,
                    "Transaction set " + ctx.st02 + " has no SE before GE"));
            inTransaction = false;
        }
        if (!s.elementEquals(2, ctx.gs06)) {
            sink.accept(X12Issue.error(X12Error.GROUP_CONTROL_MISMATCH, s.position(2),
                    "GE02 " + s.element(2) + " does not match GS06 " + ctx.gs06, s.element(2)));
        }
        if (!s.elementEquals(1, Integer.toString(transactionCount))) {
            sink.accept(X12Issue.error(X12Error.GROUP_COUNT_MISMATCH, s.position(1),
                    "GE01 says " + s.element(1) + " transaction sets; the group has " + transactionCount, s.element(1)));
        }
        inGroup = false;
        ctx.segmentInTransaction = 0;
    }

    private void st(Segment s) {
        if (!inGroup) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_NOT_IN_GROUP, s.position(), "ST outside a functional group"));
        }
        if (inTransaction) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_TRAILER_MISSING, stPosition,
                    "Transaction set " + ctx.st02 + " has no SE before the next ST"));
        }
        inTransaction = true;
        transactionCount++;
        stPosition = new Position(s.index(), 1, "ST", 0, 0, 0, s.offset());
        ctx.transactionNumberInGroup++;
        ctx.segmentInTransaction = 1;
        s.setInTransaction(1);
        ctx.st01 = s.element(1);
        ctx.st02 = s.element(2);
        ctx.st03 = s.element(3);
        if (!ctx.st01.matches("\\d{3}")) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_ID_INVALID, s.position(1), "ST01 must be a 3-digit transaction set id", ctx.st01));
        }
        if (ctx.st02.length() < 4 || ctx.st02.length() > 9) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_CONTROL_INVALID, s.position(2), "ST02 must be 4 to 9 characters", ctx.st02));
        } else if (!controlNumbersInGroup.add(ctx.st02)) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_CONTROL_NOT_UNIQUE, s.position(2),
                    "ST02 " + ctx.st02 + " is used twice in group " + ctx.gs06, ctx.st02));
        }
    }

    private void se(Segment s) {
        if (!inTransaction) {
            sink.accept(X12Issue.error(X12Error.INVALID_CONTROL_STRUCTURE, s.position(), "SE without ST"));
            return;
        }
        ctx.segmentInTransaction++;
        s.setInTransaction(ctx.segmentInTransaction);
        if (!s.elementEquals(1, Integer.toString(ctx.segmentInTransaction))) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_COUNT_MISMATCH, s.position(1),
                    "SE01 says " + s.element(1) + " segments; the transaction set has " + ctx.segmentInTransaction, s.element(1)));
        }
        if (!s.elementEquals(2, ctx.st02)) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_CONTROL_MISMATCH, s.position(2),
                    "SE02 " + s.element(2) + " does not match ST02 " + ctx.st02, s.element(2)));
        }
        inTransaction = false;
    }

    private void finishOpen(Segment s, String by) {
        if (inTransaction) {
            sink.accept(X12Issue.error(X12Error.TRANSACTION_TRAILER_MISSING, stPosition,
                    "Transaction set " + ctx.st02 + " has no SE before " + by));
            inTransaction = false;
        }
        if (inGroup && !by.equals("GS")) {
            sink.accept(X12Issue.error(X12Error.GROUP_TRAILER_MISSING, gsPosition,
                    "Functional group " + ctx.gs06 + " has no GE before " + by));
            inGroup = false;
        }
    }

    private static String printable(String id) {
        return id.length() > 10 ? id.substring(0, 10) + "..." : id;
    }

    private static boolean digits(String v, int n) {
        return v.length() == n && digitsUpTo(v, n);
    }

    private static boolean digitsUpTo(String v, int max) {
        if (v.isEmpty() || v.length() > max) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
