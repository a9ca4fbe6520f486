package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared sample (other projects' test files) is read without an escaped exception. */
class SampleReadTest {

    static Stream<Path> samples() throws IOException {
        Path root = Paths.get("src/test/resources/samples");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".tsv") && !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEverySampleWithoutThrowing(Path file) throws IOException {
        long segments = 0;
        try (InputStream in = Files.newInputStream(file); X12Reader reader = X12Reader.of(in)) {
            while (reader.next()) {
                Segment s = reader.segment();
                if (s.id().isEmpty()) {
                    long at = s.index();
                    assertTrue(reader.issues().stream().anyMatch(i -> i.error() == X12Error.UNRECOGNIZED_SEGMENT
                            && i.position().segmentIndex() == at), "a segment without id is reported");
                }
                for (int i = 1; i <= s.size(); i++) {
                    s.element(i);
                }
                segments++;
            }
            String name = file.getFileName().toString();
            if (name.contains("blue_cross_nc") || name.contains("no_isa_line")) {
                assertTrue(reader.notX12(), "not X12: " + file);
                assertEquals(X12Error.NOT_X12, reader.issues().get(0).error());
            } else {
                assertTrue(segments > 0);
            }
            for (X12Issue issue : reader.issues()) {
                assertTrue(issue.position() != null);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameSegmentsWhateverTheBufferBoundaries(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        StringBuilder whole = new StringBuilder();
        try (X12Reader reader = X12Reader.of(data)) {
            while (reader.next()) {
                whole.append(reader.segment()).append('\n');
            }
        }
        StringBuilder trickled = new StringBuilder();
        try (X12Reader reader = X12Reader.of(new TrickleInputStream(data, 7))) {
            while (reader.next()) {
                trickled.append(reader.segment()).append('\n');
            }
        }
        assertEquals(whole.toString(), trickled.toString());
    }
}
