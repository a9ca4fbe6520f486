package io.claimgate.x12.claim;

import java.util.List;

/**
 * Loop 2010AC pay-to plan (NM1*PE): NM108 {@code primaryIdentifierQualifier} (PI/XV), NM109
 * {@code primaryIdentifier}, N3/N4, REF*2U/FY/NF {@code secondaryIdentifiers}, REF*EI {@code taxId}.
 * JSON: professional {@code payToPlan}, institutional {@code billingPayToPlanName}.
 */
public record PayToPlan(String organizationName, String primaryIdentifierQualifier, String primaryIdentifier,
                        Address address, List<ReferenceId> secondaryIdentifiers, String taxId) {
    public PayToPlan {
        secondaryIdentifiers = Lists.copy(secondaryIdentifiers);
    }
}
