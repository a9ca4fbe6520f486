package io.claimgate.x12.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The real inbound samples in {@code src/test/resources/samples} and small helpers to read text. */
final class InboundSamples {
    static final Path ROOT = Paths.get("src/test/resources/samples");

    private InboundSamples() {
    }

    static Path sample(String relative) {
        return ROOT.resolve(relative);
    }

    /** Every sample of the inbound types (835, 999, 277CA, TA1). */
    static List<Path> all() {
        try (Stream<Path> s = Stream.of("835", "999", "277CA", "TA1").flatMap(InboundSamples::list)) {
            return s.sorted().toList();
        }
    }

    private static Stream<Path> list(String dir) {
        try {
            return Files.list(ROOT.resolve(dir)).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundFile read(String relative) {
        try {
            return InboundFile.read(sample(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundFile readText(String x12) {
        return InboundFile.read(new java.io.ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(String relative) {
        try {
            return Files.readString(sample(relative), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
