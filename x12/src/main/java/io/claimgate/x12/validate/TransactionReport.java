package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * What validation found in one transaction set (ST..SE): the source of one AK2/IK5 of a 999.
 *
 * @param transactionSetId ST01 (837)
 * @param controlNumber    ST02
 * @param reference        ST03 implementation convention reference (005010X222A1)
 * @param issues           every issue inside it, in file order, up to the validator's cap; segment issues carry
 *                         the loop id (IK303), element issues the data element number (IK402)
 * @param claimCount       number of claims in it: CLM segments of an 837, CLP segments of an 835; 0 otherwise
 * @param issueCount       number of issues found, counting those beyond the cap that {@code issues} does not hold
 */
public record TransactionReport(String transactionSetId, String controlNumber, String reference, List<X12Issue> issues,
                                int claimCount, long issueCount) {
    public TransactionReport {
        issues = List.copyOf(issues);
        if (issueCount < issues.size()) {
            throw new IllegalArgumentException("issueCount " + issueCount + " is less than the issues kept");
        }
    }

    /** A report holding every issue found (none left out by a cap). */
    public TransactionReport(String transactionSetId, String controlNumber, String reference, List<X12Issue> issues,
                             int claimCount) {
        this(transactionSetId, controlNumber, reference, issues, claimCount, issues.size());
    }

    /** True when no issue of severity ERROR was found: IK501 = A (or E when there are only warnings). */
    public boolean accepted() {
        return issues.stream().noneMatch(X12Issue::isError);
    }

    /** True when the cap left issues out of {@link #issues()}. */
    public boolean truncated() {
        return issueCount > issues.size();
    }
}
