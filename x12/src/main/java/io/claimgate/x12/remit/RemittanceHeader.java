package io.claimgate.x12.remit;

import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.inbound.TransactionRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The header of one 835 (005010X221A1) transaction set: the payment and who pays whom.
 *
 * @param envelope            ISA13 / GS06 / ST02 of the 835
 * @param payment             BPR
 * @param traceType           TRN01 ({@code 1} current transaction trace numbers)
 * @param traceNumber         TRN02 check or EFT trace number: reassociates the 835 with the bank deposit
 * @param traceOriginator     TRN03 payer identifier (1 + tax id)
 * @param productionDate      DTM*405, null when absent or unreadable
 * @param payer               N1*PR (loop 1000A), null when absent
 * @param payee               N1*PE (loop 1000B), null when absent
 * @param references          header REF segments (e.g. {@code EV} receiver id, {@code 2U} payer id, {@code TJ} payee tax id)
 */
public record RemittanceHeader(TransactionRef envelope, Payment payment, String traceType, String traceNumber,
                               String traceOriginator, LocalDate productionDate, Party payer, Party payee,
                               List<Reference> references) {
    public RemittanceHeader {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(traceType, "traceType");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(traceOriginator, "traceOriginator");
        references = List.copyOf(references);
    }
}
