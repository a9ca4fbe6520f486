package io.claimgate.x12.claim.read;

/**
 * Where a claim sits in the 837 it was read from: enough to match a 999 (by GS06 and ST02, then IK301
 * segment positions), a TA1 (by ISA13) or a 277CA (by BHT03 and CLM01) back to it.
 *
 * @param senderId                 ISA06 interchange sender id, trimmed
 * @param receiverId               ISA08 interchange receiver id, trimmed
 * @param interchangeControlNumber ISA13
 * @param usageIndicator           ISA15: P production, T test
 * @param groupControlNumber       GS06
 * @param transactionControlNumber ST02
 * @param implementationReference  ST03 (e.g. {@code 005010X222A1}); GS08 when ST03 is absent
 * @param batchReference           BHT03, the originator's reference for the transaction (echoed in 277CA 2200B TRN02)
 * @param claimSegmentIndex        1-based index of the CLM segment in the file
 * @param claimPositionInTransaction position of the CLM counted from ST (ST = 1), as a 999 IK301 gives it
 * @param interchangeNumber        1-based number of the interchange in the file
 * @param claimNumberInTransaction 1-based number of the claim in its transaction set
 */
public record ClaimEnvelope(String senderId, String receiverId, String interchangeControlNumber, String usageIndicator,
                            String groupControlNumber,
                            String transactionControlNumber, String implementationReference, String batchReference,
                            long claimSegmentIndex, int claimPositionInTransaction, int interchangeNumber,
                            int claimNumberInTransaction) {
    public ClaimEnvelope {
        senderId = orEmpty(senderId);
        receiverId = orEmpty(receiverId);
        interchangeControlNumber = orEmpty(interchangeControlNumber);
        usageIndicator = orEmpty(usageIndicator);
        groupControlNumber = orEmpty(groupControlNumber);
        transactionControlNumber = orEmpty(transactionControlNumber);
        implementationReference = orEmpty(implementationReference);
        batchReference = orEmpty(batchReference);
        if (claimSegmentIndex < 0 || claimPositionInTransaction < 0 || claimNumberInTransaction < 0) {
            throw new IllegalArgumentException("claim positions must not be negative");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
