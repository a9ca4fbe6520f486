package io.claimgate.x12.syntax;

/**
 * The envelope a segment sits in: its interchange (ISA), functional group (GS) and transaction set (ST).
 * Owned by the {@link X12Reader} and updated as it reads; read it while handling the current segment.
 */
public final class EnvelopeContext {
    String isaSenderQualifier = "";
    String isaSenderId = "";
    String isaReceiverQualifier = "";
    String isaReceiverId = "";
    String isaDate = "";
    String isaTime = "";
    String isaVersion = "";
    String isa13 = "";
    String isaUsage = "";
    String gs01 = "";
    String gs02 = "";
    String gs03 = "";
    String gs06 = "";
    String gs08 = "";
    String st01 = "";
    String st02 = "";
    String st03 = "";
    int segmentInTransaction;
    int interchangeNumber;
    int groupNumberInInterchange;
    int transactionNumberInGroup;

    EnvelopeContext() {
    }

    /** ISA05 sender id qualifier. */
    public String senderQualifier() { return isaSenderQualifier; }
    /** ISA06 sender id, trimmed. */
    public String senderId() { return isaSenderId; }
    /** ISA07 receiver id qualifier. */
    public String receiverQualifier() { return isaReceiverQualifier; }
    /** ISA08 receiver id, trimmed. */
    public String receiverId() { return isaReceiverId; }
    /** ISA09 interchange date (YYMMDD). */
    public String interchangeDate() { return isaDate; }
    /** ISA10 interchange time (HHMM). */
    public String interchangeTime() { return isaTime; }
    /** ISA12 interchange control version (00501). */
    public String interchangeVersion() { return isaVersion; }
    /** ISA13 interchange control number. */
    public String interchangeControlNumber() { return isa13; }
    /** ISA15 usage indicator (P production, T test). */
    public String usageIndicator() { return isaUsage; }
    /** GS01 functional identifier code (HC, HP, FA, HN). */
    public String functionalId() { return gs01; }
    /** GS02 application sender code. */
    public String groupSender() { return gs02; }
    /** GS03 application receiver code. */
    public String groupReceiver() { return gs03; }
    /** GS06 group control number. */
    public String groupControlNumber() { return gs06; }
    /** GS08 version / release / industry identifier (e.g. 005010X222A1). */
    public String groupVersion() { return gs08; }
    /** ST01 transaction set identifier (837, 835, 999, 277). */
    public String transactionSetId() { return st01; }
    /** ST02 transaction set control number. */
    public String transactionControlNumber() { return st02; }
    /** ST03 implementation convention reference (e.g. 005010X222A1). */
    public String implementationReference() { return st03; }
    /** Position of the current segment counted from ST (ST = 1); 0 outside a transaction set. */
    public int segmentInTransaction() { return segmentInTransaction; }
    /** 1-based number of the current interchange in the input. */
    public int interchangeNumber() { return interchangeNumber; }
    /** 1-based number of the current group in its interchange. */
    public int groupNumber() { return groupNumberInInterchange; }
    /** 1-based number of the current transaction set in its group. */
    public int transactionNumber() { return transactionNumberInGroup; }
}
