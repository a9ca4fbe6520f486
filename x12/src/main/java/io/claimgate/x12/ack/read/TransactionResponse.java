package io.claimgate.x12.ack.read;

import io.claimgate.x12.syntax.Position;
import java.util.List;
import java.util.Objects;

/**
 * One AK2 loop (2000) of a 999: the verdict on one transaction set we sent, with its segment errors.
 *
 * @param transactionSetId        AK201 (e.g. {@code 837})
 * @param controlNumber           AK202: the ST02 of the transaction set acknowledged
 * @param implementationReference AK203: its ST03, may be empty
 * @param segmentErrors           the IK3 loops
 * @param status                  IK501: {@code A} accepted, {@code E} accepted with errors, {@code M} rejected
 *                                (message authentication), {@code R} rejected, {@code W} rejected (assurance),
 *                                {@code X} rejected (content could not be analysed); empty when IK5 is missing
 * @param errorCodes              IK502..IK506 implementation transaction set syntax error codes
 * @param position                the AK2 segment
 */
public record TransactionResponse(String transactionSetId, String controlNumber, String implementationReference,
                                  List<SegmentError> segmentErrors, String status, List<String> errorCodes,
                                  Position position) {
    public TransactionResponse {
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
        segmentErrors = List.copyOf(segmentErrors);
        Objects.requireNonNull(status, "status");
        errorCodes = List.copyOf(errorCodes);
        Objects.requireNonNull(position, "position");
    }

    /** True when the transaction set was accepted (IK501 = A or E): its claims go on to the payer. */
    public boolean accepted() {
        return status.equals("A") || status.equals("E");
    }
}
