package io.claimgate.x12.inbound;

import java.util.List;
import java.util.Objects;

/**
 * A composite medical procedure identifier (C003) as in SVC01 / SVC06: qualifier, code, modifiers.
 *
 * @param qualifier   C003-01 product/service id qualifier ({@code HC} CPT/HCPCS, {@code NU} revenue code,
 *                    {@code AD} ADA, {@code N4} NDC, ...)
 * @param code        C003-02 the procedure code
 * @param modifiers   C003-03..06, only those present
 * @param description C003-07, may be empty
 */
public record Procedure(String qualifier, String code, List<String> modifiers, String description) {
    public Procedure {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(description, "description");
    }

    /** True when nothing was sent. */
    public boolean isEmpty() {
        return qualifier.isEmpty() && code.isEmpty();
    }
}
