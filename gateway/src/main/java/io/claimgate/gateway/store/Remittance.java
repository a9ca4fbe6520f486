package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.util.Objects;

/**
 * A posted claim payment as the submitter reads it: its id ({@code rmt_} and a number), the claim it pays
 * (id, kind, CLM01 patient control number, the claim's payer id) and the payment, with its detail when read
 * one at a time.
 */
public record Remittance(String id, String claimId, ClaimKind claimKind, String patientControlNumber,
                         String claimPayerId, ClaimPayment payment) {
    static final String PREFIX = "rmt_";

    public Remittance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(payment, "payment");
    }

    static String id(long rowId) {
        return PREFIX + rowId;
    }

    /** The row id a remittance id names, or -1 when it names none. */
    static long rowId(String id) {
        if (id == null || !id.startsWith(PREFIX) || id.length() > PREFIX.length() + 18) {
            return -1;
        }
        try {
            long n = Long.parseLong(id.substring(PREFIX.length()));
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
