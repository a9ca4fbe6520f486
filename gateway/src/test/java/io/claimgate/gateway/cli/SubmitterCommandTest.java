package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitterCommandTest {
    @TempDir
    Path dir;

    private String run(Path config, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--config";
            all[args.length + 1] = config.toString();
            int code = Main.run(all);
            return code + "\n" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }

    private static String value(String output, String label) {
        return output.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow()
                .substring(label.length()).trim();
    }

    @Test
    void addPrintsAKeyOnceAndRevokeStopsIt() throws Exception {
        Path config = dir.resolve("claimgate.properties");
        String url = "jdbc:h2:file:" + dir.resolve("store");
        Files.writeString(config, "db.url=" + url.replace("\\", "/") + "\n");

        String added = run(config, "submitter", "add", "Acme Billing");
        assertTrue(added.startsWith("0\n"), added);
        String key = value(added, "api key:");
        String keyId = value(added, "key id:");
        assertTrue(key.startsWith("cg_" + keyId + "_"));

        assertTrue(run(config, "submitter", "add", "Acme Billing").startsWith("1\n"), "the name is taken");

        DatabaseConfig db = new DatabaseConfig(url, "", "", 2);
        try (Database d = Database.open(db)) {
            assertTrue(new SubmitterStore(d.dataSource(), Clock.systemUTC()).authenticate(key).isPresent());
        }
        String revoked = run(config, "submitter", "revoke", keyId);
        assertTrue(revoked.startsWith("0\n"), revoked);
        assertTrue(run(config, "submitter", "revoke", keyId).startsWith("1\n"));
        try (Database d = Database.open(db)) {
            assertEquals(false, new SubmitterStore(d.dataSource(), Clock.systemUTC()).authenticate(key).isPresent());
        }
    }
}
