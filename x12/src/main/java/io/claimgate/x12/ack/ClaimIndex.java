package io.claimgate.x12.ack;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Reader;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ClaimLocator} for 837s, built by reading the validated file a second time: for every transaction set it
 * keeps where each claim (CLM) starts and where each hierarchical level (HL) ends the claim before it, so that an
 * error at segment {@code n} is placed in the claim whose CLM is the last one before it in the same HL. Memory grows
 * with the number of claims (one position and one CLM01 each), not with the size of the file.
 *
 * <p>The k-th ST read is matched with the k-th transaction report of the {@link FileReport} (in interchange, group,
 * transaction order); a transaction whose ST02 does not match gets no business unit context rather than a wrong one.
 */
public final class ClaimIndex implements ClaimLocator {
    /** Claim boundaries of one transaction set: segment positions (ST = 1), and CLM01 or null for an HL. */
    private record Boundaries(int[] positions, String[] claims) {
    }

    private final Map<TransactionReport, Boundaries> byTransaction;

    private ClaimIndex(Map<TransactionReport, Boundaries> byTransaction) {
        this.byTransaction = byTransaction;
    }

    /** Reads {@code in} (the file {@code report} was made from) and closes it. */
    public static ClaimIndex read(InputStream in, FileReport report) {
        List<TransactionReport> transactions = new ArrayList<>();
        for (InterchangeReport ir : report.interchanges()) {
            for (GroupReport g : ir.groups()) {
                transactions.addAll(g.transactions());
            }
        }
        Map<TransactionReport, Boundaries> out = new IdentityHashMap<>();
        try (X12Reader reader = X12Reader.of(in)) {
            int k = -1;
            TransactionReport current = null;
            List<Integer> positions = new ArrayList<>();
            List<String> claims = new ArrayList<>();
            while (reader.next()) {
                Segment s = reader.segment();
                if (s.is("ST")) {
                    close(out, current, positions, claims);
                    k++;
                    current = k < transactions.size() && transactions.get(k).controlNumber().equals(s.element(2))
                            && s.element(1).equals("837") ? transactions.get(k) : null;
                } else if (current != null && (s.is("HL") || s.is("CLM"))) {
                    positions.add(s.positionInTransaction());
                    claims.add(s.is("CLM") ? s.element(1) : null);
                } else if (s.is("SE")) {
                    close(out, current, positions, claims);
                    current = null;
                }
            }
            close(out, current, positions, claims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClaimIndex(out);
    }

    private static void close(Map<TransactionReport, Boundaries> out, TransactionReport t, List<Integer> positions,
                              List<String> claims) {
        if (t != null && !positions.isEmpty()) {
            out.put(t, new Boundaries(positions.stream().mapToInt(Integer::intValue).toArray(), claims.toArray(String[]::new)));
        }
        positions.clear();
        claims.clear();
    }

    @Override
    public Optional<String> patientControlNumber(TransactionReport transaction, int segmentInTransaction) {
        Boundaries b = byTransaction.get(transaction);
        if (b == null) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(b.positions(), segmentInTransaction);
        int last = i >= 0 ? i : -i - 2;
        if (last < 0 || b.claims()[last] == null || b.claims()[last].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(b.claims()[last]);
    }
}
