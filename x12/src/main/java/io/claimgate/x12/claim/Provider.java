package io.claimgate.x12.claim;

import java.util.List;
import java.util.Objects;

/**
 * A provider in one role (billing, rendering, referring, ...), the same shape whether it came as a
 * named JSON object, a legacy {@code providers[]} entry or a service-line provider.
 *
 * <p>NM1: entity type 2 when {@code organizationName} is present, else 1 (person: last, first, middle,
 * suffix); NM108 XX / NM109 {@code npi}. PRV*..*PXC {@code taxonomyCode}. N3/N4 {@code address}, PER
 * {@code contactInformation}. Tax id REF*EI {@code employerId} or REF*SY {@code ssn} (billing).
 * Secondary ids: REF*0B {@code stateLicenseNumber}, REF*1G {@code providerUpinNumber}, REF*G2
 * {@code commercialNumber}, REF*LU {@code locationNumber}, and {@code otherIdentifiers} (qualifier as sent:
 * {@code secondaryIdentificationQualifierCode}/{@code secondaryIdentifier}, {@code secondaryIdentifier[]},
 * and FY claim office / NF NAIC / 2U payer id numbers).
 */
public record Provider(ProviderRole role, String organizationName, String lastName, String firstName,
                       String middleName, String suffix, String npi, String taxonomyCode, String employerId,
                       String ssn, String stateLicenseNumber, String providerUpinNumber, String commercialNumber,
                       String locationNumber, List<ReferenceId> otherIdentifiers, Address address,
                       ContactInformation contactInformation) {
    public Provider {
        Objects.requireNonNull(role, "role");
        otherIdentifiers = Lists.copy(otherIdentifiers);
    }

    /** True when this provider is an organization (NM102 = 2), false for a person (NM102 = 1). */
    public boolean isOrganization() {
        return organizationName != null;
    }
}
