package io.claimgate.x12.claim;

import java.util.List;

/**
 * Service facility location: 837P 2310C / 2420C, 837I 2310E: NM1*77 NM103 name, NM109 {@code npi}
 * (institutional JSON {@code identificationCode}), N3/N4, REF secondary ids, and (837P) PER phone.
 */
public record Facility(String organizationName, String npi, Address address, List<ReferenceId> secondaryIdentifiers,
                       String phoneName, String phoneNumber, String phoneExtension) {
    public Facility {
        secondaryIdentifiers = Lists.copy(secondaryIdentifiers);
    }
}
