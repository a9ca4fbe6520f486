package io.claimgate.x12.claim;

/** Loop 1000B receiver: NM1*40 NM103 = {@code organizationName}; NM109 comes from partner configuration. */
public record Receiver(String organizationName, String receiverId, String taxId) {
}
