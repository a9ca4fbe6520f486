package io.claimgate.x12.claim;

/**
 * 837I HI*BH occurrence code with its date. JSON {@code occurrenceInformationList[][]} entry
 * ({@code occurrenceSpanCode}, {@code occurrenceSpanCodeDate}); the date is CCYYMMDD, or
 * CCYYMMDD-CCYYMMDD as the schema also allows.
 */
public record Occurrence(String code, String date) {
}
