package io.claimgate.gateway.cli;

import io.claimgate.gateway.config.ConfigException;
import io.claimgate.gateway.posting.RemittancePosting;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.StoreException;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate remittance post --submitter NAME FILE.835}: posts the claim payments of an 835 (as a payer
 * or clearinghouse sent it back) to a submitter's claims, matched by patient control number (CLP01 = CLM01);
 * the submitter then reads them at {@code GET /v1/remittances}. Prints one JSON line: the remittance ids
 * posted and the patient control numbers of the claims not found. Exit 0 when every claim was posted, 1 when
 * some were not (or the file had issues), 2 for a file that is not X12, an unknown submitter or a bad
 * configuration.
 */
@Command(name = "remittance", mixinStandardHelpOptions = true, description = "Post remittances (835) to submitters' claims.",
        subcommands = {RemittanceCommand.Post.class})
final class RemittanceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Post the claim payments of an 835 to a submitter's claims (matched by patient control number).")
    static final class Post implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Option(names = "--submitter", required = true, paramLabel = "NAME", description = "The submitter's name or id.")
        String submitter;

        @Parameters(paramLabel = "FILE", description = "The 835 file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Database db = Database.open(config.load().database())) {
                Optional<String> id = new SubmitterStore(db.dataSource(), Clock.systemUTC()).find(submitter);
                if (id.isEmpty()) {
                    err.println("no submitter named or with id " + submitter);
                    return 2;
                }
                ClaimSearch search = new ClaimSearch(db.dataSource());
                RemittancePosting.Result r;
                try (InputStream in = Files.newInputStream(file)) {
                    r = new RemittancePosting(search, search.outcomes(), Clock.systemUTC()).post(id.get(), in);
                }
                if (r.read().notX12()) {
                    err.println(file + " is not X12: it does not start with an ISA segment");
                    return 2;
                }
                com.fasterxml.jackson.databind.node.ObjectNode line = JSON.createObjectNode();
                line.put("submitterId", id.get());
                line.put("posted", r.remittanceIds().size());
                r.remittanceIds().forEach(line.putArray("remittanceIds")::add);
                r.unmatched().forEach(line.putArray("unmatched")::add);
                line.put("issues", r.read().issues());
                out.println(JSON.writeValueAsString(line));
                out.flush();
                return r.unmatched().isEmpty() && r.read().issues() == 0 ? 0 : 1;
            } catch (ConfigException e) {
                e.problems().forEach(p -> err.println("config: " + p));
                return 2;
            } catch (StoreException e) {
                err.println(StoreErrors.cannotOpen(e));
                return 2;
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
    }
}
