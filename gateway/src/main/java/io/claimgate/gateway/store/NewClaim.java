package io.claimgate.gateway.store;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A validated claim to store: the JSON exactly as received ({@code body}), the fields queries and
 * duplicate detection need (CLM01 patient control number, CLM05-3 frequency code, the payer id of
 * 2010BB, CLM02 charge amount), the SHA-256 of the bytes stored ({@link ClaimContent#sha256}; duplicate
 * detection compares content with {@link ClaimContent#same}, so that whitespace and key order do not make a
 * resend look different), the cause recorded in its first history event, and where
 * it came from ({@link ClaimSource}: its batch, and the ISA13/GS06/ST02 of the 837 it was read from).
 */
public record NewClaim(String submitterId, ClaimKind kind, String patientControlNumber, String frequencyCode,
                       String payerId, BigDecimal chargeAmount, String contentSha256, byte[] body, String cause,
                       ClaimSource source) {
    /** A claim sent on its own (no batch, no 837). */
    public NewClaim(String submitterId, ClaimKind kind, String patientControlNumber, String frequencyCode,
                    String payerId, BigDecimal chargeAmount, String contentSha256, byte[] body, String cause) {
        this(submitterId, kind, patientControlNumber, frequencyCode, payerId, chargeAmount, contentSha256, body, cause,
                ClaimSource.NONE);
    }

    public NewClaim {
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(frequencyCode, "frequencyCode");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(chargeAmount, "chargeAmount");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(source, "source");
        if (contentSha256.length() != 64) {
            throw new IllegalArgumentException("contentSha256: 64 hex digits");
        }
        if (chargeAmount.scale() > 2) {
            throw new IllegalArgumentException("chargeAmount: at most 2 decimals");
        }
    }

    /** True for an original claim (frequency 1): at most one per submitter and patient control number. */
    public boolean original() {
        return "1".equals(frequencyCode);
    }
}
