package io.claimgate.x12.claim;

import java.util.List;
import java.util.Objects;

/**
 * 2330C-2330I other payer provider: NM1 with the role's entity code, NM102 {@code entityTypeQualifier}
 * when sent, and REF {@code identifiers}. {@code role} is null for the service facility location
 * (NM1*77, 2330E/2330H).
 */
public record OtherPayerProvider(ProviderRole role, boolean serviceFacility, String entityTypeQualifier,
                                 List<ReferenceId> identifiers) {
    public OtherPayerProvider {
        if (role == null && !serviceFacility) {
            throw new IllegalArgumentException("role: required unless serviceFacility");
        }
        identifiers = Lists.copy(identifiers);
        Objects.requireNonNull(identifiers);
    }
}
