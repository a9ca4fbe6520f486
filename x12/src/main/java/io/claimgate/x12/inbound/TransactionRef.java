package io.claimgate.x12.inbound;

import io.claimgate.x12.syntax.EnvelopeContext;
import io.claimgate.x12.syntax.Position;
import java.util.Objects;

/**
 * The envelope of one inbound transaction set: which interchange (ISA13), functional group (GS06, GS08) and
 * transaction set (ST01, ST02, ST03) it came in, and where its ST is in the input.
 *
 * @param interchangeControlNumber ISA13
 * @param senderId                 ISA06, trimmed (the payer or clearinghouse that sent the file)
 * @param receiverId               ISA08, trimmed
 * @param groupControlNumber       GS06
 * @param groupVersion             GS08 (e.g. {@code 005010X221A1})
 * @param transactionSetId         ST01 ({@code 835}, {@code 277}, {@code 999})
 * @param controlNumber            ST02
 * @param implementationReference  ST03 (may be empty)
 * @param position                 the ST segment
 */
public record TransactionRef(String interchangeControlNumber, String senderId, String receiverId,
                             String groupControlNumber, String groupVersion, String transactionSetId,
                             String controlNumber, String implementationReference, Position position) {
    public TransactionRef {
        interchangeControlNumber = Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        senderId = Objects.requireNonNull(senderId, "senderId");
        receiverId = Objects.requireNonNull(receiverId, "receiverId");
        groupControlNumber = Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        groupVersion = Objects.requireNonNull(groupVersion, "groupVersion");
        transactionSetId = Objects.requireNonNull(transactionSetId, "transactionSetId");
        controlNumber = Objects.requireNonNull(controlNumber, "controlNumber");
        implementationReference = Objects.requireNonNull(implementationReference, "implementationReference");
        Objects.requireNonNull(position, "position");
    }

    /** The envelope of the transaction set whose ST is {@code st}. */
    public static TransactionRef of(EnvelopeContext ctx, Position st) {
        return new TransactionRef(ctx.interchangeControlNumber(), ctx.senderId(), ctx.receiverId(),
                ctx.groupControlNumber(), ctx.groupVersion(), ctx.transactionSetId(), ctx.transactionControlNumber(),
                ctx.implementationReference(), st);
    }
}
