package io.claimgate.gateway.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phase (a): the claims as NDJSON batches to {@code POST /v1/batches} over real HTTP, {@code clients}
 * uploads at a time, each client sending the next batch when its last one is answered. Timed by the wall
 * clock from the first request to the last answer; every answer is checked (201, every claim stored).
 */
final class BatchLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the gateway answered: claims stored, other outcomes, batches not answered 201, time taken; and of the
     * gateway's CPU, the part its JIT compiler threads took ({@code jitNanos}, -1 when unknown).
     */
    record Result(int batches, long claims, long stored, long notStored, int failedBatches, long wallNanos,
                  CpuClock.Usage cpu, List<String> problems, long jitNanos) {
        double claimsPerSecond() {
            return stored * 1e9 / wallNanos;
        }
    }

    private BatchLoad() {
    }

    static Result run(ServerProcess server, String apiKey, ClaimSet claims, int batchSize, int clients, long databasePid)
            throws InterruptedException {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += batchSize) {
            bodies.add(claims.ndjson(from, Math.min(claims.size(), from + batchSize)));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CpuClock.Interval cpu = new CpuClock.Interval(server.pid(), databasePid);
        long jit0 = CpuClock.compilerThreads(server.pid()).orElse(-1);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Outcome> mine = new ArrayList<>();
                    int i;
                    while ((i = next.getAndIncrement()) < bodies.size()) {
                        mine.add(post(http, server, apiKey, bodies.get(i)));
                    }
                    return mine;
                }));
            }
            for (Future<List<Outcome>> f : futures) {
                try {
                    outcomes.addAll(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(0, 0, 0, "client failed: " + e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        CpuClock.Usage usage = cpu.stop();
        long jit1 = CpuClock.compilerThreads(server.pid()).orElse(-1);
        long stored = 0;
        long other = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            stored += o.stored;
            other += o.notStored;
            if (o.problem != null) {
                failed++;
                if (problems.size() < 5) {
                    problems.add(o.problem);
                }
            }
        }
        return new Result(bodies.size(), claims.size(), stored, other, failed, usage.wallNanos(), usage, problems,
                jit0 < 0 || jit1 < 0 ? -1 : jit1 - jit0);
    }

    private record Outcome(int status, long stored, long notStored, String problem) {
    }

    private static Outcome post(HttpClient http, ServerProcess server, String apiKey, byte[] body) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.uri("/v1/batches"))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = JSON.readTree(r.body());
            long stored = answer.path("stored").asLong();
            long notStored = answer.path("duplicates").asLong() + answer.path("rejected").asLong();
            String problem = r.statusCode() == 201 && notStored == 0 ? null
                    : "HTTP " + r.statusCode() + " " + answer.path("batchStatus").asText(answer.path("title").asText());
            return new Outcome(r.statusCode(), stored, notStored, problem);
        } catch (IOException e) {
            return new Outcome(0, 0, 0, "I/O: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, 0, 0, "interrupted");
        }
    }
}
