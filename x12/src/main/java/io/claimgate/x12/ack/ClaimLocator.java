package io.claimgate.x12.ack;

import io.claimgate.x12.validate.TransactionReport;
import java.util.Optional;

/**
 * Finds the claim an error is in, for the 999's business unit identifier ({@code CTX*CLM01:patient control
 * number} after an IK3). The validation report does not carry CLM01 per issue, so whoever read the 837 (and
 * knows which CLM each segment belongs to) supplies this; {@link #NONE} writes no such CTX.
 */
@FunctionalInterface
public interface ClaimLocator {

    /** Writes no business unit CTX. */
    ClaimLocator NONE = (transaction, segmentInTransaction) -> Optional.empty();

    /**
     * CLM01 (patient control number) of the claim holding segment {@code segmentInTransaction} (ST = 1) of
     * {@code transaction}, or empty when the segment is not inside a claim (2300 loop and below).
     */
    Optional<String> patientControlNumber(TransactionReport transaction, int segmentInTransaction);
}
