package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.ack.AckOptions;
import io.claimgate.x12.ack.AckSummary;
import io.claimgate.x12.ack.ClaimIndex;
import io.claimgate.x12.ack.FunctionalAckWriter;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate validate FILE}: validates an X12 file against its implementation guide and prints every
 * issue as one JSON line, then a summary line. Issues never carry the offending value (it may be PHI).
 * Exit code 0 when the file is accepted, 1 when rejected, 2 when it is not X12 (or cannot be read).
 *
 * <p>With {@code --ack OUT.999} it also writes the acknowledgments of what it found: for each interchange one
 * interchange back to its sender holding a 999 (005010X231A1) per functional group, and a TA1 R when the
 * interchange envelope itself is in error (see {@link FunctionalAckWriter}). The 999's own ISA13 and GS06 start at
 * {@code --ack-control-number} and {@code --ack-group-number} and go up by one per interchange written; ISA15
 * follows each acknowledged interchange (a test file gets a test acknowledgment). An error inside an 837 claim is
 * followed by the business unit context {@code CTX*CLM01:patient control number}. Input that is not X12 writes no
 * acknowledgment (and no file). The summary line tells what was written ({@code ack*} fields).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate an X12 file (837P, 837I, 835, 277CA, 999 of 5010) or claim JSON and print its issues as JSON lines.")
public final class ValidateCommand implements Callable<Integer> {
    /** Exit code of an accepted file. */
    public static final int ACCEPTED = 0;
    /** Exit code of a file with errors. */
    public static final int REJECTED = 1;
    /** Exit code of input that is not X12. */
    public static final int NOT_X12 = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The X12 file (837P, 837I, 835, 277CA, 999) or claim JSON (object, array, NDJSON) to validate.")
    private Path file;

    @Option(names = "--ack", paramLabel = "OUT.999",
            description = "Also write the 999 (and TA1 for envelope errors) acknowledging FILE to OUT.999.")
    private Path ack;

    @Option(names = "--ack-control-number", paramLabel = "N", defaultValue = "1",
            description = "ISA13 of the first acknowledgment interchange, 1..999999999 (default: ${DEFAULT-VALUE}).")
    private long ackControlNumber;

    @Option(names = "--ack-group-number", paramLabel = "N", defaultValue = "1",
            description = "GS06 of the first FA group, 1..999999999 (default: ${DEFAULT-VALUE}).")
    private long ackGroupNumber;

    @Option(names = "--ack-time", paramLabel = "YYYY-MM-DDTHH:MM",
            description = "ISA09/ISA10 and GS04/GS05 of the acknowledgment (default: now).")
    private LocalDateTime ackTime;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "For claim JSON input: professional, institutional or auto (default: ${DEFAULT-VALUE}).")
    private String kind = "auto";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (ClaimJsonValidation.looksLikeJson(file)) {
                if (ack != null) {
                    spec.commandLine().getErr().println("--ack applies to X12 input only; claim JSON gets no 999");
                }
                return ClaimJsonValidation.validate(file, kind, out);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
            return NOT_X12;
        }
        FileReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new X12Validator().validate(in);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
            return NOT_X12;
        }
        long issues = 0;
        int transactions = 0;
        int transactionsAccepted = 0;
        int claims = 0;
        for (X12Issue i : report.fileIssues()) {
            print(out, i);
            issues++;
        }
        for (InterchangeReport isa : report.interchanges()) {
            for (X12Issue i : isa.issues()) {
                print(out, i);
                issues++;
            }
            for (GroupReport gs : isa.groups()) {
                for (X12Issue i : gs.issues()) {
                    print(out, i);
                    issues++;
                }
                for (TransactionReport st : gs.transactions()) {
                    st.issues().forEach(i -> print(out, i));
                    issues += st.issueCount();
                    transactions++;
                    transactionsAccepted += st.accepted() ? 1 : 0;
                    claims += st.claimCount();
                }
            }
        }
        AckSummary acks = null;
        if (ack != null && report.notX12()) {
            acks = new AckSummary(0, 0, 0, List.of("the input is not X12: nothing to acknowledge"));
        } else if (ack != null) {
            try {
                acks = writeAck(report);
            } catch (IOException | IllegalArgumentException e) {
                spec.commandLine().getErr().println("cannot write " + ack + ": " + e.getMessage());
                return NOT_X12;
            }
        }
        ObjectNode summary = JSON.createObjectNode();
        summary.put("summary", true);
        summary.put("file", file.getFileName().toString());
        summary.put("accepted", report.accepted());
        summary.put("notX12", report.notX12());
        summary.put("interchanges", report.interchanges().size());
        summary.put("transactions", transactions);
        summary.put("transactionsAccepted", transactionsAccepted);
        summary.put("claims", claims);
        summary.put("issues", issues);
        if (acks != null) {
            summary.put("ackFile", ack.toString());
            summary.put("ackInterchanges", acks.interchanges());
            summary.put("ack999s", acks.functionalAcks());
            summary.put("ackTA1s", acks.interchangeAcks());
            acks.notAcknowledged().forEach(summary.putArray("notAcknowledged")::add);
        }
        out.println(summary);
        out.flush();
        if (report.notX12()) {
            return NOT_X12;
        }
        return report.accepted() ? ACCEPTED : REJECTED;
    }

    /**
     * Writes the acknowledgments next to {@code --ack} and moves them into place, so that a failed run never
     * leaves half a file. Nothing is written when there is nothing to acknowledge.
     */
    private AckSummary writeAck(FileReport report) throws IOException {
        LocalDateTime at = ackTime != null ? ackTime : LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        AckOptions options = AckOptions.of(ackControlNumber, ackGroupNumber, at, AckOptions.UsageIndicator.AS_ACKNOWLEDGED);
        Path dir = ack.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".claimgate-ack", ".tmp");
        try {
            AckSummary written;
            ClaimIndex claims;
            try (InputStream in = Files.newInputStream(file)) {
                claims = ClaimIndex.read(in, report);   // CLM01 of each error's claim, for CTX*CLM01 after its IK3
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                written = new FunctionalAckWriter(claims).write(report, options, out);
            }
            if (written.interchanges() > 0) {
                Files.move(tmp, ack, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void print(PrintWriter out, X12Issue i) {
        out.println(X12IssueJson.of(i));
    }
}
