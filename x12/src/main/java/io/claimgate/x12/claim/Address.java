package io.claimgate.x12.claim;

/**
 * A postal address: N3 (address lines) and N4 (city, state, postal code, country, subdivision) of
 * whatever loop holds it.
 */
public record Address(String address1, String address2, String city, String state, String postalCode,
                      String countryCode, String countrySubDivisionCode) {
}
