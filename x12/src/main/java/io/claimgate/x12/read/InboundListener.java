package io.claimgate.x12.read;

import io.claimgate.x12.ack.read.FunctionalAck;
import io.claimgate.x12.ack.read.Ta1Ack;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.remit.RemittanceListener;
import io.claimgate.x12.status.ClaimAcknowledgementListener;
import io.claimgate.x12.syntax.X12Issue;

/**
 * Receives what {@link InboundReader} reads, in file order. The 835 and the 277CA arrive a claim at a time (see
 * {@link RemittanceListener} and {@link ClaimAcknowledgementListener}); TA1 and 999 arrive one record per segment
 * or transaction set. Every method has an empty default.
 */
public interface InboundListener extends RemittanceListener, ClaimAcknowledgementListener {
    /** A TA1 interchange acknowledgement. */
    default void ta1(Ta1Ack ack) {
    }

    /** A 999 functional acknowledgement (one transaction set). */
    default void functionalAck(FunctionalAck ack) {
    }

    /** A transaction set that is none of 835, 277 and 999 (it is skipped). */
    default void skipped(TransactionRef transaction) {
    }

    /** An issue: an envelope or syntax problem of the reader, something a parser could not read, or a balancing mismatch. */
    default void issue(X12Issue issue) {
    }
}
