package io.claimgate.x12.status;

import io.claimgate.x12.inbound.TransactionRef;
import java.util.Objects;

/**
 * The counts of one 277CA transaction set, handed out at its end.
 *
 * @param envelope       ISA13 / GS06 / ST02 of the 277CA
 * @param claims         number of claims (2200D) read
 * @param rejectedClaims how many of them carry a rejection category (see {@link ClaimStatus#rejected()})
 * @param lines          number of service lines (2220D) read
 */
public record ClaimAcknowledgementSummary(TransactionRef envelope, long claims, long rejectedClaims, long lines) {
    public ClaimAcknowledgementSummary {
        Objects.requireNonNull(envelope, "envelope");
        if (claims < 0 || rejectedClaims < 0 || lines < 0 || rejectedClaims > claims) {
            throw new IllegalArgumentException("counts must not be negative and rejected claims must not exceed claims");
        }
    }
}
