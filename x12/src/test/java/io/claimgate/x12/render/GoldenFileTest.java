package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example claims under {@code claims/} rendered with fixed settings must match the golden files under
 * {@code render/golden/<guide>/} byte for byte. Every golden file was checked with pyx12 (OK) when it was
 * written. To rewrite them after a deliberate change: {@code -Dgolden.update=true}, then check them again.
 */
class GoldenFileTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/render/golden");

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("/claims/professional-full.json", ClaimKind.PROFESSIONAL, "005010X222A1/professional-full.837"),
                Arguments.of("/claims/professional-providers-array.json", ClaimKind.PROFESSIONAL,
                        "005010X222A1/professional-providers-array.837"),
                Arguments.of("/claims/professional-batch.ndjson", ClaimKind.PROFESSIONAL, "005010X222A1/professional-batch.837"),
                Arguments.of("/claims/institutional-full.json", ClaimKind.INSTITUTIONAL, "005010X223A2/institutional-full.837"),
                Arguments.of("/render/prof-secondary.json", ClaimKind.PROFESSIONAL, "005010X222A1/prof-secondary.837"),
                Arguments.of("/render/inst-inpatient.json", ClaimKind.INSTITUTIONAL, "005010X223A2/inst-inpatient.837"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rendersAsTheGoldenFile(String resource, ClaimKind kind, String golden) throws IOException {
        List<Claim> claims = read(resource, kind);
        RenderFixtures.Rendered r = RenderFixtures.render(claims, RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> r.result().issues().toString());
        Structure.check(r.text(), r.result());
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, r.text(), StandardCharsets.UTF_8);
        }
        RenderFixtures.keep(file.getFileName().toString(), r.text());
        assertTrue(Files.exists(file), () -> "golden file " + file + " (write it with -Dgolden.update=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.text());
    }

    private static List<Claim> read(String resource, ClaimKind kind) throws IOException {
        if (!resource.endsWith(".ndjson")) {
            return List.of(RenderFixtures.claim(resource, kind));
        }
        List<Claim> claims = new ArrayList<>();
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(resource); ClaimStream stream = new ClaimStream(kind, in)) {
            for (ClaimStream.Item item = stream.next(); item != null; item = stream.next()) {
                ClaimStream.Item it = item;
                assertTrue(it.read().ok(), () -> resource + " item " + it.index() + ": " + it.read().issues());
                claims.add(it.read().claim());
            }
        }
        return claims;
    }
}
