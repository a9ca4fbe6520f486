package io.claimgate.x12.claim;

/**
 * Loop 1000A submitter: NM1*41 (organization or person name, NM109 = {@code submitterIdentification},
 * else the trading-partner id configured for the interchange) and PER (contact). {@code taxId} is only
 * in the institutional JSON.
 */
public record Submitter(String organizationName, String lastName, String firstName, String middleName,
                        String submitterIdentification, String taxId, ContactInformation contactInformation) {
}
