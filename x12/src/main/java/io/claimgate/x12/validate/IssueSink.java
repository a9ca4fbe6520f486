package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.X12Issue;
import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one report, keeping at most {@code cap} of them and counting all. */
final class IssueSink {
    private final int cap;
    private final List<X12Issue> kept = new ArrayList<>();
    private long count;
    private boolean errors;

    IssueSink(int cap) {
        this.cap = cap;
    }

    void add(X12Issue issue) {
        count++;
        if (issue.isError()) {
            errors = true;
        }
        if (kept.size() < cap) {
            kept.add(issue);
        } else if (issue.isError() && !keptError()) {
            // Never let the cap hide the only error: the verdict must stay visible in the kept list.
            kept.set(kept.size() - 1, issue);
        }
    }

    private boolean keptError() {
        for (X12Issue i : kept) {
            if (i.isError()) {
                return true;
            }
        }
        return false;
    }

    List<X12Issue> issues() {
        return kept;
    }

    long count() {
        return count;
    }

    boolean hasErrors() {
        return errors;
    }
}
