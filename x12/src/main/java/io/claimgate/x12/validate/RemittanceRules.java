package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;

/**
 * The 835 checks beyond one segment (WEDI SNIP 3, balancing): a service line (2110 SVC) whose payment differs from
 * its charge carries the service adjustments (CAS) that explain the difference, and they add up to it
 * (SVC02 - SVC03 = sum of the line's CAS amounts); a claim (2100 CLP) whose payment differs from its charge has
 * an adjustment at the claim or line level. Keeps only the state of the current claim and line.
 */
final class RemittanceRules {
    private final IssueSink sink;
    private int claims;

    private Position clpAt;
    private boolean claimDiffers;
    private boolean claimAdjusted;

    private Position svcAt;
    private BigDecimal lineDifference;
    private BigDecimal lineAdjustments = BigDecimal.ZERO;
    private boolean lineAdjusted;

    RemittanceRules(IssueSink sink) {
        this.sink = sink;
    }

    /** Number of claims (2100 CLP) seen. */
    int claimCount() {
        return claims;
    }

    void accept(Segment s, LoopTracker.Match m) {
        String loop = m.loopId();
        switch (s.id()) {
            case "LX", "PLB", "SE" -> finishClaim();
            case "CLP" -> {
                finishClaim();
                claims++;
                clpAt = s.position();
                BigDecimal charge = s.decimal(3);
                BigDecimal paid = s.decimal(4);
                claimDiffers = charge != null && paid != null && charge.compareTo(paid) != 0;
            }
            case "SVC" -> {
                finishLine();
                if (clpAt != null && loop.equals("2110")) {
                    svcAt = s.position();
                    BigDecimal charge = s.decimal(2);
                    BigDecimal paid = s.decimal(3);
                    lineDifference = charge == null || paid == null ? null : charge.subtract(paid);
                }
            }
            case "CAS" -> adjustment(s, loop);
            default -> {
            }
        }
    }

    /** Ends the transaction set: closes the last claim. */
    void finish() {
        finishClaim();
    }

    private void adjustment(Segment s, String loop) {
        if (clpAt == null) {
            return;
        }
        claimAdjusted = true;
        if (!loop.equals("2110") || svcAt == null) {
            return;
        }
        lineAdjusted = true;
        for (int amount = 3; amount <= 18; amount += 3) {
            BigDecimal a = s.decimal(amount);
            if (a != null && lineAdjustments != null) {
                lineAdjustments = lineAdjustments.add(a);
            } else if (s.has(amount)) {
                lineAdjustments = null; // not a number: the element check has reported it
            }
        }
    }

    private void finishLine() {
        if (svcAt != null && lineDifference != null) {
            if (lineDifference.signum() != 0 && !lineAdjusted) {
                sink.add(X12Issue.error(X12Error.DEPENDENT_SEGMENT_MISSING, at(svcAt, "CAS"), "The service line's payment (SVC03) "
                        + "differs from its charge (SVC02): a service adjustment CAS must explain the difference").in("2110", ""));
            } else if (lineAdjusted && lineAdjustments != null && lineAdjustments.compareTo(lineDifference) != 0) {
                sink.add(X12Issue.error(X12Error.PATTERN_MISMATCH, svcAt.atElement(3), "The service line does not balance: "
                        + "SVC02 - SVC03 must equal the sum of the line's CAS adjustment amounts").in("2110", "782"));
            }
        }
        svcAt = null;
        lineDifference = null;
        lineAdjustments = BigDecimal.ZERO;
        lineAdjusted = false;
    }

    private void finishClaim() {
        finishLine();
        if (clpAt != null && claimDiffers && !claimAdjusted) {
            sink.add(X12Issue.error(X12Error.DEPENDENT_SEGMENT_MISSING, at(clpAt, "CAS"), "The claim's payment (CLP04) differs "
                    + "from its charge (CLP03) but no claim or service adjustment CAS explains the difference").in("2100", ""));
        }
        clpAt = null;
        claimDiffers = false;
        claimAdjusted = false;
    }

    private static Position at(Position p, String segmentId) {
        return new Position(p.segmentIndex(), p.segmentInTransaction(), segmentId, 0, 0, 0, p.byteOffset());
    }
}
