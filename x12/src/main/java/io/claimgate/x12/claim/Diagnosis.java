package io.claimgate.x12.claim;

import java.util.Objects;

/**
 * One HI composite: qualifier (ABK principal, ABF other, ABJ admitting, APR reason for visit, ABN
 * external cause; BK/BF/BJ/PR/BN for ICD-9), the code without its dot, and for 837I the
 * present-on-admission indicator (HI0x-9).
 */
public record Diagnosis(String qualifier, String code, String presentOnAdmission) {
    public Diagnosis {
        Objects.requireNonNull(qualifier, "qualifier");
    }

    public boolean isPrincipal() {
        return "ABK".equals(qualifier) || "BK".equals(qualifier);
    }

    public boolean isAdmitting() {
        return "ABJ".equals(qualifier) || "BJ".equals(qualifier);
    }

    public boolean isReasonForVisit() {
        return "APR".equals(qualifier) || "PR".equals(qualifier);
    }

    public boolean isExternalCause() {
        return "ABN".equals(qualifier) || "BN".equals(qualifier);
    }

    public boolean isOther() {
        return "ABF".equals(qualifier) || "BF".equals(qualifier);
    }
}
