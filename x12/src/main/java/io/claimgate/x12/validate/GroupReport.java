package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * What validation found in one functional group (GS..GE): the source of one AK1..AK9 of a 999.
 *
 * @param functionalId   GS01
 * @param controlNumber  GS06
 * @param version        GS08
 * @param issues         group-level issues (GE count or control number)
 * @param transactions   one report per ST in the group
 */
public record GroupReport(String functionalId, String controlNumber, String version, List<X12Issue> issues,
                          List<TransactionReport> transactions) {
    public GroupReport {
        issues = List.copyOf(issues);
        transactions = List.copyOf(transactions);
    }

    /** Transaction sets accepted (AK904). */
    public long acceptedCount() {
        return transactions.stream().filter(TransactionReport::accepted).count();
    }
}
