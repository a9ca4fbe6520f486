package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The claim JSON side of {@code claimgate validate}: a file holding one claim, an array of claims or
 * NDJSON is validated claim by claim (schema, then SNIP 3-5 business rules), every issue printed as a
 * JSON line with its claim index and field path, then a summary line.
 */
final class ClaimJsonValidation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJsonValidation() {
    }

    /** True when the file's first non-blank character (after a BOM) opens a JSON object or array. */
    static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int b = in.read();
            if (b == 0xEF) {
                in.skip(2);
                b = in.read();
            }
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = in.read();
            }
            return b == '{' || b == '[';
        }
    }

    /** Validates every claim in {@code file}; returns 0 when all are accepted, 1 otherwise. */
    static int validate(Path file, String kind, PrintWriter out) throws IOException {
        int index = 0;
        int refused = 0;
        long issues = 0;
        boolean malformed = false;
        try (InputStream in = Files.newInputStream(file); ClaimInput claims = new ClaimInput(in)) {
            while (true) {
                JsonNode node;
                try {
                    node = claims.next();
                } catch (IOException e) {
                    print(out, index, "ERROR", "MALFORMED_JSON", "", "the input is not valid JSON after claim " + index);
                    malformed = true;
                    issues++;
                    break;
                }
                if (node == null) {
                    break;
                }
                ValidatedClaim read = ClaimValidation.check(RenderCommand.kindOf(kind, node), node, Clock.systemUTC());
                for (ClaimIssue issue : read.issues()) {
                    print(out, index, issue.severity().name(), issue.code().name(), issue.path(), issue.message());
                    issues++;
                }
                refused += read.accepted() ? 0 : 1;
                index++;
            }
        }
        ObjectNode summary = JSON.createObjectNode();
        summary.put("summary", true);
        summary.put("file", file.getFileName().toString());
        summary.put("type", "claim-json");
        summary.put("accepted", refused == 0 && !malformed && index > 0);
        summary.put("claims", index);
        summary.put("claimsRefused", refused);
        summary.put("issues", issues);
        out.println(summary);
        out.flush();
        return refused == 0 && !malformed && index > 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, int claim, String severity, String code, String path, String message) {
        out.println(issueLine(claim, severity, code, path, message));
    }

    /** One claim issue as a JSON line: claim index, severity, code, field path, message (never the value). */
    static String issueLine(int claim, String severity, String code, String path, String message) {
        ObjectNode line = JSON.createObjectNode();
        line.put("claim", claim);
        line.put("severity", severity);
        line.put("code", code);
        line.put("path", path);
        line.put("message", message);
        return line.toString();
    }
}
