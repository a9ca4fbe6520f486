package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate validate FILE}: validates an X12 file against its implementation guide and prints every
 * issue as one JSON line, then a summary line. Issues never carry the offending value (it may be PHI).
 * Exit code 0 when the file is accepted, 1 when rejected, 2 when it is not X12 (or cannot be read).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate an X12 file (837P/837I 5010) and print its issues as JSON lines.")
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

    @Parameters(index = "0", paramLabel = "FILE", description = "The X12 file to validate.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
        out.println(summary);
        out.flush();
        if (report.notX12()) {
            return NOT_X12;
        }
        return report.accepted() ? ACCEPTED : REJECTED;
    }

    private static void print(PrintWriter out, X12Issue i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("level", i.severity().name());
        n.put("ackLevel", i.error().level().name());
        n.put("code", i.error().name());
        n.put("wireCode", i.error().wireCode());
        n.put("segmentIndex", i.position().segmentIndex());
        n.put("segmentInTransaction", i.position().segmentInTransaction());
        n.put("segmentId", i.position().segmentId());
        n.put("element", i.position().element() == 0 ? "" : i.position().reference());
        n.put("loop", i.loopId());
        n.put("dataElement", i.dataElement());
        n.put("message", i.message());
        out.println(n);
    }
}
