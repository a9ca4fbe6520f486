package io.claimgate.x12.render;

import io.claimgate.x12.syntax.Delimiters;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How one interchange of claims is enveloped. Control numbers come from the caller (in the gateway, from
 * the database per trading partner, never reused); the renderer numbers further groups and transaction sets
 * upwards from the first ones given.
 *
 * @param senderQualifier        ISA05 (e.g. {@code ZZ})
 * @param senderId               ISA06, 1 to 15 characters
 * @param receiverQualifier      ISA07
 * @param receiverId             ISA08, 1 to 15 characters
 * @param applicationSender      GS02 (defaults to ISA06)
 * @param applicationReceiver    GS03 (defaults to ISA08)
 * @param interchangeControlNumber ISA13 = IEA02
 * @param firstGroupControlNumber  GS06 of the first functional group; a second group (837I after 837P) gets the next number
 * @param firstTransactionControlNumber ST02 of the first transaction set; the following ones count up, across groups
 * @param timestamp              ISA09/ISA10, GS04/GS05 and BHT04/BHT05
 * @param production             ISA15: {@code TRUE} = P, {@code FALSE} = T, {@code null} = P only when every claim
 *                               says {@code usageIndicator} P, else T
 * @param acknowledgmentRequested ISA14: ask the receiver for a TA1
 * @param lineBreaks             a line feed after every segment terminator
 * @param delimiters             the delimiters to write with
 * @param maxClaimsPerTransaction at most this many claims (2300 loops) per transaction set; the guides recommend 5000
 * @param batchReference         BHT03 when set (the transaction set control number is appended after '-' when the
 *                               interchange holds more than one transaction set, so each BHT03 stays unique);
 *                               when null BHT03 is the ST02
 * @param submitterId            1000A NM109 (the submitter's ETIN) when the claim carries no
 *                               {@code submitter.submitterIdentification}; defaults to ISA06
 * @param receiverPrimaryId      1000B NM109; defaults to ISA08
 */
public record RenderSettings(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                             String applicationSender, String applicationReceiver, long interchangeControlNumber,
                             long firstGroupControlNumber, long firstTransactionControlNumber, LocalDateTime timestamp,
                             Boolean production, boolean acknowledgmentRequested, boolean lineBreaks,
                             Delimiters delimiters, int maxClaimsPerTransaction, String batchReference,
                             String submitterId, String receiverPrimaryId) {

    /** The guides' recommended limit of claims in one transaction set. */
    public static final int DEFAULT_MAX_CLAIMS = 5000;

    public RenderSettings {
        Objects.requireNonNull(timestamp, "timestamp");
        senderQualifier = required("senderQualifier", senderQualifier, 2);
        senderId = required("senderId", senderId, 15);
        receiverQualifier = required("receiverQualifier", receiverQualifier, 2);
        receiverId = required("receiverId", receiverId, 15);
        applicationSender = blank(applicationSender) ? senderId : applicationSender;
        applicationReceiver = blank(applicationReceiver) ? receiverId : applicationReceiver;
        if (applicationSender.length() > 15 || applicationReceiver.length() > 15) {
            throw new IllegalArgumentException("applicationSender and applicationReceiver (GS02/GS03) must be at most 15 characters");
        }
        controlNumber("interchangeControlNumber", interchangeControlNumber);
        controlNumber("firstGroupControlNumber", firstGroupControlNumber);
        controlNumber("firstTransactionControlNumber", firstTransactionControlNumber);
        delimiters = delimiters == null ? Delimiters.DEFAULT : delimiters;
        if (maxClaimsPerTransaction < 1) {
            throw new IllegalArgumentException("maxClaimsPerTransaction must be at least 1, was " + maxClaimsPerTransaction);
        }
        batchReference = blank(batchReference) ? null : batchReference;
        if (batchReference != null && batchReference.length() > 40) {
            throw new IllegalArgumentException("batchReference (BHT03) must be at most 40 characters");
        }
        submitterId = blank(submitterId) ? senderId.strip() : submitterId;
        receiverPrimaryId = blank(receiverPrimaryId) ? receiverId.strip() : receiverPrimaryId;
    }

    /** Starts settings with the required envelope values; everything else has its default. */
    public static Builder builder(String senderQualifier, String senderId, String receiverQualifier, String receiverId) {
        return new Builder(senderQualifier, senderId, receiverQualifier, receiverId);
    }

    private static String required(String name, String v, int max) {
        Objects.requireNonNull(v, name);
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(name + " must be 1.." + max + " characters, was " + v.length());
        }
        return v;
    }

    private static void controlNumber(String name, long v) {
        if (v < 1 || v > 999_999_999L) {
            throw new IllegalArgumentException(name + " must be 1..999999999, was " + v);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Builds {@link RenderSettings}; control numbers default to 1 and the timestamp to now. */
    public static final class Builder {
        private final String senderQualifier;
        private final String senderId;
        private final String receiverQualifier;
        private final String receiverId;
        private String applicationSender;
        private String applicationReceiver;
        private long interchangeControlNumber = 1;
        private long firstGroupControlNumber = 1;
        private long firstTransactionControlNumber = 1;
        private LocalDateTime timestamp;
        private Boolean production;
        private boolean acknowledgmentRequested;
        private boolean lineBreaks;
        private Delimiters delimiters = Delimiters.DEFAULT;
        private int maxClaimsPerTransaction = DEFAULT_MAX_CLAIMS;
        private String batchReference;
        private String submitterId;
        private String receiverPrimaryId;

        private Builder(String senderQualifier, String senderId, String receiverQualifier, String receiverId) {
            this.senderQualifier = senderQualifier;
            this.senderId = senderId;
            this.receiverQualifier = receiverQualifier;
            this.receiverId = receiverId;
        }

        /** GS02 and GS03. */
        public Builder applicationCodes(String sender, String receiver) {
            this.applicationSender = sender;
            this.applicationReceiver = receiver;
            return this;
        }

        /** ISA13, the first GS06 and the first ST02. */
        public Builder controlNumbers(long interchange, long firstGroup, long firstTransaction) {
            this.interchangeControlNumber = interchange;
            this.firstGroupControlNumber = firstGroup;
            this.firstTransactionControlNumber = firstTransaction;
            return this;
        }

        public Builder timestamp(LocalDateTime timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** ISA15; null takes it from the claims' usageIndicator. */
        public Builder production(Boolean production) {
            this.production = production;
            return this;
        }

        public Builder acknowledgmentRequested(boolean requested) {
            this.acknowledgmentRequested = requested;
            return this;
        }

        public Builder lineBreaks(boolean lineBreaks) {
            this.lineBreaks = lineBreaks;
            return this;
        }

        public Builder delimiters(Delimiters delimiters) {
            this.delimiters = delimiters;
            return this;
        }

        public Builder maxClaimsPerTransaction(int max) {
            this.maxClaimsPerTransaction = max;
            return this;
        }

        public Builder batchReference(String reference) {
            this.batchReference = reference;
            return this;
        }

        public Builder submitterId(String id) {
            this.submitterId = id;
            return this;
        }

        public Builder receiverPrimaryId(String id) {
            this.receiverPrimaryId = id;
            return this;
        }

        public RenderSettings build() {
            return new RenderSettings(senderQualifier, senderId, receiverQualifier, receiverId, applicationSender,
                    applicationReceiver, interchangeControlNumber, firstGroupControlNumber, firstTransactionControlNumber,
                    timestamp == null ? LocalDateTime.now().withSecond(0).withNano(0) : timestamp, production,
                    acknowledgmentRequested, lineBreaks, delimiters, maxClaimsPerTransaction, batchReference,
                    submitterId, receiverPrimaryId);
        }
    }
}
