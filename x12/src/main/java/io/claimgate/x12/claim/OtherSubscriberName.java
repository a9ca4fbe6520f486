package io.claimgate.x12.claim;

import java.util.List;

/**
 * 2330A other subscriber: NM1*IL NM102 {@code qualifier} (1 person, 2 organization), names, NM108
 * {@code identifierTypeCode} (II/MI) NM109 {@code identifier}, N3/N4, REF*SY {@code additionalIdentifiers}.
 */
public record OtherSubscriberName(String qualifier, String lastName, String firstName, String middleName,
                                  String suffix, String identifierTypeCode, String identifier, Address address,
                                  List<String> additionalIdentifiers) {
    public OtherSubscriberName {
        additionalIdentifiers = Lists.copy(additionalIdentifiers);
    }
}
