package io.claimgate.x12.syntax;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What goes into an ISA. The writer pads every field to its fixed width; control numbers come from the
 * caller (in the gateway, from the database, never reused).
 *
 * @param senderQualifier   ISA05 (e.g. ZZ, 30)
 * @param senderId          ISA06, at most 15 characters
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08, at most 15 characters
 * @param timestamp         ISA09/ISA10
 * @param controlNumber     ISA13 = IEA02, 1 to 999,999,999
 * @param acknowledgmentRequested ISA14: true asks the receiver for a TA1
 * @param production        ISA15: P when true, T when false
 */
public record InterchangeHeader(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                                LocalDateTime timestamp, long controlNumber, boolean acknowledgmentRequested,
                                boolean production) {
    public InterchangeHeader {
        Objects.requireNonNull(timestamp, "timestamp");
        check("senderQualifier", senderQualifier, 2, 2);
        check("senderId", senderId, 1, 15);
        check("receiverQualifier", receiverQualifier, 2, 2);
        check("receiverId", receiverId, 1, 15);
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("controlNumber must be 1..999999999, was " + controlNumber);
        }
    }

    private static void check(String name, String v, int min, int max) {
        Objects.requireNonNull(v, name);
        if (v.length() < min || v.length() > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + " characters, was " + v.length());
        }
    }
}
