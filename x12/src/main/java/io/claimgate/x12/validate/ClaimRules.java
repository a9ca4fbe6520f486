package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;

/**
 * The 837 checks beyond one segment (the HL parents are {@link HierarchyRules}): WEDI SNIP 3 balancing
 * (CLM02 equals the sum of the line charges, SV1-02 or SV2-03) and the SNIP 4 minimum (a replacement or void,
 * CLM05-3 = 7 or 8, carries REF*F8; SV107 pointers point at a diagnosis that exists; the patient loop 2000C
 * only when the patient is not the subscriber). Keeps only the state of the current claim.
 */
final class ClaimRules {
    private final IssueSink sink;
    private String subscriberRelationship = "";

    private boolean inClaim;
    private Position clmPosition;
    private BigDecimal claimCharge;
    private BigDecimal lineTotal = BigDecimal.ZERO;
    private int lines;
    private boolean replacement;
    private boolean hasF8;
    private int diagnoses;
    private int claims;

    ClaimRules(IssueSink sink) {
        this.sink = sink;
    }

    int claimCount() {
        return claims;
    }

    void accept(Segment s, LoopTracker.Match m) {
        String loop = m.loopId();
        switch (s.id()) {
            case "HL" -> {
                finishClaim();
                hl(s, loop);
            }
            case "SBR" -> {
                if (loop.equals("2000B")) {
                    subscriberRelationship = s.element(2);
                }
            }
            case "CLM" -> {
                finishClaim();
                claims++;
                inClaim = true;
                clmPosition = s.position(2);
                claimCharge = s.decimal(2);
                String freq = s.component(5, 3);
                replacement = freq.equals("7") || freq.equals("8");
            }
            case "REF" -> {
                if (inClaim && loop.equals("2300") && s.elementEquals(1, "F8")) {
                    hasF8 = true;
                }
            }
            case "HI" -> {
                if (inClaim && loop.equals("2300") && (s.component(1, 1).equals("BK") || s.component(1, 1).equals("ABK")
                        || s.component(1, 1).equals("BJ") || s.component(1, 1).equals("ABJ"))) {
                    for (int i = 1; i <= 12; i++) {
                        if (!s.component(i, 2).isEmpty()) {
                            diagnoses = i;
                        }
                    }
                }
            }
            case "SV1" -> line(s, 2, loop, true);
            case "SV2" -> line(s, 3, loop, false);
            case "SE" -> finishClaim();
            default -> {
            }
        }
    }

    /** Ends the transaction set: closes the last claim. */
    void finish() {
        finishClaim();
    }

    private void hl(Segment s, String loop) {
        if (loop.equals("2000B")) {
            subscriberRelationship = "";
        } else if (loop.equals("2000C") && subscriberRelationship.equals("18")) {
            sink.add(X12Issue.error(X12Error.DEPENDENT_SEGMENT_NOT_USED, s.position(), "The patient loop 2000C is used only "
                    + "when the patient is not the subscriber; SBR02 of the subscriber says they are the same (18)").in(loop, ""));
        }
    }

    private void line(Segment s, int chargeElement, String loop, boolean professional) {
        if (!inClaim || !loop.equals("2400")) {
            return;
        }
        lines++;
        BigDecimal charge = s.decimal(chargeElement);
        lineTotal = charge == null || lineTotal == null ? null : lineTotal.add(charge);
        if (professional) {
            String[] pointers = s.components(7);
            for (int c = 0; c < pointers.length; c++) {
                String p = pointers[c];
                if (p.isEmpty() || !SegmentChecker.isInteger(p)) {
                    continue;
                }
                int n = Integer.parseInt(p);
                if (n < 1 || n > diagnoses) {
                    sink.add(X12Issue.error(X12Error.INVALID_CODE, s.position(7).atComponent(c + 1),
                            "SV107 diagnosis code pointer " + n + " does not point at a diagnosis in the claim's HI segment", p)
                            .in(loop, "1328"));
                }
            }
        }
    }

    private void finishClaim() {
        if (!inClaim) {
            return;
        }
        if (claimCharge != null && lineTotal != null && lines > 0 && claimCharge.compareTo(lineTotal) != 0) {
            sink.add(X12Issue.error(X12Error.PATTERN_MISMATCH, clmPosition,
                    "CLM02 total claim charge does not equal the sum of the service line charges").in("2300", "782"));
        }
        if (replacement && !hasF8) {
            Position p = new Position(clmPosition.segmentIndex(), clmPosition.segmentInTransaction(), "REF", 0, 0, 0,
                    clmPosition.byteOffset());
            sink.add(X12Issue.error(X12Error.DEPENDENT_SEGMENT_MISSING, p,
                    "A replacement or void (CLM05-3 = 7 or 8) needs the payer claim control number REF*F8").in("2300", ""));
        }
        inClaim = false;
        claimCharge = null;
        lineTotal = BigDecimal.ZERO;
        lines = 0;
        replacement = false;
        hasF8 = false;
        diagnoses = 0;
    }
}
