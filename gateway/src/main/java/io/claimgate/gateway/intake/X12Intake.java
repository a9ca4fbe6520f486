package io.claimgate.gateway.intake;

import io.claimgate.gateway.ops.LogFields;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchEntry;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.BatchStore;
import io.claimgate.gateway.store.ClaimContent;
import io.claimgate.gateway.store.ClaimSource;
import io.claimgate.gateway.store.ControlNumberStore;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.gateway.store.Sha256;
import io.claimgate.x12.ack.AckOptions;
import io.claimgate.x12.ack.AckSummary;
import io.claimgate.x12.ack.FunctionalAckWriter;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimJsonWriter;
import io.claimgate.x12.claim.read.Claim837Reader;
import io.claimgate.x12.claim.read.ClaimEnvelope;
import io.claimgate.x12.claim.read.ReadClaim;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import io.claimgate.x12.syntax.X12Issue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Intake of a raw 837 file: validated ({@link X12Validator}, WEDI SNIP 1-2 and the 837 rules), answered with
 * a 999 ({@link FunctionalAckWriter}; ISA13 and GS06 from the store's sequences, never reused), and the
 * claims of each accepted transaction set read ({@link Claim837Reader}) and stored as a batch with their
 * ISA13/GS06/ST02: each claim as claim JSON written from the 837 ({@link ClaimJsonWriter}, the shape the JSON
 * routes take), its first history event naming the file's SHA-256 and the claim's ISA13, GS06, ST02 and
 * position. The batch id is in the log MDC while its claims are stored. A transaction set is accepted when its IK5 is A or E and neither its group nor its
 * interchange has an error (a TA1 R or an AK9 R rejects what they hold); claims of the rest are not stored.
 */
public final class X12Intake {
    private static final Logger LOG = LoggerFactory.getLogger(X12Intake.class);

    private final BatchStore batches;
    private final ControlNumberStore controlNumbers;
    private final Clock clock;
    private final int claimsPerTransaction;

    public X12Intake(BatchStore batches, ControlNumberStore controlNumbers, Clock clock, int claimsPerTransaction) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.claimsPerTransaction = claimsPerTransaction;
    }

    /**
     * What became of a file: {@code notX12} (nothing else done), the 999 (and TA1) bytes, what the ack
     * writer wrote, and the batch holding the claims of the accepted transaction sets with their results
     * (null when no transaction set was accepted).
     */
    public record Received(boolean notX12, byte[] acknowledgment, AckSummary ack, Batch batch, List<BatchResult> results,
                           int acceptedTransactions, int rejectedTransactions) {
        public Received {
            results = List.copyOf(results);
        }
    }

    public Received receive(String submitterId, byte[] file, String cause) {
        FileReport report = new X12Validator().validate(new ByteArrayInputStream(file));
        if (report.notX12()) {
            return new Received(true, new byte[0], null, null, List.of(), 0, 0);
        }
        int n = Math.max(1, report.interchanges().size());
        long isa13 = controlNumbers.allocate(ControlNumberStore.ACK_INTERCHANGE, n);
        long gs06 = controlNumbers.allocate(ControlNumberStore.ACK_GROUP, n);
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        AckSummary summary = new FunctionalAckWriter().write(report,
                AckOptions.of(isa13, gs06, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        AckOptions.UsageIndicator.AS_ACKNOWLEDGED), ack);

        Set<String> accepted = new HashSet<>();
        int rejected = 0;
        int k = 0;
        for (InterchangeReport ir : report.interchanges()) {
            k++;
            boolean interchangeOk = ir.issues().stream().noneMatch(X12Issue::isError);
            for (GroupReport g : ir.groups()) {
                boolean groupOk = interchangeOk && g.issues().stream().noneMatch(X12Issue::isError);
                for (TransactionReport t : g.transactions()) {
                    if (groupOk && t.accepted() && "837".equals(t.transactionSetId())) {
                        accepted.add(key(k, g.controlNumber(), t.controlNumber()));
                    } else {
                        rejected++;
                    }
                }
            }
        }
        if (accepted.isEmpty()) {
            return new Received(false, ack.toByteArray(), summary, null, List.of(), 0, rejected);
        }
        Batch batch = batches.create(submitterId, "X12");
        String fileSha256 = Sha256.hex(file);
        // Every line logged while this file's claims are stored names its batch.
        MDC.put(LogFields.BATCH_ID, batch.id());
        try {
            LOG.info("batch {} receiving 837 submitter={} transactions accepted={} rejected={}", batch.id(), submitterId,
                    accepted.size(), rejected);
            return store(submitterId, file, fileSha256, cause, batch, accepted, rejected, ack.toByteArray(), summary);
        } finally {
            MDC.remove(LogFields.BATCH_ID);
        }
    }

    private Received store(String submitterId, byte[] file, String fileSha256, String cause, Batch batch,
                           Set<String> accepted, int rejected, byte[] ack, AckSummary summary) {
        List<BatchResult> results = new ArrayList<>();
        List<BatchEntry> chunk = new ArrayList<>();
        int[] index = {0};
        try {
            Claim837Reader.read(new ByteArrayInputStream(file), read -> {
                ClaimEnvelope e = read.envelope();
                if (!accepted.contains(key(e.interchangeNumber(), e.groupControlNumber(), e.transactionControlNumber()))) {
                    return;
                }
                String claimCause = cause + " batch " + batch.id();
                chunk.add(new BatchEntry.Valid(index[0]++, newClaim(submitterId, read, claimCause, fileSha256)));
                if (chunk.size() >= claimsPerTransaction) {
                    results.addAll(batches.store(batch, List.copyOf(chunk)));
                    chunk.clear();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.addAll(batches.store(batch, chunk));
        Batch done = batches.finish(batch, Batch.Status.COMPLETE);
        return new Received(false, ack, summary, done, results, accepted.size(), rejected);
    }

    private static String key(int interchange, String gs06, String st02) {
        return interchange + "/" + gs06 + "/" + st02;
    }

    private static NewClaim newClaim(String submitterId, ReadClaim read, String cause, String fileSha256) {
        Claim claim = read.claim();
        ClaimInformation info = claim.claimInformation();
        // What was received is the 837: the claim is kept in the JSON shape the JSON routes take, written from it.
        byte[] body = ClaimJsonWriter.bytes(claim);
        ClaimEnvelope e = read.envelope();
        BigDecimal charge = Objects.requireNonNullElse(info == null ? null : info.claimChargeAmount(), BigDecimal.ZERO);
        return new NewClaim(submitterId, claim.kind(), text(info == null ? null : info.patientControlNumber()),
                text(info == null ? null : info.claimFrequencyCode()), text(claim.tradingPartnerServiceId()),
                charge.setScale(Math.min(2, Math.max(0, charge.scale())), java.math.RoundingMode.HALF_UP), ClaimContent.sha256(body),
                body, cause + " ISA13 " + e.interchangeControlNumber() + " GS06 " + e.groupControlNumber() + " ST02 "
                        + e.transactionControlNumber() + " CLM " + e.claimNumberInTransaction() + " segment "
                        + e.claimSegmentIndex() + " file sha256 " + fileSha256,
                new ClaimSource(null, e.interchangeControlNumber(), e.groupControlNumber(), e.transactionControlNumber()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
