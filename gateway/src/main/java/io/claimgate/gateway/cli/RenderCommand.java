package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import io.claimgate.x12.render.ClaimRenderer;
import io.claimgate.x12.render.RenderIssue;
import io.claimgate.x12.render.RenderResult;
import io.claimgate.x12.render.RenderSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimgate render INPUT [-o OUT]}: claim JSON (one object, an array, or NDJSON) to one X12
 * interchange. Every claim is validated first; refused claims are left out and their issues printed as
 * JSON lines on stderr. Exit 0 when every claim rendered, 2 when any was refused.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render claim JSON (object, array or NDJSON) into one X12 837 interchange (837P and/or 837I).")
final class RenderCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Claim JSON file, or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the 837 (default: standard output).")
    Path output;

    @Option(names = "--kind", description = "professional, institutional or auto (default: auto, told from each claim).")
    String kind = "auto";

    @Option(names = "--sender-qualifier", description = "ISA05 (default: ${DEFAULT-VALUE}).")
    String senderQualifier = "ZZ";

    @Option(names = "--sender-id", description = "ISA06 and GS02 (default: ${DEFAULT-VALUE}).")
    String senderId = "CLAIMGATE";

    @Option(names = "--receiver-qualifier", description = "ISA07 (default: ${DEFAULT-VALUE}).")
    String receiverQualifier = "ZZ";

    @Option(names = "--receiver-id", description = "ISA08 and GS03 (default: the payer id when every claim has the same one, else RECEIVER).")
    String receiverId;

    @Option(names = "--interchange-control", description = "ISA13 (default: ${DEFAULT-VALUE}).")
    long interchangeControl = 1;

    @Option(names = "--group-control", description = "First GS06 (default: ${DEFAULT-VALUE}).")
    long groupControl = 1;

    @Option(names = "--transaction-control", description = "First ST02 (default: ${DEFAULT-VALUE}).")
    long transactionControl = 1;

    @Option(names = "--production", description = "ISA15 = P (default: from the claims' usageIndicator, else T).")
    Boolean production;

    @Option(names = "--ack-requested", description = "ISA14 = 1: ask the receiver for a TA1.")
    boolean ackRequested;

    @Option(names = "--no-line-breaks", description = "Write no line feed after each segment terminator.")
    boolean noLineBreaks;

    /** Fixed ISA09/ISA10, GS04/GS05, BHT04/BHT05 (e.g. 2024-06-03T09:30) for reproducible output; default now (UTC). */
    @Option(names = "--timestamp", hidden = true, paramLabel = "YYYY-MM-DDTHH:MM")
    LocalDateTime timestamp;

    @Override
    public Integer call() throws IOException {
        PrintStream err = spec.commandLine().getErr() == null ? System.err : new PrintStream(System.err, true);
        List<Claim> accepted = new ArrayList<>();
        List<Integer> acceptedIndex = new ArrayList<>();
        int refused = 0;
        int index = 0;
        Set<String> payers = new HashSet<>();
        try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
             ClaimInput claims = new ClaimInput(in)) {
            JsonNode node;
            while (true) {
                try {
                    node = claims.next();
                } catch (IOException e) {
                    printIssue(err, index, "ERROR", "MALFORMED_JSON", "", "input is not valid JSON after claim " + index);
                    refused++;
                    break;
                }
                if (node == null) {
                    break;
                }
                ValidatedClaim read = ClaimValidation.check(kindOf(kind, node), node, Clock.systemUTC());
                for (ClaimIssue issue : read.issues()) {
                    printIssue(err, index, issue.severity().name(), issue.code().name(), issue.path(), issue.message());
                }
                if (read.accepted()) {
                    accepted.add(read.claim());
                    acceptedIndex.add(index);
                    payers.add(String.valueOf(read.claim().tradingPartnerServiceId()));
                } else {
                    refused++;
                }
                index++;
            }
        }
        if (accepted.isEmpty()) {
            err.println(summary(index, 0, refused));
            return refused > 0 || index == 0 ? 2 : 0;
        }
        String receiver = receiverId != null ? receiverId : payers.size() == 1 ? payers.iterator().next() : "RECEIVER";
        if (receiver.length() > 15) {
            receiver = receiver.substring(0, 15);
        }
        RenderSettings settings = RenderSettings.builder(senderQualifier, senderId, receiverQualifier, receiver)
                .controlNumbers(interchangeControl, groupControl, transactionControl)
                .timestamp(timestamp != null ? timestamp.withSecond(0).withNano(0)
                        : LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0))
                .production(production)
                .acknowledgmentRequested(ackRequested)
                .lineBreaks(!noLineBreaks)
                .build();
        ClaimRenderer renderer = new ClaimRenderer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RenderResult result = renderer.render(accepted, settings, bytes);
        while (!result.ok()) {
            // A value the validation let through but X12 cannot carry: leave those claims out and render again.
            Set<Integer> bad = new HashSet<>();
            for (RenderIssue issue : result.issues()) {
                bad.add(issue.claimIndex());
                printIssue(err, acceptedIndex.get(issue.claimIndex()), "ERROR", "NOT_RENDERABLE", issue.fieldPath(),
                        issue.x12Field() + ": " + issue.message());
            }
            List<Claim> kept = new ArrayList<>();
            List<Integer> keptIndex = new ArrayList<>();
            for (int i = 0; i < accepted.size(); i++) {
                if (!bad.contains(i)) {
                    kept.add(accepted.get(i));
                    keptIndex.add(acceptedIndex.get(i));
                }
            }
            refused += accepted.size() - kept.size();
            accepted = kept;
            acceptedIndex = keptIndex;
            if (accepted.isEmpty()) {
                err.println(summary(index, 0, refused));
                return 2;
            }
            bytes.reset();
            result = renderer.render(accepted, settings, bytes);
        }
        if (output == null) {
            System.out.write(bytes.toByteArray());
            System.out.flush();
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                bytes.writeTo(out);
            }
        }
        err.println(summary(index, accepted.size(), refused));
        return refused > 0 ? 2 : 0;
    }

    /** The kind named by a {@code --kind} option value, or told from the claim for {@code auto}. */
    static ClaimKind kindOf(String kind, JsonNode node) {
        return switch (kind.toLowerCase()) {
            case "professional", "p", "837p" -> ClaimKind.PROFESSIONAL;
            case "institutional", "i", "837i" -> ClaimKind.INSTITUTIONAL;
            default -> ClaimJson.kindOf(node);
        };
    }

    private static void printIssue(PrintStream err, int claim, String severity, String code, String path, String message) {
        err.println(ClaimJsonValidation.issueLine(claim, severity, code, path, message));
    }

    private static String summary(int claims, int rendered, int refused) {
        ObjectNode line = JSON.createObjectNode();
        line.put("summary", "render");
        line.put("claims", claims);
        line.put("rendered", rendered);
        line.put("refused", refused);
        return line.toString();
    }
}
