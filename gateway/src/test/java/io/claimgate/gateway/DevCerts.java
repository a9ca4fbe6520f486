package io.claimgate.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Development certificates for tests, made once per test run by {@code certs/make-dev-certs.sh} (the
 * script the README tells developers to run) into a temporary folder removed at exit.
 */
public final class DevCerts {
    private static Path dir;

    private DevCerts() {
    }

    /** The folder with dev-ca.crt, gateway-tls.crt, gateway-tls.key, gateway-tls.pk8.pem, gateway-as2.*, payer-as2.*. */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path out = Files.createTempDirectory("claimgate-certs");
                Path script = Path.of("..", "certs", "make-dev-certs.sh").toAbsolutePath().normalize();
                run("bash", script.toString(), out.toString());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
                dir = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Runs a command (openssl, the script), failing with its output when it fails. */
    public static void run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Best effort: it is a temporary folder.
        }
    }
}
