package io.claimgate.x12.claim;

/**
 * PWK paperwork: PWK01 {@code reportTypeCode}, PWK02 {@code transmissionCode}, PWK05 AC / PWK06
 * {@code controlNumber}. {@code attachmentId} is the Stedi attachment handle (not rendered).
 */
public record Attachment(String reportTypeCode, String transmissionCode, String controlNumber,
                         String attachmentId) {
}
