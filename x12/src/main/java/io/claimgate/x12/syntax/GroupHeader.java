package io.claimgate.x12.syntax;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What goes into a GS.
 *
 * @param functionalId  GS01 (HC for 837, FA for 999, HP for 835, HN for 277)
 * @param senderCode    GS02 application sender's code
 * @param receiverCode  GS03 application receiver's code
 * @param timestamp     GS04/GS05
 * @param controlNumber GS06 = GE02, 1 to 999,999,999
 * @param version       GS08 (e.g. 005010X222A1)
 */
public record GroupHeader(String functionalId, String senderCode, String receiverCode, LocalDateTime timestamp,
                          long controlNumber, String version) {
    public GroupHeader {
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(receiverCode, "receiverCode");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(version, "version");
        if (senderCode.isEmpty() || senderCode.length() > 15 || receiverCode.isEmpty() || receiverCode.length() > 15) {
            throw new IllegalArgumentException("GS02 and GS03 must be 1..15 characters");
        }
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("controlNumber must be 1..999999999, was " + controlNumber);
        }
    }
}
