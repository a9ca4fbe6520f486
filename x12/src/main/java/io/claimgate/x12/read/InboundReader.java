package io.claimgate.x12.read;

import io.claimgate.x12.ack.read.FunctionalAckParser;
import io.claimgate.x12.ack.read.Ta1Parser;
import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.TransactionParser;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.remit.RemittanceParser;
import io.claimgate.x12.status.ClaimAcknowledgementParser;
import io.claimgate.x12.syntax.EnvelopeContext;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads what payers send back (TA1, 999, 277CA, 835) from one input, streaming over {@link X12Reader}: the
 * delimiters come from each ISA, a file may hold several interchanges, groups and transaction sets of any of
 * these types, and memory stays constant (an 835 and a 277CA are handed out a claim at a time).
 *
 * <p>Nothing is thrown for bad content: envelope problems, values that cannot be read and 835 balancing
 * mismatches all go to {@link InboundListener#issue}, positioned. Only I/O failures throw.
 *
 * <pre>{@code
 * InboundResult r = InboundReader.read(in, new InboundListener() {
 *     public void claim(RemittanceHeader h, ClaimPayment c) { post(c); }
 * });
 * }</pre>
 */
public final class InboundReader {
    private InboundReader() {
    }

    /** Reads a file. */
    public static InboundResult read(Path file, InboundListener listener) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, listener);
        }
    }

    /**
     * Reads {@code in} to its end (it is not closed), handing everything to {@code listener}.
     *
     * @throws UncheckedIOException when reading fails
     */
    public static InboundResult read(InputStream in, InboundListener listener) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(listener, "listener");
        Counter counter = new Counter(listener);
        X12Reader reader = X12Reader.of(in, counter::issue);
        ElementReader values = new ElementReader(counter::issue);
        TransactionParser open = null;
        int interchanges = 0;
        int ta1s = 0;
        int transactions = 0;
        while (reader.next()) {
            Segment s = reader.segment();
            if (open != null && !s.mayBeEnvelope()) { // most segments: straight to the open transaction set
                open.segment(s);
                continue;
            }
            switch (s.idCode()) {
                case ISA -> {
                    open = close(open, null);
                    interchanges++;
                }
                case ST -> {
                    open = close(open, null);
                    transactions++;
                    open = parser(s, reader.context(), values, listener);
                }
                case SE -> open = close(open, s);
                case GS, GE, IEA -> open = close(open, null);
                case TA1 -> {
                    open = close(open, null);
                    ta1s++;
                    listener.ta1(Ta1Parser.read(s, reader.context(), values));
                }
                default -> {
                    if (open != null) {
                        open.segment(s);
                    }
                    // a segment outside any transaction set was reported by the reader
                }
            }
        }
        close(open, null);
        return new InboundResult(reader.notX12(), interchanges, ta1s, transactions, counter.count, counter.errors);
    }

    // segment ids as Segment.idCode() gives them
    private static final int ISA = 'I' << 16 | 'S' << 8 | 'A';
    private static final int IEA = 'I' << 16 | 'E' << 8 | 'A';
    private static final int GS = 'G' << 16 | 'S' << 8;
    private static final int GE = 'G' << 16 | 'E' << 8;
    private static final int ST = 'S' << 16 | 'T' << 8;
    private static final int SE = 'S' << 16 | 'E' << 8;
    private static final int TA1 = 'T' << 16 | 'A' << 8 | '1';

    private static TransactionParser close(TransactionParser open, Segment se) {
        if (open != null) {
            open.end(se);
        }
        return null;
    }

    private static TransactionParser parser(Segment st, EnvelopeContext ctx, ElementReader values, InboundListener listener) {
        TransactionRef ref = TransactionRef.of(ctx, st.position());
        String version = ctx.groupVersion();
        if (version != null && !version.isEmpty() && !version.startsWith("00501")) {
            // payers still send 004010 (X091A1) 835s; their layout is close enough to read, but what changed
            // in 005010 (codes, segments, balancing rules) is read by the 005010 rules, so say so once per set
            values.report(X12Issue.warning(X12Error.GROUP_VERSION_NOT_SUPPORTED, st.position(),
                    "GS08 " + version + " is not a 005010 guide: transaction set " + st.element(1)
                            + " is read with the 005010 layout; segments and codes of other versions may be reported"
                            + " as unexpected and are not checked against their own guide"));
        }
        switch (st.element(1)) {
            case "835":
                return new RemittanceParser(ref, values, listener);
            case "277":
                return new ClaimAcknowledgementParser(ref, values, listener);
            case "999":
                return new FunctionalAckParser(ref, values, listener::functionalAck);
            default:
                values.report(X12Issue.warning(X12Error.TRANSACTION_NOT_SUPPORTED, st.position(1),
                        "Transaction set " + st.element(1) + " is not an inbound type (835, 277, 999); skipped"));
                listener.skipped(ref);
                return null;
        }
    }

    /** Counts issues on their way to the listener. */
    private static final class Counter {
        private final InboundListener listener;
        long count;
        boolean errors;

        Counter(InboundListener listener) {
            this.listener = listener;
        }

        void issue(X12Issue issue) {
            count++;
            errors |= issue.isError();
            listener.issue(issue);
        }
    }
}
