package io.claimgate.x12.claim;

/** A PER contact: PER02 name, then TE (phone, with EX extension), FX (fax) and EM (email) numbers. */
public record ContactInformation(String name, String phoneNumber, String phoneExtension, String faxNumber,
                                 String email) {
}
