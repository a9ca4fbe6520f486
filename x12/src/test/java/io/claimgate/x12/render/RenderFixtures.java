package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;

/** Test claims read from JSON resources, fixed render settings, and rendering to a string. */
final class RenderFixtures {
    static final LocalDateTime WHEN = LocalDateTime.of(2024, 6, 1, 9, 30);

    private RenderFixtures() {
    }

    static Claim claim(String resource) {
        ClaimKind kind = resource.contains("inst") ? ClaimKind.INSTITUTIONAL : ClaimKind.PROFESSIONAL;
        return claim(resource, kind);
    }

    static Claim claim(String resource, ClaimKind kind) {
        ClaimRead read = ClaimJson.read(kind, json(resource));
        assertTrue(read.ok(), () -> resource + " reads without errors: " + read.issues());
        return read.claim();
    }

    static String json(String resource) {
        try (InputStream in = RenderFixtures.class.getResourceAsStream(resource.startsWith("/") ? resource : "/render/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderSettings.Builder settings() {
        return RenderSettings.builder("ZZ", "SUBMITTERID", "ZZ", "RECEIVERID")
                .controlNumbers(101, 201, 301).timestamp(WHEN).lineBreaks(true);
    }

    record Rendered(String text, RenderResult result) {
    }

    static Rendered render(List<Claim> claims, RenderSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = new ClaimRenderer().render(claims, settings, out);
        return new Rendered(out.toString(StandardCharsets.UTF_8), result);
    }

    /** Keeps a copy under target/rendered/ for the pyx12 check that runs outside the build. */
    static void keep(String name, String text) {
        try {
            Path dir = Paths.get("target/rendered");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
