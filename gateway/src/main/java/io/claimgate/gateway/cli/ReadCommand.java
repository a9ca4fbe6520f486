package io.claimgate.gateway.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.claimgate.x12.ack.read.FunctionalAck;
import io.claimgate.x12.ack.read.Ta1Ack;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.ProviderAdjustment;
import io.claimgate.x12.remit.RemittanceHeader;
import io.claimgate.x12.remit.RemittanceSummary;
import io.claimgate.x12.status.ClaimAcknowledgementHeader;
import io.claimgate.x12.status.ClaimAcknowledgementSummary;
import io.claimgate.x12.status.ClaimStatus;
import io.claimgate.x12.status.ProviderStatus;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate read FILE [--summary]}: reads what a payer sent back (TA1, 999, 277CA, 835) and prints it as
 * JSON, one line per TA1 or transaction set (an 835 or a 277CA is written a claim at a time, so a file of any
 * size is printed in constant memory; a 277CA's claims are nested under their billing provider, as its HL
 * loops are); with {@code --summary}, one JSON line for the whole file instead. Exit code 0
 * when the file was read cleanly, 1 when it was read with issues (including 835 balancing mismatches), 2 when
 * it is not X12 or cannot be read. Issues are printed without the offending value (it may be PHI).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read an inbound X12 file (TA1, 999, 277CA, 835) and print it as JSON.")
public final class ReadCommand implements Callable<Integer> {
    /** Exit code of a file read without issues. */
    public static final int CLEAN = 0;
    /** Exit code of a file read with issues. */
    public static final int ISSUES = 1;
    /** Exit code of input that is not X12. */
    public static final int NOT_X12 = 2;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The X12 file to read.")
    private Path file;

    @Option(names = "--summary", description = "Print one JSON line of totals for the file instead of its content.")
    private boolean summary;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Printer printer = new Printer(out, !summary);
        InboundResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = InboundReader.read(in, printer);
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
            return NOT_X12;
        }
        printer.finish();
        if (summary) {
            out.println(printer.summary(result));
        }
        out.flush();
        if (result.notX12()) {
            spec.commandLine().getErr().println(file + " is not X12: " + printer.notX12Reason);
            return NOT_X12;
        }
        return result.issues() == 0 ? CLEAN : ISSUES;
    }

    /** Writes each record as it arrives and keeps the file's totals. */
    private static final class Printer implements InboundListener {
        private final PrintWriter out;
        private final boolean content;
        private String type;
        private long claims;
        private BigDecimal paid = BigDecimal.ZERO;
        private BigDecimal bpr = BigDecimal.ZERO;
        private BigDecimal plb = BigDecimal.ZERO;
        private boolean balanced = true;
        private final List<X12Issue> pending = new ArrayList<>();
        private String notX12Reason = "it does not start with an ISA segment";
        private JsonGenerator remittance; // open while an 835 is being written
        private boolean inAdjustments;
        private JsonGenerator acknowledgement; // open while a 277CA is being written
        private boolean inProvider;

        Printer(PrintWriter out, boolean content) {
            this.out = out;
            this.content = content;
        }

        private void type(String t) {
            if (type == null) {
                type = t;
            }
        }

        @Override
        public void ta1(Ta1Ack ack) {
            type("TA1");
            document("TA1", ack);
        }

        @Override
        public void functionalAck(FunctionalAck ack) {
            type("999");
            document("999", ack);
        }

        @Override
        public void acknowledgementHeader(ClaimAcknowledgementHeader header) {
            type("277CA");
            if (!content) {
                return;
            }
            closeAcknowledgement(null);
            try {
                acknowledgement = JSON.getFactory().createGenerator(new NonClosingWriter(out));
                acknowledgement.writeStartObject();
                acknowledgement.writeStringField("type", "277CA");
                acknowledgement.writeFieldName("header");
                JSON.writeValue(acknowledgement, header);
                acknowledgement.writeArrayFieldStart("providers");
                inProvider = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void providerStatus(ClaimAcknowledgementHeader header, ProviderStatus provider) {
            openProvider(provider);
        }

        @Override
        public void claimStatus(ClaimAcknowledgementHeader header, ClaimStatus claim) {
            claims++;
            if (acknowledgement == null) {
                return;
            }
            if (!inProvider) {
                openProvider(null); // a claim outside any 2000C loop
            }
            try {
                JSON.writeValue(acknowledgement, claim);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void acknowledgementTrailer(ClaimAcknowledgementSummary s) {
            closeAcknowledgement(s);
        }

        /** Opens a provider's entry (closing the previous one) whose "claims" array the next claims go into. */
        private void openProvider(ProviderStatus provider) {
            if (acknowledgement == null) {
                return;
            }
            try {
                closeProvider();
                acknowledgement.writeStartObject();
                acknowledgement.writeFieldName("provider");
                JSON.writeValue(acknowledgement, provider == null ? null : provider.provider());
                acknowledgement.writeStringField("trace", provider == null ? "" : provider.trace());
                acknowledgement.writeFieldName("statuses");
                JSON.writeValue(acknowledgement, provider == null ? List.of() : provider.statuses());
                acknowledgement.writeArrayFieldStart("claims");
                inProvider = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void closeProvider() throws IOException {
            if (inProvider) {
                acknowledgement.writeEndArray();
                acknowledgement.writeEndObject();
                inProvider = false;
            }
        }

        /** Ends the open 277CA document, with the transaction set's counts when {@code s} is not null. */
        private void closeAcknowledgement(ClaimAcknowledgementSummary s) {
            if (acknowledgement == null) {
                return;
            }
            try {
                closeProvider();
                acknowledgement.writeEndArray();
                if (s != null) {
                    acknowledgement.writeFieldName("summary");
                    JSON.writeValue(acknowledgement, s);
                }
                acknowledgement.writeFieldName("issues");
                JSON.writeTree(acknowledgement, issues());
                acknowledgement.writeEndObject();
                acknowledgement.close();
                out.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acknowledgement = null;
        }

        @Override
        public void skipped(TransactionRef transaction) {
            if (!content) {
                return;
            }
            // not one of the inbound types: say so, with the issue that says why, instead of dropping it
            ObjectNode n = JSON.createObjectNode();
            n.put("type", "skipped");
            n.put("transactionSetId", transaction.transactionSetId());
            n.put("controlNumber", transaction.controlNumber());
            n.set("issues", issues());
            out.println(n);
        }

        /** Issues reported after the last document (IEA and GE checks, input after the last IEA): one last line. */
        void finish() {
            if (content && !pending.isEmpty()) {
                ObjectNode n = JSON.createObjectNode();
                n.put("type", "envelope");
                n.set("issues", issues());
                out.println(n);
            }
        }

        @Override
        public void issue(X12Issue issue) {
            if (issue.error() == X12Error.AMOUNTS_DO_NOT_BALANCE) {
                balanced = false;
            }
            if (issue.error() == X12Error.NOT_X12) {
                notX12Reason = issue.message(); // no content is taken from the input: safe to print
            }
            if (content && pending.size() < 1000) {
                pending.add(issue);
            }
        }

        private void document(String kind, Object record) {
            if (!content) {
                return;
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("type", kind);
            n.set("content", JSON.valueToTree(record));
            n.set("issues", issues());
            out.println(n);
        }

        private com.fasterxml.jackson.databind.node.ArrayNode issues() {
            com.fasterxml.jackson.databind.node.ArrayNode a = JSON.createArrayNode();
            for (X12Issue i : pending) {
                a.add(X12IssueJson.of(i));
            }
            pending.clear();
            return a;
        }

        @Override
        public void header(RemittanceHeader header) {
            type("835");
            if (!content) {
                return;
            }
            try {
                remittance = JSON.getFactory().createGenerator(new NonClosingWriter(out));
                remittance.writeStartObject();
                remittance.writeStringField("type", "835");
                remittance.writeFieldName("header");
                JSON.writeValue(remittance, header);
                remittance.writeArrayFieldStart("claims");
                inAdjustments = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void claim(RemittanceHeader header, ClaimPayment claim) {
            claims++;
            write(claim);
        }

        @Override
        public void providerAdjustment(RemittanceHeader header, ProviderAdjustment adjustment) {
            if (remittance != null && !inAdjustments) {
                try {
                    remittance.writeEndArray();
                    remittance.writeArrayFieldStart("providerAdjustments");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                inAdjustments = true;
            }
            write(adjustment);
        }

        private void write(Object record) {
            if (remittance == null) {
                return;
            }
            try {
                JSON.writeValue(remittance, record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void trailer(RemittanceSummary s) {
            paid = paid.add(s.paidTotal());
            bpr = bpr.add(s.paymentAmount());
            plb = plb.add(s.providerAdjustmentTotal());
            balanced &= s.balanced();
            if (remittance == null) {
                return;
            }
            try {
                remittance.writeEndArray();
                if (!inAdjustments) {
                    remittance.writeArrayFieldStart("providerAdjustments");
                    remittance.writeEndArray();
                }
                remittance.writeFieldName("summary");
                JSON.writeValue(remittance, s);
                remittance.writeFieldName("issues");
                JSON.writeTree(remittance, issues());
                remittance.writeEndObject();
                remittance.close();
                out.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            remittance = null;
        }

        ObjectNode summary(InboundResult r) {
            ObjectNode n = JSON.createObjectNode();
            if (type != null) {
                n.put("type", type);
            }
            n.put("interchanges", r.interchanges());
            n.put("transactions", r.transactions());
            if ("835".equals(type) || "277CA".equals(type)) {
                n.put("claims", claims);
            }
            if ("835".equals(type)) {
                n.put("paidTotal", paid.toPlainString());
                n.put("bprTotal", bpr.toPlainString());
                n.put("plbTotal", plb.toPlainString());
                n.put("balanced", balanced);
            }
            n.put("issues", r.issues());
            if (r.notX12()) {
                n.put("notX12", true);
            }
            return n;
        }
    }

    /** Lets a JSON generator be closed per document without closing the command's output. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
