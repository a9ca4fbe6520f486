package io.claimgate.gateway.store;

import static io.claimgate.gateway.store.StoreFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Acknowledgements and payments of claims, against the real MariaDB and H2: kept in order, scoped by submitter. */
class ClaimOutcomeStoreTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static String claim(ClaimStore store, String submitter, String pcn) {
        byte[] body = ("{\"pcn\":\"" + pcn + "\"}").getBytes(StandardCharsets.UTF_8);
        return assertInstanceOf(ClaimIntake.Created.class, store.insert(new NewClaim(submitter, ClaimKind.PROFESSIONAL,
                pcn, "1", "87726", new BigDecimal("100.00"), Sha256.hex(body), body, "test"))).claim().id();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void acknowledgementsAndPaymentsAreKeptInOrderForTheirSubmitterOnly(TestDatabases kind) {
        Database db = STORES.db(kind);
        String owner = STORES.submitter(kind, "owner");
        String other = STORES.submitter(kind, "other");
        ClaimStore claims = new ClaimStore(db.dataSource(), CLOCK);
        String id = claim(claims, owner, "OUT-1");
        ClaimOutcomeStore outcomes = new ClaimOutcomeStore(db.dataSource());
        Instant t = Instant.parse("2026-11-03T08:00:00.000001Z");

        assertTrue(outcomes.addAcknowledgement(owner, id, new ClaimAcknowledgement("999", "ACCEPTED", "000000017", null, t)));
        assertTrue(outcomes.addAcknowledgement(owner, id, new ClaimAcknowledgement("277CA", "A2", "0001", "STC A2:20", t)));
        assertTrue(outcomes.addPayment(owner, id, new ClaimPayment("1", new BigDecimal("100.00"), new BigDecimal("80.25"),
                new BigDecimal("19.75"), "PCCN77", "EFT123", LocalDate.of(2026, 11, 20), t)));
        assertFalse(outcomes.addAcknowledgement(other, id, new ClaimAcknowledgement("999", "REJECTED", null, null, t)),
                "another submitter cannot record against this claim");
        assertFalse(outcomes.addPayment(other, id, new ClaimPayment("4", BigDecimal.ONE, BigDecimal.ZERO, null, null, null,
                null, t)));

        List<ClaimAcknowledgement> acks = outcomes.acknowledgements(owner, id);
        assertEquals(List.of("999 ACCEPTED", "277CA A2"), acks.stream().map(a -> a.kind() + " " + a.status()).toList());
        assertEquals("STC A2:20", acks.get(1).detail());
        assertEquals(t, acks.get(0).receivedAt());
        ClaimPayment p = outcomes.payments(owner, id).get(0);
        assertEquals(new BigDecimal("80.25"), p.paidAmount());
        assertEquals(new BigDecimal("19.75"), p.patientResponsibility());
        assertEquals(LocalDate.of(2026, 11, 20), p.paymentDate());
        assertEquals("EFT123", p.traceNumber());
        assertEquals(1, outcomes.payments(owner, id).size());

        assertEquals(List.of(), outcomes.acknowledgements(other, id), "another submitter sees none");
        assertEquals(List.of(), outcomes.payments(other, id));
    }
}
