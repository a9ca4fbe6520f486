package io.claimgate.x12.render;

import java.util.Objects;

/**
 * Where one claim landed in the rendered interchange: what the gateway needs to match a TA1 (ISA13), a 999
 * (GS06 + ST02, and the segment position IK301 reports), a 277CA (BHT03 in 2200B TRN02, CLM01 in 2200D) and
 * an 835 (CLM01) back to the claim.
 *
 * @param claimIndex               index of the claim in the list given to the renderer
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber       GS06 of the functional group (837P and 837I claims are in different groups)
 * @param transactionControlNumber ST02 of the transaction set
 * @param batchReference           BHT03 of that transaction set
 * @param version                  GS08 / ST03, {@code 005010X222A1} or {@code 005010X223A2}
 * @param claimSegmentPosition     position of the claim's CLM segment in its transaction set, counted from ST = 1
 *                                 (as a 999 IK301 counts)
 * @param lastSegmentPosition      position of the claim's last segment (its 2300 loop and the loops inside it end here)
 * @param patientControlNumber     CLM01
 */
public record ClaimPlacement(int claimIndex, long interchangeControlNumber, long groupControlNumber,
                             String transactionControlNumber, String batchReference, String version,
                             int claimSegmentPosition, int lastSegmentPosition, String patientControlNumber) {
    public ClaimPlacement {
        Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
        Objects.requireNonNull(version, "version");
    }

    /** True when a 999 segment error at {@code segmentPosition} (IK301) of this claim's transaction set falls in this claim. */
    public boolean contains(int segmentPosition) {
        return segmentPosition >= claimSegmentPosition && segmentPosition <= lastSegmentPosition;
    }
}
