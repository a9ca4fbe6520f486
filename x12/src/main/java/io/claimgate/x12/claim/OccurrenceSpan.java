package io.claimgate.x12.claim;

/** 837I HI*BI occurrence span code with RD8 dates (JSON {@code occurrenceSpanInformations[][]}). */
public record OccurrenceSpan(String code, String startDate, String endDate) {
}
