package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;

/** Validates one transaction set (ST..SE) against its guide as its segments stream past. */
final class TransactionValidator {
    private final String st01;
    private final String st02;
    private final String st03;
    private final IssueSink sink;
    private final GuideTable guide;
    private final LoopTracker tracker;
    private final ClaimRules claims;
    private final RemittanceRules remittance;
    private final HierarchyRules hierarchy;
    private Position last;

    /** Starts with the ST segment; {@code version} is ST03, or GS08 when ST03 is empty. */
    TransactionValidator(Segment st, String version, int maxIssues) {
        this.st01 = st.element(1);
        this.st02 = st.element(2);
        this.st03 = st.element(3);
        this.sink = new IssueSink(maxIssues);
        this.last = st.position();
        GuideTable g = Guides.forVersion(version);
        if (g == null) {
            sink.add(X12Issue.error(X12Error.IMPLEMENTATION_CONVENTION_NOT_SUPPORTED, st.position(3),
                    "No implementation guide table for " + (version.isEmpty() ? "an empty version" : version), version));
        } else if (!g.transactionSetId().equals(st01)) {
            sink.add(X12Issue.error(X12Error.TRANSACTION_NOT_SUPPORTED, st.position(1),
                    "Guide " + g.version() + " is for transaction set " + g.transactionSetId(), st01));
            g = null;
        }
        this.guide = g;
        this.tracker = g == null ? null : new LoopTracker(g.root(), sink);
        String set = g == null ? "" : g.transactionSetId();
        this.claims = set.equals("837") ? new ClaimRules(sink) : null;
        this.remittance = set.equals("835") ? new RemittanceRules(sink) : null;
        this.hierarchy = g == null ? null : new HierarchyRules(g.root(), sink);
        accept(st);
    }

    /** Adds an issue found by the reader (envelope, syntax), placed in the current loop. */
    void report(X12Issue issue) {
        if (tracker != null && issue.loopId().isEmpty() && issue.error().level() != X12Error.Level.TRANSACTION) {
            issue = issue.in(tracker.currentLoopId(), issue.dataElement());
        }
        sink.add(issue);
    }

    void accept(Segment s) {
        last = s.position();
        if (tracker == null) {
            return;
        }
        LoopTracker.Match m = tracker.accept(s);
        if (m == null) {
            return;
        }
        if (m.segment().usage() != Usage.NOT_USED) {
            SegmentChecker.check(s, m.segment(), m.loopId(), sink);
        }
        hierarchy.accept(s, m);
        if (claims != null) {
            claims.accept(s, m);
        }
        if (remittance != null) {
            remittance.accept(s, m);
        }
        if (s.is("SE")) {
            tracker.finish(s);
        }
    }

    /** Ends the transaction set (after SE, or when its SE is missing). */
    TransactionReport finish(boolean sawSe) {
        if (tracker != null && !sawSe) {
            tracker.finish(last);
        }
        int claimCount = 0;
        if (claims != null) {
            claims.finish();
            claimCount = claims.claimCount();
        }
        if (remittance != null) {
            remittance.finish();
            claimCount = remittance.claimCount();
        }
        return new TransactionReport(st01, st02, st03, sink.issues(), claimCount, sink.count());
    }
}
