package io.claimgate.x12.status;

import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.inbound.TransactionRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The top of one 277CA (005010X214), handed out before its providers and claims: who reports (2000A information
 * source) and to whom (2000B information receiver, whose TRN02 echoes the 837's BHT03), with the receiver's batch
 * level statuses and totals. A transaction set that repeats 2000A or 2000B gives one header per receiver.
 *
 * @param envelope          ISA13 / GS06 / ST02 of the 277CA
 * @param reference         BHT03 originator application transaction identifier
 * @param created           BHT04 creation date, null when absent or unreadable
 * @param informationSource NM1*PR (2100A), null when absent
 * @param receivedDate      DTP*050 (2200A) date the claims were received, null when absent
 * @param processedDate     DTP*009 (2200A) date they were processed, null when absent
 * @param receiver          NM1*41 (2100B), null when absent
 * @param receiverTrace     TRN02 of 2200B: the BHT03 of the 837 acknowledged, may be empty
 * @param receiverStatuses  STC of 2200B (batch level)
 * @param acceptedQuantity  QTY*90 (2200B) number of claims accepted, null when absent
 * @param rejectedQuantity  QTY*AA (2200B) number of claims rejected, null when absent
 * @param acceptedAmount    AMT*YU (2200B) total accepted charges, null when absent
 * @param rejectedAmount    AMT*YY (2200B) total rejected charges, null when absent
 */
public record ClaimAcknowledgementHeader(TransactionRef envelope, String reference, LocalDate created,
                                         Party informationSource, LocalDate receivedDate, LocalDate processedDate,
                                         Party receiver, String receiverTrace, List<Status> receiverStatuses,
                                         BigDecimal acceptedQuantity, BigDecimal rejectedQuantity,
                                         BigDecimal acceptedAmount, BigDecimal rejectedAmount) {
    public ClaimAcknowledgementHeader {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receiverTrace, "receiverTrace");
        receiverStatuses = List.copyOf(receiverStatuses);
    }
}
