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
 * @param usage                    ISA15: test, production, or as the acknowledged interchange says
 * @param senderQualifier          own ISA05, or empty to use the acknowledged ISA07
 * @param senderId                 own ISA06, or empty to use the acknowledged ISA08
 * @param applicationSenderCode    GS02, or empty to use the 999's ISA06
 * @param applicationReceiverCode  GS03, or empty to use the 999's ISA08
 */
public record AckOptions(long interchangeControlNumber, long groupControlNumber, LocalDateTime timestamp,
                         UsageIndicator usage, String senderQualifier, String senderId, String applicationSenderCode,
                         String applicationReceiverCode) {
    /** ISA15 of the acknowledgment interchange. */
    public enum UsageIndicator {
        /** Always T. */
        TEST,
        /** Always P. */
        PRODUCTION,
        /** P when the acknowledged interchange's ISA15 is P, otherwise T: a test file gets a test acknowledgment. */
        AS_ACKNOWLEDGED;

        /** True when the acknowledgment of an interchange whose ISA15 is {@code acknowledgedUsage} is production data. */
        public boolean production(String acknowledgedUsage) {
            return this == PRODUCTION || (this == AS_ACKNOWLEDGED && "P".equals(acknowledgedUsage));
        }
    }

    public AckOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(usage, "usage");
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

    /** Options that answer from the ids the acknowledged interchange was addressed to, with a fixed ISA15. */
    public static AckOptions of(long interchangeControlNumber, long groupControlNumber, LocalDateTime timestamp,
                                boolean production) {
        return of(interchangeControlNumber, groupControlNumber, timestamp,
                production ? UsageIndicator.PRODUCTION : UsageIndicator.TEST);
    }

    /** Options that answer from the ids the acknowledged interchange was addressed to. */
    public static AckOptions of(long interchangeControlNumber, long groupControlNumber, LocalDateTime timestamp,
                                UsageIndicator usage) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, usage, "", "", "", "");
    }

    /** The same options with other control numbers (the k-th interchange of a file gets the base plus k). */
    public AckOptions withControlNumbers(long interchange, long group) {
        return new AckOptions(interchange, group, timestamp, usage, senderQualifier, senderId, applicationSenderCode,
                applicationReceiverCode);
    }

    /** The same options with own ISA05/ISA06. */
    public AckOptions withSender(String qualifier, String id) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, usage, qualifier, id,
                applicationSenderCode, applicationReceiverCode);
    }

    /** The same options with own GS02/GS03. */
    public AckOptions withApplicationCodes(String sender, String receiver) {
        return new AckOptions(interchangeControlNumber, groupControlNumber, timestamp, usage, senderQualifier,
                senderId, sender, receiver);
    }

    private static void range(String name, long n) {
        if (n < 1 || n > 999_999_999L) {
            throw new IllegalArgumentException(name + " must be 1..999999999, was " + n);
        }
    }
}
