package io.claimgate.gateway.loadtest;

import io.claimgate.x12.claim.ClaimKind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Phase (b): single claims to {@code POST /v1/claims/{professional|institutional}} at a fixed rate, open
 * loop: request {@code i} is due at {@code start + i / rate} and is sent then whether or not earlier ones
 * were answered, and its latency runs from that due time to the answer, so a stalled server is charged for
 * every request it held up (no coordinated omission). A warm-up at the same rate comes first and is not
 * counted.
 */
final class OpenLoop {
    /** Latencies of the counted requests and how many were not answered 201. */
    record Result(int rate, int requests, int errors, long[] sortedNanos, long wallNanos, CpuClock.Usage cpu,
                  String firstError) {
        long percentile(double p) {
            if (sortedNanos.length == 0) {
                return -1;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))];
        }

        long max() {
            return sortedNanos.length == 0 ? -1 : sortedNanos[sortedNanos.length - 1];
        }
    }

    private OpenLoop() {
    }

    static Result run(ServerProcess server, String apiKey, List<ClaimSet.Claim> claims, int rate, int warmupRequests,
                      long databasePid) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int n = claims.size();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latency = new long[n];
        AtomicIntegerArray status = new AtomicIntegerArray(n);
        AtomicReference<String> ioError = new AtomicReference<>();
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] done = new CompletableFuture[n];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        CpuClock.Interval cpu = null;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i == warmupRequests) {
                cpu = new CpuClock.Interval(server.pid(), databasePid);
            }
            ClaimSet.Claim c = claims.get(i);
            String path = c.kind() == ClaimKind.PROFESSIONAL ? "/v1/claims/professional" : "/v1/claims/institutional";
            HttpRequest request = HttpRequest.newBuilder(server.uri(path))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(c.json())).build();
            int index = i;
            done[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .handle((r, e) -> {
                        latency[index] = System.nanoTime() - due;
                        status.set(index, e == null ? r.statusCode() : -1);
                        if (e != null) {
                            Throwable cause = e.getCause() != null ? e.getCause() : e;
                            ioError.compareAndSet(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
                        }
                        return null;
                    });
        }
        try {
            CompletableFuture.allOf(done).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            // counted below: a request without an answer has status 0
        }
        long wall = System.nanoTime() - start;
        CpuClock.Usage usage = cpu == null ? null : cpu.stop();
        int counted = n - warmupRequests;
        long[] kept = new long[counted];
        int errors = 0;
        String firstError = null;
        for (int i = warmupRequests; i < n; i++) {
            kept[i - warmupRequests] = status.get(i) == 0 ? Long.MAX_VALUE : latency[i];
            if (status.get(i) != 201) {
                errors++;
                if (firstError == null) {
                    firstError = status.get(i) == 0 ? "no answer" : status.get(i) < 0 ? "I/O error " + ioError.get() : "HTTP " + status.get(i);
                }
            }
        }
        Arrays.sort(kept);
        return new Result(rate, counted, errors, kept, wall, usage, firstError);
    }
}
