package io.claimgate.gateway.cli;

import io.claimgate.x12.syntax.X12Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code claimgate validate --ack} and reads back the acknowledgment it wrote, segment by segment. */
final class AckTestSupport {
    static final Path SAMPLES = Path.of("..", "x12", "src", "test", "resources", "samples");

    /** One segment of the acknowledgment: its id and elements as written (components separated by ':'). */
    record Seg(String id, List<String> elements) {
        String e(int i) {
            return i <= elements.size() ? elements.get(i - 1) : "";
        }

        @Override
        public String toString() {
            return id + (elements.isEmpty() ? "" : "*" + String.join("*", elements));
        }
    }

    /** Exit code, printed output, and the segments of the acknowledgment file (empty when none was written). */
    record Result(int exit, String out, List<Seg> ack) {
        List<Seg> all(String id) {
            return ack.stream().filter(s -> s.id().equals(id)).toList();
        }
    }

    private AckTestSupport() {
    }

    static Result validateWithAck(Path input, Path ack, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", input.toString(), "--ack", ack.toString(),
                "--ack-time", "2024-05-06T07:08"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        return new Result(run.exit(), run.text(), Files.exists(ack) ? read(ack) : List.of());
    }

    static List<Seg> read(Path file) throws IOException {
        List<Seg> out = new ArrayList<>();
        try (X12Reader r = X12Reader.of(file)) {
            while (r.next()) {
                out.add(new Seg(r.segment().id(), r.segment().elements()));
            }
        }
        return out;
    }
}
