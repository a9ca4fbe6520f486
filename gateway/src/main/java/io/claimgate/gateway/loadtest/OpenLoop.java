package io.claimgate.gateway.loadtest;

import io.claimgate.gateway.cli.LoadSenderMain;
import io.claimgate.x12.claim.ClaimKind;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Phase (b): single claims to {@code POST /v1/claims/{professional|institutional}} at a fixed rate, open
 * loop: request {@code i} is due at {@code start + i / rate} and is sent then whether or not earlier ones
 * were answered, and its latency runs from that due time to the answer, so a stalled server is charged for
 * every request it held up (no coordinated omission). A warm-up at the same rate comes first and is not
 * counted.
 *
 * <p>The requests are written out beforehand as complete HTTP/1.1 requests and sent by {@link OpenLoopSender}
 * ({@link LoadSenderMain})
 * in a JVM of its own with a small heap: the bench's JVM holds the generated claims (hundreds of MB), and its
 * collections and compilations, and an HTTP client that allocates per request, would otherwise be measured as
 * the gateway's latency.
 */
final class OpenLoop {
    /**
     * Latencies of the counted requests and how many were not answered 201; of the gateway's CPU in the counted
     * phase, the part its JIT compiler threads took ({@code jitNanos}, -1 when unknown).
     */
    record Result(int rate, int requests, int errors, long[] sortedNanos, long wallNanos, CpuClock.Usage cpu,
                  String firstError, long jitNanos) {
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

    /**
     * Runs the phase; {@code latencyLog}, when not null, gets one CSV line per request (warm-up included): due
     * time (epoch microseconds), sending delay and latency in microseconds, status.
     */
    static Result run(ServerProcess server, String apiKey, List<ClaimSet.Claim> claims, int rate, int warmupRequests,
                      long databasePid, Path latencyLog) throws IOException, InterruptedException {
        Path requests = Files.createTempFile("claimgate-bench-requests-", ".bin");
        Path results = Files.createTempFile("claimgate-bench-results-", ".bin");
        try {
            writeRequests(requests, server, apiKey, claims, latencyLog != null);
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            // A small heap that the sender barely touches (no allocation per request once warm): no pauses to speak of.
            command.addAll(List.of("-Xms64m", "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    LoadSenderMain.class.getName(), server.uri("/").getHost(), Integer.toString(server.uri("/").getPort()),
                    Integer.toString(rate), Integer.toString(warmupRequests), requests.toString(), results.toString()));
            Process sender = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CpuClock.Interval cpu = null;
            CpuClock.Usage usage = null;
            long jit0 = -1;
            long jit = -1;
            long start = System.nanoTime();
            long wall = 0;
            long startMicros = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(sender.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("start ")) {
                        startMicros = Long.parseLong(line.substring(6));
                    } else if (line.equals("counting")) {
                        cpu = new CpuClock.Interval(server.pid(), databasePid);
                        jit0 = CpuClock.compilerThreads(server.pid()).orElse(-1);
                    } else if (line.startsWith("finished")) {
                        usage = cpu == null ? null : cpu.stop();
                        long jit1 = CpuClock.compilerThreads(server.pid()).orElse(-1);
                        jit = jit0 < 0 || jit1 < 0 ? -1 : jit1 - jit0;
                        wall = System.nanoTime() - start;
                    }
                }
            }
            if (!sender.waitFor(30, TimeUnit.SECONDS)) {
                sender.destroyForcibly();
            }
            if (sender.exitValue() != 0 || usage == null && cpu != null) {
                throw new IOException("the single-claim sender stopped with exit code " + sender.exitValue());
            }
            return result(results, claims.size(), rate, warmupRequests, wall, usage, latencyLog, startMicros, jit);
        } finally {
            Files.deleteIfExists(requests);
            Files.deleteIfExists(results);
        }
    }

    /** The requests as {@link OpenLoopSender.RequestFile} reads them. */
    private static void writeRequests(Path file, ServerProcess server, String apiKey, List<ClaimSet.Claim> claims,
                                      boolean numbered) throws IOException {
        String host = server.uri("/").getHost() + ":" + server.uri("/").getPort();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                ClaimSet.Claim c = claims.get(i);
                String path = c.kind() == ClaimKind.PROFESSIONAL ? "/v1/claims/professional" : "/v1/claims/institutional";
                byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: claimgate-bench-load\r\n"
                        + "Authorization: Bearer " + apiKey + "\r\nContent-Type: application/json\r\n"
                        + (numbered ? "X-Bench-Request: " + i + "\r\n" : "")
                        + "Content-Length: " + c.json().length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                out.writeInt(head.length + c.json().length);
                out.write(head);
                out.write(c.json());
            }
        }
    }

    private static Result result(Path results, int n, int rate, int warmupRequests, long wall, CpuClock.Usage usage,
                                 Path latencyLog, long startMicros, long jitNanos) throws IOException {
        long[] latency = new long[n];
        int[] status = new int[n];
        long[] sendDelay = new long[n];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(results), 1 << 16))) {
            for (int i = 0; i < n; i++) {
                latency[i] = in.readLong();
                status[i] = in.readInt();
                sendDelay[i] = in.readLong();
            }
        }
        if (latencyLog != null) {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(latencyLog))) {
                w.println("request,counted,due_epoch_us,send_delay_us,latency_us,status");
                for (int i = 0; i < n; i++) {
                    w.println(i + "," + (i >= warmupRequests) + "," + (startMicros + i * interval / 1000) + "," + sendDelay[i] / 1000 + ","
                            + latency[i] / 1000 + "," + status[i]);
                }
            }
        }
        int counted = n - warmupRequests;
        long[] kept = new long[counted];
        int errors = 0;
        String firstError = null;
        for (int i = warmupRequests; i < n; i++) {
            kept[i - warmupRequests] = status[i] == 0 ? Long.MAX_VALUE : latency[i];
            if (status[i] != 201) {
                errors++;
                if (firstError == null) {
                    firstError = status[i] == 0 ? "no answer" : status[i] < 0 ? "I/O error" : "HTTP " + status[i];
                }
            }
        }
        Arrays.sort(kept);
        return new Result(rate, counted, errors, kept, wall, usage, firstError, jitNanos);
    }
}
