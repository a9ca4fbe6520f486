package io.claimgate.x12.claim;

/**
 * Loop 2000B/2010BA subscriber. SBR01 {@code paymentResponsibilityLevelCode}, SBR03 {@code groupNumber}
 * (or {@code policyNumber}), SBR04 {@code subscriberGroupName}, SBR05 {@code insuranceTypeCode};
 * NM1*IL with NM109 = {@code memberId} (MI), N3/N4 address, DMG birth date and gender, REF*SY ssn.
 * Dates are CCYYMMDD strings as sent (checked by {@link ClaimSchemaCheck}).
 */
public record Subscriber(String memberId, String organizationName, String lastName, String firstName,
                         String middleName, String suffix, String ssn, String dateOfBirth, String gender,
                         Address address, ContactInformation contactInformation, String groupNumber,
                         String policyNumber, String subscriberGroupName, String insuranceTypeCode,
                         String paymentResponsibilityLevelCode, String standardHealthId) {
}
