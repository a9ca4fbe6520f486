package io.claimgate.x12.claim;

import java.util.List;

/**
 * One CAS segment: CAS01 group code (CO, CR, OA, PI, PR) and up to six adjustments. JSON: claim level
 * {@code claimLevelAdjustments[]} with {@code adjustmentDetails[]} (professional) or
 * {@code claimAdjustmentDetails[]} (institutional); line level {@code claimAdjustmentInformation[]}
 * (professional) or {@code lineAdjustment[]} (institutional).
 */
public record AdjustmentGroup(String groupCode, List<Adjustment> adjustments) {
    public AdjustmentGroup {
        adjustments = Lists.copy(adjustments);
    }
}
