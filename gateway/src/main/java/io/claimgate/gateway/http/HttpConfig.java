package io.claimgate.gateway.http;

import java.util.Objects;

/**
 * The HTTP server's address, limits and TLS. {@code maxBodyBytes}: largest request body (413 beyond);
 * {@code maxHeaderBytes}: all header lines together (431 beyond); {@code maxJsonDepth}: deepest
 * JSON nesting accepted (400 beyond); {@code idleTimeoutSeconds}: a connection with no traffic is closed;
 * {@code requestTimeoutSeconds}: a request's body must have arrived whole this long after its first
 * line (408 beyond, nothing stored), and once arrived it must be answered within as long again (503
 * beyond); {@code batchTimeoutSeconds}: the same receiving limit for the streamed body of
 * {@code POST /v1/batches}, which may be large (408 beyond: the claims not yet stored are not stored);
 * {@code workerThreads}: the executor that runs blocking work (store, validation) off the event loop;
 * {@code tls}: null for plain HTTP, else the certificate and key to serve HTTPS with;
 * {@code apiKeyCacheSeconds}: how long an API key or access token found good is trusted without asking the store
 * again (a key revoked by another process, such as {@code claimgate submitter revoke}, stops working within this;
 * 0: ask on every request).
 */
public record HttpConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, int maxJsonDepth,
                         int idleTimeoutSeconds, int requestTimeoutSeconds, int workerThreads,
                         int batchTimeoutSeconds, TlsConfig tls, int apiKeyCacheSeconds) {
    /** Default for {@link #batchTimeoutSeconds()}: ten minutes for up to 50,000 claims. */
    public static final int DEFAULT_BATCH_TIMEOUT_SECONDS = 600;
    /** Default for {@link #apiKeyCacheSeconds()}. */
    public static final int DEFAULT_API_KEY_CACHE_SECONDS = 5;

    public HttpConfig {
        Objects.requireNonNull(host, "host");
        requireRange("port", port, 0, 65535);
        requireRange("maxBodyBytes", maxBodyBytes, 1024, Integer.MAX_VALUE);
        requireRange("maxHeaderBytes", maxHeaderBytes, 1024, 1 << 20);
        requireRange("maxJsonDepth", maxJsonDepth, 8, 10_000);
        requireRange("idleTimeoutSeconds", idleTimeoutSeconds, 1, 86_400);
        requireRange("requestTimeoutSeconds", requestTimeoutSeconds, 1, 86_400);
        requireRange("workerThreads", workerThreads, 1, 1024);
        requireRange("batchTimeoutSeconds", batchTimeoutSeconds, 1, 86_400);
        requireRange("apiKeyCacheSeconds", apiKeyCacheSeconds, 0, 3_600);
    }

    /** With the default API key cache. */
    public HttpConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, int maxJsonDepth,
                      int idleTimeoutSeconds, int requestTimeoutSeconds, int workerThreads,
                      int batchTimeoutSeconds, TlsConfig tls) {
        this(host, port, maxBodyBytes, maxHeaderBytes, maxJsonDepth, idleTimeoutSeconds, requestTimeoutSeconds,
                workerThreads, batchTimeoutSeconds, tls, DEFAULT_API_KEY_CACHE_SECONDS);
    }

    /** Plain HTTP with the default batch timeout. */
    public HttpConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, int maxJsonDepth,
                      int idleTimeoutSeconds, int requestTimeoutSeconds, int workerThreads) {
        this(host, port, maxBodyBytes, maxHeaderBytes, maxJsonDepth, idleTimeoutSeconds, requestTimeoutSeconds,
                workerThreads, DEFAULT_BATCH_TIMEOUT_SECONDS, null, DEFAULT_API_KEY_CACHE_SECONDS);
    }

    /**
     * 127.0.0.1:8080, 10 MiB bodies, 16 KiB headers, depth 64, 60 s idle, 30 s per request, 16 workers, 600 s per
     * batch, plain HTTP, keys trusted for 5 s.
     */
    public static HttpConfig defaults() {
        return new HttpConfig("127.0.0.1", 8080, 10 << 20, 16 << 10, 64, 60, 30, 16);
    }

    /** This configuration serving HTTPS with {@code tls} (null: plain HTTP). */
    public HttpConfig withTls(TlsConfig tls) {
        return new HttpConfig(host, port, maxBodyBytes, maxHeaderBytes, maxJsonDepth, idleTimeoutSeconds,
                requestTimeoutSeconds, workerThreads, batchTimeoutSeconds, tls, apiKeyCacheSeconds);
    }

    /** This configuration trusting a key found good for {@code apiKeyCacheSeconds} (0: asking every time). */
    public HttpConfig withApiKeyCache(int apiKeyCacheSeconds) {
        return new HttpConfig(host, port, maxBodyBytes, maxHeaderBytes, maxJsonDepth, idleTimeoutSeconds,
                requestTimeoutSeconds, workerThreads, batchTimeoutSeconds, tls, apiKeyCacheSeconds);
    }

    /** This configuration with other timeouts. */
    public HttpConfig withTimeouts(int idleTimeoutSeconds, int requestTimeoutSeconds, int batchTimeoutSeconds) {
        return new HttpConfig(host, port, maxBodyBytes, maxHeaderBytes, maxJsonDepth, idleTimeoutSeconds,
                requestTimeoutSeconds, workerThreads, batchTimeoutSeconds, tls, apiKeyCacheSeconds);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + min + " to " + max + ", was " + value);
        }
    }
}
