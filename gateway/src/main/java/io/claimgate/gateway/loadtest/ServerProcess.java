package io.claimgate.gateway.loadtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway under test as its own process: {@code claimgate serve} from the same jar, configured through
 * its environment variables, logging to a file, so that its CPU time is its own and the load generator's
 * garbage does not pause it.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code claimgate serve} from {@code jar} (null: this process's class path) and waits (up to 60 s)
     * until {@code /readyz} answers 200.
     */
    static ServerProcess start(String jar, List<String> jvmOptions, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar != null ? jar : System.getProperty("java.class.path"));
        command.add("io.claimgate.gateway.cli.Main");
        command.add("serve");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("CLAIMGATE_"));
        pb.environment().putAll(settings);
        pb.environment().put("CLAIMGATE_HOST", "127.0.0.1");
        pb.environment().put("CLAIMGATE_PORT", Integer.toString(port));
        ServerProcess server = new ServerProcess(pb.start(), port, log);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the gateway stopped at start (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri("/readyz")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("the gateway was not ready within 60 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the server as SIGTERM would (requests in hand finished, store closed), killing it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
