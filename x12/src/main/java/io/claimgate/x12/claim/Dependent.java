package io.claimgate.x12.claim;

/**
 * Loop 2000C/2010CA patient, when the patient is not the subscriber: PAT01
 * {@code relationshipToSubscriberCode}, NM1*QC name, N3/N4, DMG. {@code memberId} and {@code ssn} are
 * carried from the professional JSON but 5010 has no patient identifier in 2010CA.
 */
public record Dependent(String lastName, String firstName, String middleName, String suffix, String dateOfBirth,
                        String gender, String relationshipToSubscriberCode, String memberId, String ssn,
                        Address address, ContactInformation contactInformation) {
}
