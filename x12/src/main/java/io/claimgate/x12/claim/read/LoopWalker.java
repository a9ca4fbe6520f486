package io.claimgate.x12.claim.read;

import static io.claimgate.x12.claim.read.Loop837.*;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.function.Consumer;

/**
 * Knows which loop of an 837 each segment belongs to, segment by segment, without a guide table: a loop
 * starts at its first segment (HL by HL03, NM1 by NM101, CLM, SBR inside a claim, LX, LIN, SVD, LQ) and
 * every other segment stays in the loop that is open. Also tracks the HL hierarchy (HL01 ids, HL02
 * parents) so that a claim can be given its billing provider, subscriber and patient.
 *
 * <p>It checks only what it needs to place segments; the guide's usage and repeat rules are the
 * validator's business. Problems (an NM1 with a qualifier no loop here starts with, an HL whose parent
 * is not the open HL, a CLM outside a subscriber or patient level) go to the issue consumer.
 */
final class LoopWalker {
    private final Consumer<X12Issue> issues;
    private Guide837 guide = Guide837.PROFESSIONAL;
    private Loop837 current = HEADER;
    private boolean opened;
    // True after a segment that starts no known loop: what follows it is not placed until the next loop start.
    private boolean lost;

    // The open HL chain: the billing provider, subscriber and patient levels.
    private String billingHl;
    private String subscriberHl;
    private String patientHl;
    private long lastHl;

    LoopWalker(Consumer<X12Issue> issues) {
        this.issues = issues;
    }

    /** Starts a new transaction set (at its ST) read with {@code guide}'s loop names. */
    void startTransaction(Guide837 guide) {
        this.guide = guide;
        current = HEADER;
        lost = false;
        billingHl = null;
        subscriberHl = null;
        patientHl = null;
        lastHl = 0;
    }

    /** Switches guide in the middle of a transaction (when ST03 named none and the CLM tells which). */
    void guide(Guide837 guide) {
        this.guide = guide;
    }

    Guide837 guide() {
        return guide;
    }

    /** The loop the last segment placed is in ({@link Loop837#UNKNOWN} when it could not be placed). */
    Loop837 current() {
        return lost ? UNKNOWN : current;
    }

    /** True when the last segment placed started a new occurrence of its loop. */
    boolean opened() {
        return opened;
    }

    /** HL01 of the open billing provider level (2000A), or null. */
    String billingHl() {
        return billingHl;
    }

    /** HL01 of the open subscriber level (2000B), or null. */
    String subscriberHl() {
        return subscriberHl;
    }

    /** HL01 of the open patient level (2000C), or null. */
    String patientHl() {
        return patientHl;
    }

    /** Places segment {@code s} (inside ST..SE) and returns its loop. */
    Loop837 place(Segment s) {
        opened = false;
        boolean wasLost = lost;
        lost = false;
        String id = s.id();
        switch (id) {
            case "ST" -> open(HEADER);
            case "SE" -> open(TRAILER);
            case "HL" -> hl(s);
            case "CLM" -> {
                if (!current.top().equals(L2000B) && !current.top().equals(L2000C) && !current.top().equals(L2300)) {
                    issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, "CLM is not inside a subscriber or patient level (HL 22 or 23)");
                }
                open(L2300);
            }
            case "LX" -> inClaim(s, L2400);
            case "LIN" -> inLine(s, L2410);
            case "SVD" -> inLine(s, L2430);
            case "LQ" -> inLine(s, L2440);
            case "SBR" -> {
                if (current.top() == L2300 && !current.within(L2400)) {
                    open(L2320);
                } else if (current.top() == L2000B) {
                    // SBR heads 2000B right after its HL.
                } else {
                    issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, "SBR after the service lines of a claim");
                    lost = true;
                }
            }
            case "NM1" -> nm1(s);
            default -> {
                if (current == TRAILER) {
                    issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, "Segment after SE");
                    lost = true;
                } else {
                    lost = wasLost; // any other segment belongs to the loop that is open
                }
            }
        }
        return current();
    }

    private void open(Loop837 loop) {
        current = loop;
        opened = true;
    }

    private void inClaim(Segment s, Loop837 loop) {
        if (current.top() != L2300) {
            issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, s.id() + " outside a claim (no CLM before it)");
            lost = true;
            return;
        }
        open(loop);
    }

    private void inLine(Segment s, Loop837 loop) {
        if (!current.within(L2400)) {
            issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, s.id() + " outside a service line (no LX before it)");
            lost = true;
            return;
        }
        open(loop);
    }

    private void hl(Segment s) {
        String hlId = s.element(1);
        String parent = s.element(2);
        String level = s.element(3);
        Loop837 loop = switch (level) {
            case "20" -> L2000A;
            case "22" -> L2000B;
            case "23" -> L2000C;
            default -> null;
        };
        if (loop == null) {
            issue(s, X12Error.INVALID_CODE, 3, "HL03 is not 20, 22 or 23", level);
            lost = true;
            return;
        }
        open(loop); // before any issue, so that issues name the HL's own loop
        if (hlId.isEmpty()) {
            issue(s, X12Error.REQUIRED_ELEMENT_MISSING, 1, "HL01 hierarchical id missing");
        } else {
            long n = parseLong(hlId);
            if (n != lastHl + 1) {
                issue(s, X12Issue.Severity.WARNING, X12Error.INVALID_CODE, 1, "HL01 is not the previous HL01 plus one", "");
            }
            lastHl = n < 0 ? lastHl + 1 : n;
        }
        switch (loop) {
            case L2000A -> {
                if (!parent.isEmpty()) {
                    issue(s, X12Error.ELEMENT_NOT_USED, 2, "A billing provider level (HL03 = 20) has no parent");
                }
                billingHl = hlId;
                subscriberHl = null;
                patientHl = null;
            }
            case L2000B -> {
                if (billingHl == null) {
                    issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, "Subscriber level (HL03 = 22) before any billing provider level");
                } else if (!parent.equals(billingHl)) {
                    issue(s, X12Error.INVALID_CODE, 2, "HL02 does not name the open billing provider level");
                }
                subscriberHl = hlId;
                patientHl = null;
            }
            default -> {
                if (subscriberHl == null) {
                    issue(s, X12Error.SEGMENT_OUT_OF_SEQUENCE, 0, "Patient level (HL03 = 23) outside a subscriber level");
                } else if (!parent.equals(subscriberHl)) {
                    issue(s, X12Error.INVALID_CODE, 2, "HL02 does not name the open subscriber level");
                }
                patientHl = hlId;
            }
        }
    }

    private void nm1(Segment s) {
        String q = s.element(1);
        Loop837 area = current.top();
        Loop837 loop = switch (area) {
            case HEADER -> switch (q) {
                case "41" -> L1000A;
                case "40" -> L1000B;
                default -> null;
            };
            case L2000A -> switch (q) {
                case "85" -> L2010AA;
                case "87" -> L2010AB;
                case "PE" -> L2010AC;
                default -> null;
            };
            case L2000B -> switch (q) {
                case "IL" -> L2010BA;
                case "PR" -> L2010BB;
                default -> null;
            };
            case L2000C -> "QC".equals(q) ? L2010CA : null;
            case L2300 -> {
                if (current.within(L2400)) {
                    yield lineProvider(q);
                }
                if (current.within(L2320)) {
                    yield otherPayerProvider(q);
                }
                yield claimProvider(q);
            }
            default -> null;
        };
        if (loop == null) {
            issue(s, X12Error.UNEXPECTED_SEGMENT, 1, "NM1 with this entity code (NM101) starts no loop here", q);
            lost = true;
            return;
        }
        open(loop);
    }

    /** 2310x by NM101. */
    private Loop837 claimProvider(String q) {
        if (guide == Guide837.INSTITUTIONAL) {
            return switch (q) {
                case "71" -> L2310A;
                case "72" -> L2310B;
                case "ZZ" -> L2310C;
                case "82" -> L2310D;
                case "77" -> L2310E;
                case "DN" -> L2310F;
                default -> null;
            };
        }
        return switch (q) {
            case "DN", "P3" -> L2310A;
            case "82" -> L2310B;
            case "77" -> L2310C;
            case "DQ" -> L2310D;
            case "PW" -> L2310E;
            case "45" -> L2310F;
            default -> null;
        };
    }

    /** 2330x by NM101. */
    private Loop837 otherPayerProvider(String q) {
        if (guide == Guide837.INSTITUTIONAL) {
            return switch (q) {
                case "IL" -> L2330A;
                case "PR" -> L2330B;
                case "71" -> L2330C;
                case "72" -> L2330D;
                case "ZZ" -> L2330E;
                case "77" -> L2330F;
                case "82" -> L2330G;
                case "DN" -> L2330H;
                case "85" -> L2330I;
                default -> null;
            };
        }
        return switch (q) {
            case "IL" -> L2330A;
            case "PR" -> L2330B;
            case "DN", "P3" -> L2330C;
            case "82" -> L2330D;
            case "77" -> L2330E;
            case "DQ" -> L2330F;
            case "85" -> L2330G;
            default -> null;
        };
    }

    /** 2420x by NM101. */
    private Loop837 lineProvider(String q) {
        if (guide == Guide837.INSTITUTIONAL) {
            return switch (q) {
                case "72" -> L2420A;
                case "ZZ" -> L2420B;
                case "82" -> L2420C;
                case "DN" -> L2420D;
                default -> null;
            };
        }
        return switch (q) {
            case "82" -> L2420A;
            case "QB" -> L2420B;
            case "77" -> L2420C;
            case "DQ" -> L2420D;
            case "DK" -> L2420E;
            case "DN", "P3" -> L2420F;
            case "PW" -> L2420G;
            case "45" -> L2420H;
            default -> null;
        };
    }

    private void issue(Segment s, X12Error error, int element, String message) {
        issue(s, X12Issue.Severity.ERROR, error, element, message, "");
    }

    private void issue(Segment s, X12Error error, int element, String message, String badValue) {
        issue(s, X12Issue.Severity.ERROR, error, element, message, badValue);
    }

    private void issue(Segment s, X12Issue.Severity severity, X12Error error, int element, String message, String badValue) {
        issues.accept(new X12Issue(error, severity, element == 0 ? s.position() : s.position(element),
                message, badValue, current.id(), ""));
    }

    private static long parseLong(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
