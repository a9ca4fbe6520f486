package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.EnvelopeContext;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an X12 file against the implementation guides of {@link Guides} (WEDI SNIP levels 1 and 2, and
 * the 837 checks of levels 3 and 4 in {@code ClaimRules}). It streams: memory holds the current
 * transaction set's issues (capped, with a count) and one small report per transaction set, whatever the
 * size of the file.
 *
 * <p>The guide is picked per transaction set from ST03 (GS08 when ST03 is empty); a version without a table
 * is reported as IK502 I6, implementation convention not supported. Envelope problems found by the
 * {@link X12Reader} go to the interchange, group or transaction report they concern.
 *
 * <p>An interchange may hold TA1 interchange acknowledgments instead of (or before) functional groups; each
 * TA1 is checked ({@code InterchangeAckCheck}) and its problems go to the interchange report. A TA1-only
 * interchange whose envelope and TA1s are sound is accepted; IEA01 counts its groups, so it is 0 there.
 */
public final class X12Validator {
    /** Issues kept per transaction set unless told otherwise. */
    public static final int DEFAULT_MAX_ISSUES = 1000;

    private final int maxIssuesPerTransaction;

    public X12Validator() {
        this(DEFAULT_MAX_ISSUES);
    }

    /** A validator keeping at most {@code maxIssuesPerTransaction} issues per transaction set (all are counted). */
    public X12Validator(int maxIssuesPerTransaction) {
        if (maxIssuesPerTransaction < 1) {
            throw new IllegalArgumentException("maxIssuesPerTransaction must be at least 1");
        }
        this.maxIssuesPerTransaction = maxIssuesPerTransaction;
    }

    /** Reads and validates all of {@code in} (and closes it). Throws only for I/O failures. */
    public FileReport validate(InputStream in) {
        List<X12Issue> pending = new ArrayList<>();
        Run run = new Run();
        try (X12Reader reader = X12Reader.of(in, pending::add)) {
            while (reader.next()) {
                Segment s = reader.segment();
                EnvelopeContext ctx = reader.context();
                List<X12Issue> mine = new ArrayList<>();
                for (X12Issue i : pending) {
                    if (i.position().segmentIndex() == s.index() && i.position().segmentIndex() != 0) {
                        mine.add(inTransaction(i, s));
                    } else {
                        run.route(i);
                    }
                }
                pending.clear();
                switch (s.id()) {
                    case "ISA" -> {
                        run.closeInterchange();
                        run.interchange = new InterchangeBuilder(ctx);
                        mine.forEach(run::route);
                    }
                    case "GS" -> {
                        run.closeGroup();
                        run.group = new GroupBuilder(ctx.functionalId(), ctx.groupControlNumber(), ctx.groupVersion());
                        mine.forEach(run::route);
                    }
                    case "ST" -> {
                        run.closeTransaction(false);
                        String version = ctx.implementationReference().isEmpty() ? ctx.groupVersion() : ctx.implementationReference();
                        run.transaction = new TransactionValidator(s, version, maxIssuesPerTransaction);
                        mine.forEach(run::route);
                    }
                    case "SE" -> {
                        mine.forEach(run::route);
                        if (run.transaction != null) {
                            run.transaction.accept(s);
                            run.closeTransaction(true);
                        }
                    }
                    case "GE" -> {
                        mine.forEach(run::route);
                        run.closeGroup();
                    }
                    case "TA1" -> {
                        mine.forEach(run::route);
                        if (run.transaction == null) {
                            InterchangeAckCheck.check(s, run::route);
                        } else {
                            run.transaction.accept(s);
                        }
                    }
                    case "IEA" -> {
                        mine.forEach(run::route);
                        run.closeInterchange();
                    }
                    default -> {
                        mine.forEach(run::route);
                        if (run.transaction != null) {
                            run.transaction.accept(s);
                        }
                    }
                }
            }
            pending.forEach(run::route);
            pending.clear();
            run.closeInterchange();
            return new FileReport(reader.notX12(), run.fileIssues, run.interchanges);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader may report a segment before it has counted it in its transaction set: add that count. */
    private static X12Issue inTransaction(X12Issue i, Segment s) {
        Position p = i.position();
        if (p.segmentInTransaction() != 0 || s.positionInTransaction() == 0) {
            return i;
        }
        Position fixed = new Position(p.segmentIndex(), s.positionInTransaction(), p.segmentId(), p.element(), p.component(),
                p.repetition(), p.byteOffset());
        return new X12Issue(i.error(), i.severity(), fixed, i.message(), i.badValue(), i.loopId(), i.dataElement());
    }

    private final class Run {
        final List<X12Issue> fileIssues = new ArrayList<>();
        final List<InterchangeReport> interchanges = new ArrayList<>();
        InterchangeBuilder interchange;
        GroupBuilder group;
        TransactionValidator transaction;

        void route(X12Issue i) {
            X12Error.Level level = i.error().level();
            boolean transactionLevel = level != X12Error.Level.FILE && level != X12Error.Level.INTERCHANGE
                    && level != X12Error.Level.GROUP;
            if (transactionLevel && transaction != null) {
                transaction.report(i);
            } else if ((transactionLevel || level == X12Error.Level.GROUP) && group != null) {
                group.issues.add(i);
            } else if (level != X12Error.Level.FILE && interchange != null) {
                interchange.issues.add(i);
            } else {
                fileIssues.add(i);
            }
        }

        void closeTransaction(boolean sawSe) {
            if (transaction != null) {
                TransactionReport r = transaction.finish(sawSe);
                if (group != null) {
                    group.transactions.add(r);
                } else {
                    orphans().transactions.add(r);
                }
                transaction = null;
            }
        }

        /** A transaction set outside any group still needs a report to live in. */
        private GroupBuilder orphans() {
            group = new GroupBuilder("", "", "");
            return group;
        }

        void closeGroup() {
            closeTransaction(false);
            if (group != null) {
                if (interchange == null) {
                    interchange = new InterchangeBuilder(null);
                }
                interchange.groups.add(group.build());
                group = null;
            }
        }

        void closeInterchange() {
            closeGroup();
            if (interchange != null) {
                interchanges.add(interchange.build());
                interchange = null;
            }
        }
    }

    private static final class InterchangeBuilder {
        final String control;
        final String senderQualifier;
        final String sender;
        final String receiverQualifier;
        final String receiver;
        final String date;
        final String time;
        final String usage;
        final List<X12Issue> issues = new ArrayList<>();
        final List<GroupReport> groups = new ArrayList<>();

        InterchangeBuilder(EnvelopeContext c) {
            control = c == null ? "" : c.interchangeControlNumber();
            senderQualifier = c == null ? "" : c.senderQualifier();
            sender = c == null ? "" : c.senderId();
            receiverQualifier = c == null ? "" : c.receiverQualifier();
            receiver = c == null ? "" : c.receiverId();
            date = c == null ? "" : c.interchangeDate();
            time = c == null ? "" : c.interchangeTime();
            usage = c == null ? "" : c.usageIndicator();
        }

        InterchangeReport build() {
            return new InterchangeReport(control, senderQualifier, sender, receiverQualifier, receiver, date, time, usage, issues, groups);
        }
    }

    private static final class GroupBuilder {
        final String functionalId;
        final String control;
        final String version;
        final List<X12Issue> issues = new ArrayList<>();
        final List<TransactionReport> transactions = new ArrayList<>();

        GroupBuilder(String functionalId, String control, String version) {
            this.functionalId = functionalId;
            this.control = control;
            this.version = version;
        }

        GroupReport build() {
            return new GroupReport(functionalId, control, version, issues, transactions);
        }
    }
}
