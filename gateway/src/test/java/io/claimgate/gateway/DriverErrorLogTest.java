package io.claimgate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.store.ClaimIntake;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.gateway.store.TestDatabases;
import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A resent original claim on MariaDB: the store inserts it, the unique key refuses it, the stored claim answers it
 * (a duplicate), and nothing of it is stored or logged: the driver's error line quotes the duplicate key, which
 * holds the patient control number.
 */
class DriverErrorLogTest {
    @Test
    void aResentOriginalStoresNothingAndLogsNoPatientControlNumber() throws Exception {
        try (TestDatabases.Handle db = TestDatabases.MARIADB.create(); PhiLogTest.Capture capture = new PhiLogTest.Capture()) {
            String owner = new SubmitterStore(db.database().dataSource(), Clock.systemUTC()).add("Resend Billing")
                    .orElseThrow().submitterId();
            ClaimStore store = new ClaimStore(db.database().dataSource(), Clock.systemUTC());
            byte[] body = "{\"claimInformation\":{\"patientControlNumber\":\"PCN-RESENT-4711\"}}".getBytes(StandardCharsets.UTF_8);
            NewClaim claim = new NewClaim(owner, ClaimKind.PROFESSIONAL, "PCN-RESENT-4711", "1", "87726", BigDecimal.TEN,
                    "0".repeat(64), body, "test");

            String id = assertInstanceOf(ClaimIntake.Created.class, store.insert(claim)).claim().id();
            assertEquals(id, assertInstanceOf(ClaimIntake.Duplicate.class, store.insert(claim)).claim().id());

            try (Connection c = db.database().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM claims WHERE submitter_id = ?), "
                         + "(SELECT COUNT(*) FROM claim_events e JOIN claims k ON k.id = e.claim_id WHERE k.submitter_id = ?)")) {
                ps.setString(1, owner);
                ps.setString(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "one claim");
                    assertEquals(1, rs.getInt(2), "one event");
                }
                c.rollback();
            }
            for (LogFormat f : LogFormat.values()) {
                assertFalse(capture.text(f).contains("PCN-RESENT-4711"), capture.text(f));
            }
        }
    }
}
