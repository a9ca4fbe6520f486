package io.claimgate.x12.ack.read;

import io.claimgate.x12.inbound.TransactionRef;
import java.util.List;
import java.util.Objects;

/**
 * One 999 implementation acknowledgement (005010X231A1): the verdict on one functional group we sent (AK1)
 * and on each of its transaction sets (AK2 loops), closed by AK9.
 *
 * @param envelope                 where this 999 came (ISA13, GS06, ST02 of the 999 itself)
 * @param functionalId             AK101: GS01 of the group acknowledged (e.g. {@code HC})
 * @param groupControlNumber       AK102: GS06 of the group acknowledged
 * @param groupVersion             AK103: GS08 of the group acknowledged, may be empty
 * @param transactions             the AK2 loops, in order
 * @param groupStatus              AK901: {@code A}, {@code E}, {@code P} partially accepted, {@code R}, {@code M},
 *                                 {@code W}, {@code X}; empty when AK9 is missing
 * @param transactionsIncluded     AK902 (-1 when missing or unreadable)
 * @param transactionsReceived     AK903 (-1 when missing or unreadable)
 * @param transactionsAccepted     AK904 (-1 when missing or unreadable)
 * @param groupErrorCodes          AK905..AK909
 */
public record FunctionalAck(TransactionRef envelope, String functionalId, String groupControlNumber,
                            String groupVersion, List<TransactionResponse> transactions, String groupStatus,
                            int transactionsIncluded, int transactionsReceived, int transactionsAccepted,
                            List<String> groupErrorCodes) {
    public FunctionalAck {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(groupVersion, "groupVersion");
        transactions = List.copyOf(transactions);
        Objects.requireNonNull(groupStatus, "groupStatus");
        groupErrorCodes = List.copyOf(groupErrorCodes);
    }

    /** The response for the transaction set with ST02 {@code controlNumber}, or null. */
    public TransactionResponse transaction(String controlNumber) {
        for (TransactionResponse t : transactions) {
            if (t.controlNumber().equals(controlNumber)) {
                return t;
            }
        }
        return null;
    }
}
