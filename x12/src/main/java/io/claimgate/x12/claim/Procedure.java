package io.claimgate.x12.claim;

import java.util.Objects;

/**
 * 837I procedure HI composite: qualifier (BBR principal ICD-10-PCS, BR ICD-9, CAH advanced billing
 * concepts; BBQ/BQ other), code, date (CCYYMMDD, D8).
 */
public record Procedure(String qualifier, String code, String date) {
    public Procedure {
        Objects.requireNonNull(qualifier, "qualifier");
    }

    public boolean isPrincipal() {
        return "BBR".equals(qualifier) || "BR".equals(qualifier) || "CAH".equals(qualifier);
    }
}
