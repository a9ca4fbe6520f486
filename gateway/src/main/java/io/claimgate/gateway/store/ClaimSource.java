package io.claimgate.gateway.store;

/**
 * Where a claim came from: the batch it was sent in (null when sent on its own) and, for a claim read from
 * an 837, the ISA13 interchange, GS06 group and ST02 transaction set control numbers (null otherwise).
 */
public record ClaimSource(String batchId, String interchangeControlNumber, String groupControlNumber,
                          String transactionControlNumber) {
    /** Sent on its own as JSON. */
    public static final ClaimSource NONE = new ClaimSource(null, null, null, null);

    /** A claim of a JSON batch. */
    public static ClaimSource batch(String batchId) {
        return new ClaimSource(batchId, null, null, null);
    }

    /** This source with the batch set. */
    public ClaimSource inBatch(String id) {
        return new ClaimSource(id, interchangeControlNumber, groupControlNumber, transactionControlNumber);
    }
}
