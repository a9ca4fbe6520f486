package io.claimgate.gateway.cli;

import io.claimgate.gateway.config.ConfigException;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.StoreException;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate submitter add NAME | key NAME | revoke KEYID}: submitters (billing companies) and
 * their API keys. A new key is printed once, on stdout; only its hash is stored.
 */
@Command(name = "submitter", mixinStandardHelpOptions = true, description = "Manage submitters and their API keys.",
        subcommands = {SubmitterCommand.Add.class, SubmitterCommand.Key.class, SubmitterCommand.Revoke.class})
final class SubmitterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs work against the configured store; exit 2 for a bad configuration. */
    abstract static class StoreCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Override
        public Integer call() throws Exception {
            try (Database db = Database.open(config.load().database())) {
                return run(new SubmitterStore(db.dataSource(), Clock.systemUTC()), spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            } catch (ConfigException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println("config: " + p));
                return 2;
            } catch (StoreException e) {
                // The embedded H2 store admits one process: stop the server first, or use MariaDB.
                spec.commandLine().getErr().println(StoreErrors.cannotOpen(e));
                return 2;
            }
        }

        abstract int run(SubmitterStore store, PrintWriter out, PrintWriter err);

        static int printKey(Optional<IssuedKey> key, PrintWriter out, PrintWriter err, String missing) {
            if (key.isEmpty()) {
                err.println(missing);
                return 1;
            }
            out.println("submitter: " + key.get().submitterId());
            out.println("key id:    " + key.get().keyId());
            out.println("api key:   " + key.get().key());
            out.flush();
            err.println("The API key is shown only this once; store it now.");
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a submitter and print its first API key.")
    static final class Add extends StoreCommand {
        @Parameters(paramLabel = "NAME", description = "The submitter's name (unique).")
        String name;

        @Override
        int run(SubmitterStore store, PrintWriter out, PrintWriter err) {
            return printKey(store.add(name), out, err, "a submitter named so already exists");
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true, description = "Issue a further API key for a submitter.")
    static final class Key extends StoreCommand {
        @Parameters(paramLabel = "NAME", description = "The submitter's name.")
        String name;

        @Override
        int run(SubmitterStore store, PrintWriter out, PrintWriter err) {
            return printKey(store.issueKey(name), out, err, "no submitter of that name");
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key: a running server refuses it within its http.apiKeyCacheSeconds (5 s by default).")
    static final class Revoke extends StoreCommand {
        @Parameters(paramLabel = "KEYID", description = "The key id printed when the key was issued.")
        String keyId;

        @Override
        int run(SubmitterStore store, PrintWriter out, PrintWriter err) {
            if (!store.revoke(keyId)) {
                err.println("no active key with that id");
                return 1;
            }
            out.println("revoked " + keyId);
            return 0;
        }
    }
}
