package io.claimgate.x12.ack;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The caller's part of a 999 envelope: control numbers (never reused; in the gateway they come from the
 * database), the timestamp, the usage indicator and, optionally, the acknowledger's own ids.
 *
 * <p>By default the 999 goes back the way the acknowledged interchange came: its ISA05/ISA06 are the
 * acknowledged ISA07/ISA08 and its ISA07/ISA08 the acknowledged ISA05/ISA06, and GS02/GS03 are the same ids.
 * Set {@code senderQualifier}/{@code senderId} to send from other own ids, and the application codes to
 * write other GS02/GS03 values.
 *
 * @param interchangeControlNumber ISA13/IEA02 of the (first) 999 interchange, 1..999999999
 * @param groupControlNumber       GS06/GE02 of the (first) FA group, 1..999999999
 * @param timestamp                ISA09/ISA10 and GS04/GS05
 * @param production               ISA15: P when true, T when false
 * @param senderQualifier          own ISA05, or empty to use the acknowledged ISA07
 * @param senderId                 own ISA06, or empty to use the acknowledged ISA08
 * @param applicationSenderCode    GS02, or empty to use the 999's ISA06
 * @param applicationReceiverCode  GS03, or empty to use the 999's ISA08
 */
public record AckOptions(long interchangeControlNumber, long groupControlNumber, LocalDateTime timestamp,
                         boolean production, String senderQualifier, String senderId, String applicationSenderCode,
                         String applicationReceiverCode) {
    public AckOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        range("interchangeControlNumber", interchangeControlNumber);
        range("groupControlNumber", groupControlNumber);
        senderQualifier = senderQualifier == null ? "" : senderQualifier;
        senderId = senderId == null ? "" : senderId;
        applicationSenderCode = applicationSenderCode == null ? "" : applicationSenderCode;
        applicationReceiverCode = applicationReceiverCode == null ? "" : applicationReceiverCode;
        if (senderQualifier.isEmpty() != senderId.isEmpty()) {
            throw new IllegalArgumentException("senderQualifier and senderId go together");
        }
        if (!senderQualifier.isEmpty() && senderQualifier.length() != 2) {
            throw new IllegalArgumentException("senderQualifier must be 2 characters, was " + senderQualifier.length());
        }
        if (senderId.length() > 15 || applicationSenderCode.length() > 15 || applicationReceiverCode.length() > 15) {
            throw new IllegalArgumentException("senderId and application codes must be at most 15 characters");
        }
    }

    /** Options that answer from the ids the acknowledged interchange was addressed to. */
    public static AckOptions of(long interchangeControlNumber, long groupControlNumber, LocalDateTime timestamp,
                                boolean production) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, production, "", "", "", "");
    }

    /** The same options with own ISA05/ISA06. */
    public AckOptions withSender(String qualifier, String id) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, production, qualifier, id,
                applicationSenderCode, applicationReceiverCode);
    }

    /** The same options with own GS02/GS03. */
    public AckOptions withApplicationCodes(String sender, String receiver) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, production, senderQualifier,
                senderId, sender, receiver);
    }

    private static void range(String name, long n) {
        if (n < 1 || n > 999_999_999L) {
            throw new IllegalArgumentException(name + " must be 1..999999999, was " + n);
        }
    }
}
