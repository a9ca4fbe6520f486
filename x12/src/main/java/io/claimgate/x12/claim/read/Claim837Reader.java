package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.X12Reader;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads an 837P or 837I file back into the claim model, one claim at a time:
 *
 * <pre>{@code
 * ReadSummary summary = Claim837Reader.read(in, claim -> store(claim));
 * }</pre>
 *
 * <p>Each {@link ReadClaim} carries its envelope (ISA13, GS06, ST02, CLM position) and its issues; what
 * is wrong outside the claims (envelopes, header, HL levels) is in the {@link ReadSummary}. Memory does
 * not grow with the file: only the open HL levels and the claim being read are held. Nothing is thrown
 * for bad input; only I/O failures escape (as {@link java.io.UncheckedIOException} from the consumer
 * loop, or {@link IOException} on close).
 */
public final class Claim837Reader {
    private Claim837Reader() {
    }

    /** Reads every claim of {@code reader}'s input. */
    public static ReadSummary read(X12Reader reader, Consumer<ReadClaim> consumer) {
        return ClaimLoopReader.read(reader, loops -> consumer.accept(Claim837Mapper.map(loops)));
    }

    /** Reads every claim of {@code in} (closed at the end). */
    public static ReadSummary read(InputStream in, Consumer<ReadClaim> consumer) throws IOException {
        try (X12Reader reader = X12Reader.of(in)) {
            return read(reader, consumer);
        }
    }
}
