package io.claimgate.gateway.http;

import java.util.Objects;

/**
 * The HTTP server's address and limits. {@code maxBodyBytes}: largest request body (413 beyond);
 * {@code maxHeaderBytes}: all header lines together (431 beyond); {@code maxJsonDepth}: deepest
 * JSON nesting accepted; {@code idleTimeoutSeconds}: a connection with no traffic is closed;
 * {@code requestTimeoutSeconds}: a request not answered by then gets 503; {@code workerThreads}: the
 * executor that runs blocking work (store, validation) off the event loop.
 */
public record HttpConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, int maxJsonDepth,
                         int idleTimeoutSeconds, int requestTimeoutSeconds, int workerThreads) {
    public HttpConfig {
        Objects.requireNonNull(host, "host");
        requireRange("port", port, 0, 65535);
        requireRange("maxBodyBytes", maxBodyBytes, 1024, Integer.MAX_VALUE);
        requireRange("maxHeaderBytes", maxHeaderBytes, 1024, 1 << 20);
        requireRange("maxJsonDepth", maxJsonDepth, 8, 10_000);
        requireRange("idleTimeoutSeconds", idleTimeoutSeconds, 1, 86_400);
        requireRange("requestTimeoutSeconds", requestTimeoutSeconds, 1, 86_400);
        requireRange("workerThreads", workerThreads, 1, 1024);
    }

    /** 127.0.0.1:8080, 10 MiB bodies, 16 KiB headers, depth 64, 60 s idle, 30 s per request, 16 workers. */
    public static HttpConfig defaults() {
        return new HttpConfig("127.0.0.1", 8080, 10 << 20, 16 << 10, 64, 60, 30, 16);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + min + " to " + max + ", was " + value);
        }
    }
}
