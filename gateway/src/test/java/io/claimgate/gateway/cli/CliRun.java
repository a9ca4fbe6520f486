package io.claimgate.gateway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One {@code claimgate} command run in this JVM: its exit status and what it printed (standard error is dropped). */
record CliRun(int exit, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new CliRun(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The printed lines that are not blank, each read as one JSON document. */
    List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                try {
                    lines.add(JSON.readTree(l));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException("not a JSON line: " + l, e);
                }
            }
        }
        return lines;
    }
}
