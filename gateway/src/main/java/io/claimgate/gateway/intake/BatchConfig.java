package io.claimgate.gateway.intake;

/**
 * Limits of {@code POST /v1/batches}: at most {@code maxClaims} claims and {@code maxBodyBytes} bytes of
 * body per batch (the body is streamed, so this bounds work and the reply, not memory), and
 * {@code claimsPerTransaction} claims stored per database transaction.
 */
public record BatchConfig(int maxClaims, long maxBodyBytes, int claimsPerTransaction) {
    public BatchConfig {
        if (maxClaims < 1 || maxClaims > 10_000_000) {
            throw new IllegalArgumentException("maxClaims: 1 to 10000000, was " + maxClaims);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes: at least 1024, was " + maxBodyBytes);
        }
        if (claimsPerTransaction < 1 || claimsPerTransaction > 10_000) {
            throw new IllegalArgumentException("claimsPerTransaction: 1 to 10000, was " + claimsPerTransaction);
        }
    }

    /** 50,000 claims, 1 GiB, 500 claims per transaction. */
    public static BatchConfig defaults() {
        return new BatchConfig(50_000, 1L << 30, 500);
    }
}
