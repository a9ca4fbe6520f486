package io.claimgate.x12.read;

import io.claimgate.x12.ack.read.FunctionalAck;
import io.claimgate.x12.ack.read.Ta1Ack;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.ProviderAdjustment;
import io.claimgate.x12.remit.Remittance;
import io.claimgate.x12.remit.RemittanceHeader;
import io.claimgate.x12.remit.RemittanceSummary;
import io.claimgate.x12.status.ClaimAcknowledgement;
import io.claimgate.x12.status.ClaimAcknowledgementHeader;
import io.claimgate.x12.status.ClaimAcknowledgementListener;
import io.claimgate.x12.status.ClaimAcknowledgementSummary;
import io.claimgate.x12.status.ClaimStatus;
import io.claimgate.x12.status.ProviderStatus;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from one small inbound file, in memory (for tests and small files; stream large ones with
 * {@link InboundReader} and an {@link InboundListener}).
 *
 * @param result                 counts and the not-X12 verdict
 * @param ta1s                   TA1 acknowledgements
 * @param functionalAcks         999 transaction sets
 * @param claimAcknowledgements  277CA transaction sets (one per information receiver, usually one per set)
 * @param remittances            835 transaction sets
 * @param issues                 every issue, in the order reported
 */
public record InboundFile(InboundResult result, List<Ta1Ack> ta1s, List<FunctionalAck> functionalAcks,
                          List<ClaimAcknowledgement> claimAcknowledgements, List<Remittance> remittances,
                          List<X12Issue> issues) {
    public InboundFile {
        Objects.requireNonNull(result, "result");
        ta1s = List.copyOf(ta1s);
        functionalAcks = List.copyOf(functionalAcks);
        claimAcknowledgements = List.copyOf(claimAcknowledgements);
        remittances = List.copyOf(remittances);
        issues = List.copyOf(issues);
    }

    /** Reads a whole file into memory. */
    public static InboundFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a whole stream into memory (the stream is not closed). */
    public static InboundFile read(InputStream in) {
        Collector c = new Collector();
        InboundResult result = InboundReader.read(in, c);
        return new InboundFile(result, c.ta1s, c.acks, c.cas, c.remittances, c.issues);
    }

    private static final class Collector implements InboundListener {
        final List<Ta1Ack> ta1s = new ArrayList<>();
        final List<FunctionalAck> acks = new ArrayList<>();
        final List<ClaimAcknowledgement> cas = new ArrayList<>();
        final List<Remittance> remittances = new ArrayList<>();
        final List<X12Issue> issues = new ArrayList<>();
        private RemittanceHeader header;
        private final List<ClaimPayment> claims = new ArrayList<>();
        private final List<ProviderAdjustment> plbs = new ArrayList<>();

        @Override public void ta1(Ta1Ack ack) { ta1s.add(ack); }
        @Override public void functionalAck(FunctionalAck ack) { acks.add(ack); }
        private final ClaimAcknowledgementListener statuses = ClaimAcknowledgement.collector(cas::add);
        @Override public void acknowledgementHeader(ClaimAcknowledgementHeader h) { statuses.acknowledgementHeader(h); }
        @Override public void providerStatus(ClaimAcknowledgementHeader h, ProviderStatus p) { statuses.providerStatus(h, p); }
        @Override public void claimStatus(ClaimAcknowledgementHeader h, ClaimStatus c) { statuses.claimStatus(h, c); }
        @Override public void acknowledgementTrailer(ClaimAcknowledgementSummary s) { statuses.acknowledgementTrailer(s); }
        @Override public void issue(X12Issue issue) { issues.add(issue); }
        @Override public void header(RemittanceHeader h) {
            header = h;
            claims.clear();
            plbs.clear();
        }
        @Override public void claim(RemittanceHeader h, ClaimPayment claim) { claims.add(claim); }
        @Override public void providerAdjustment(RemittanceHeader h, ProviderAdjustment a) { plbs.add(a); }
        @Override public void trailer(RemittanceSummary summary) {
            remittances.add(new Remittance(header, claims, plbs, summary));
        }
    }
}
