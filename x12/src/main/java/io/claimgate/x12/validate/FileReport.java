package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * Everything validation found in one X12 file.
 *
 * @param notX12       true when the input is not X12 at all (no readable ISA)
 * @param fileIssues   issues outside any interchange (not X12, garbage between interchanges)
 * @param interchanges one report per ISA
 */
public record FileReport(boolean notX12, List<X12Issue> fileIssues, List<InterchangeReport> interchanges) {
    public FileReport {
        fileIssues = List.copyOf(fileIssues);
        interchanges = List.copyOf(interchanges);
    }

    /** True when the file is X12 and no issue of severity ERROR was found anywhere in it. */
    public boolean accepted() {
        if (notX12 || fileIssues.stream().anyMatch(X12Issue::isError)) {
            return false;
        }
        for (InterchangeReport i : interchanges) {
            if (i.issues().stream().anyMatch(X12Issue::isError)) {
                return false;
            }
            for (GroupReport g : i.groups()) {
                if (g.issues().stream().anyMatch(X12Issue::isError)) {
                    return false;
                }
                for (TransactionReport t : g.transactions()) {
                    if (!t.accepted()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
