package io.claimgate.x12.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One information receiver's part of a 277CA (005010X214) held in memory: for small files and tests. Large files
 * should be read a claim at a time through {@link ClaimAcknowledgementListener}; {@link #collector} turns those
 * events back into these records.
 *
 * @param header           the BHT, information source (2000A) and receiver (2000B)
 * @param providerStatuses the 2000C provider-level statuses, in order
 * @param claims           the 2200D claim statuses, in order
 */
public record ClaimAcknowledgement(ClaimAcknowledgementHeader header, List<ProviderStatus> providerStatuses,
                                   List<ClaimStatus> claims) {
    public ClaimAcknowledgement {
        Objects.requireNonNull(header, "header");
        providerStatuses = List.copyOf(providerStatuses);
        claims = List.copyOf(claims);
    }

    /** BHT03 (shortcut for {@code header().reference()}). */
    public String reference() {
        return header.reference();
    }

    /**
     * A listener that gathers each header with its providers and claims and hands the whole
     * {@link ClaimAcknowledgement} to {@code out} when the next header or the SE arrives. Memory grows with the
     * claims: only for small files.
     */
    public static ClaimAcknowledgementListener collector(Consumer<ClaimAcknowledgement> out) {
        return new Collector(Objects.requireNonNull(out, "out"));
    }

    private static final class Collector implements ClaimAcknowledgementListener {
        private final Consumer<ClaimAcknowledgement> out;
        private ClaimAcknowledgementHeader header;
        private final List<ProviderStatus> providers = new ArrayList<>();
        private final List<ClaimStatus> claims = new ArrayList<>();

        Collector(Consumer<ClaimAcknowledgement> out) {
            this.out = out;
        }

        @Override
        public void acknowledgementHeader(ClaimAcknowledgementHeader h) {
            flush();
            header = h;
        }

        @Override
        public void providerStatus(ClaimAcknowledgementHeader h, ProviderStatus provider) {
            providers.add(provider);
        }

        @Override
        public void claimStatus(ClaimAcknowledgementHeader h, ClaimStatus claim) {
            claims.add(claim);
        }

        @Override
        public void acknowledgementTrailer(ClaimAcknowledgementSummary summary) {
            flush();
        }

        private void flush() {
            if (header != null) {
                out.accept(new ClaimAcknowledgement(header, providers, claims));
            }
            header = null;
            providers.clear();
            claims.clear();
        }
    }
}
