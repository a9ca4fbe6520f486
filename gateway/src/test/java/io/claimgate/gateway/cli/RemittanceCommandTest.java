package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.gateway.store.ClaimIntake;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.Database;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.gateway.store.RemittanceQuery;
import io.claimgate.gateway.store.Sha256;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgate remittance post}: an 835 posted to a submitter's claims from the command line. */
class RemittanceCommandTest {
    private static final String SAMPLE = "../x12/src/test/resources/samples/835/LFH__835_005010X221A1_managed-care.835";

    @TempDir
    Path dir;

    @Test
    void postsTheClaimsItFindsAndNamesTheOthers() throws Exception {
        Path config = dir.resolve("claimgate.properties");
        String url = "jdbc:h2:file:" + dir.resolve("store");
        Files.writeString(config, "db.url=" + url.replace("\\", "/") + "\n");
        String claimId;
        try (Database db = Database.open(new DatabaseConfig(url, "", "", 2))) {
            String submitter = new SubmitterStore(db.dataSource(), Clock.systemUTC()).add("Post Billing").orElseThrow()
                    .submitterId();
            byte[] body = "{\"pcn\":\"5554555444\"}".getBytes(StandardCharsets.UTF_8);
            claimId = assertInstanceOf(ClaimIntake.Created.class, new ClaimStore(db.dataSource(), Clock.systemUTC())
                    .insert(new NewClaim(submitter, ClaimKind.PROFESSIONAL, "5554555444", "1", "RUSH1",
                            new BigDecimal("800.00"), Sha256.hex(body), body, "test"))).claim().id();
        }

        CliRun run = CliRun.of("remittance", "post", "--submitter", "Post Billing", "--config", config.toString(), SAMPLE);
        assertEquals(1, run.exit(), "one claim of the file is not this submitter's: " + run.text());
        JsonNode line = run.lines().get(0);
        assertEquals(1, line.get("posted").asInt());
        assertEquals("[\"8765432112\"]", line.get("unmatched").toString());
        String remittanceId = line.get("remittanceIds").get(0).asText();
        try (Database db = Database.open(new DatabaseConfig(url, "", "", 2))) {
            ClaimSearch search = new ClaimSearch(db.dataSource());
            String submitter = line.get("submitterId").asText();
            assertEquals(claimId, search.remittances().find(submitter, remittanceId).orElseThrow().claimId());
            assertEquals(1, search.remittances().list(submitter, new RemittanceQuery(null, null, "7170066655", null, null,
                    true, null, 10)).remittances().size());
        }

        assertEquals(2, CliRun.of("remittance", "post", "--submitter", "Nobody", "--config", config.toString(), SAMPLE).exit());
        Path notX12 = dir.resolve("not.835");
        Files.writeString(notX12, "hello");
        assertEquals(2, CliRun.of("remittance", "post", "--submitter", "Post Billing", "--config", config.toString(),
                notX12.toString()).exit());
    }
}
