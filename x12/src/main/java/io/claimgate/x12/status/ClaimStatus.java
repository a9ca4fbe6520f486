package io.claimgate.x12.status;

import io.claimgate.x12.inbound.DateRange;
import io.claimgate.x12.inbound.Party;
import io.claimgate.x12.syntax.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The status of one claim in a 277CA (loop 2200D, under the patient HL 2000D).
 *
 * @param provider                 the billing provider of the enclosing 2000C loop (NM1*85), null when absent
 * @param patient                  NM1*QC (2100D), null when absent
 * @param patientControlNumber     TRN02: the CLM01 of the 837 claim
 * @param payerClaimControlNumber  REF*1K, may be empty
 * @param clearinghouseTraceNumber REF*D9, may be empty
 * @param billType                 REF*BLT institutional type of bill, may be empty
 * @param billedAmount             STC04 of the first STC (the total claim charge), null when absent
 * @param serviceDates             DTP*472 claim service dates
 * @param statuses                 every STC of the claim
 * @param lines                    the 2220D service line statuses
 * @param position                 the claim's TRN segment (or its HL when TRN is missing)
 */
public record ClaimStatus(Party provider, Party patient, String patientControlNumber, String payerClaimControlNumber,
                          String clearinghouseTraceNumber, String billType, BigDecimal billedAmount,
                          DateRange serviceDates, List<Status> statuses, List<LineStatus> lines, Position position) {
    public ClaimStatus {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(payerClaimControlNumber, "payerClaimControlNumber");
        Objects.requireNonNull(clearinghouseTraceNumber, "clearinghouseTraceNumber");
        Objects.requireNonNull(billType, "billType");
        Objects.requireNonNull(serviceDates, "serviceDates");
        statuses = List.copyOf(statuses);
        lines = List.copyOf(lines);
        Objects.requireNonNull(position, "position");
    }

    /** True when any claim-level STC is a rejection category (A3, A4, A6, A7, A8). */
    public boolean rejected() {
        for (Status s : statuses) {
            if (s.rejected()) {
                return true;
            }
        }
        return false;
    }
}
