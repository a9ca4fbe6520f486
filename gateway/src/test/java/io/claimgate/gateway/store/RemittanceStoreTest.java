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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Remittances (posted claim payments with their CAS adjustments, remark codes and lines) against the real
 * MariaDB and H2: read back as posted, listed newest first a page at a time, filtered, and never shown to
 * another submitter.
 */
class RemittanceStoreTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static String claim(ClaimStore store, String submitter, String pcn, ClaimKind kind, String payer) {
        byte[] body = ("{\"pcn\":\"" + pcn + "\"}").getBytes(StandardCharsets.UTF_8);
        return assertInstanceOf(ClaimIntake.Created.class, store.insert(new NewClaim(submitter, kind, pcn, "1", payer,
                new BigDecimal("250.00"), Sha256.hex(body), body, "test"))).claim().id();
    }

    /** A denied-in-part professional payment: claim CAS, MOA remarks, two lines with their own CAS and LQ. */
    static ClaimPayment detailed(String trace, Instant postedAt) {
        PaymentLine office = new PaymentLine(1, "HC", "99213", List.of("25"), null, new BigDecimal("150.00"),
                new BigDecimal("96.00"), new BigDecimal("1"), LocalDate.of(2026, 10, 1), "LINE-1", new BigDecimal("120.00"),
                List.of(new PaymentAdjustment("CO", "45", new BigDecimal("30.00"), null),
                        new PaymentAdjustment("PR", "2", new BigDecimal("24.00"), null)),
                List.of());
        PaymentLine injection = new PaymentLine(2, "HC", "J1100", List.of(), null, new BigDecimal("100.00"),
                BigDecimal.ZERO.setScale(2), new BigDecimal("2.5"), LocalDate.of(2026, 10, 1), "LINE-2", null,
                List.of(new PaymentAdjustment("CO", "97", new BigDecimal("100.00"), new BigDecimal("2"))),
                List.of(new PaymentRemark("LQ", "M15"), new PaymentRemark("LQ", "N390")));
        return new ClaimPayment("1", new BigDecimal("250.00"), new BigDecimal("96.00"), new BigDecimal("24.00"),
                "PCN-7781", trace, LocalDate.of(2026, 10, 20), postedAt, "87726", "UNITED HEALTHCARE", "ACH", "CI",
                List.of(new PaymentAdjustment("OA", "23", new BigDecimal("0.00"), null)),
                List.of(new PaymentRemark("MOA", "MA01"), new PaymentRemark("MOA", "MA18")), List.of(office, injection));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aPaymentIsReadBackWithEveryDetailAsPostedAndOnlyByItsSubmitter(TestDatabases kind) {
        Database db = STORES.db(kind);
        String owner = STORES.submitter(kind, "remit-owner");
        String other = STORES.submitter(kind, "remit-other");
        ClaimStore claims = new ClaimStore(db.dataSource(), CLOCK);
        String claimId = claim(claims, owner, "RMT-1", ClaimKind.PROFESSIONAL, "87726");
        ClaimOutcomeStore outcomes = new ClaimOutcomeStore(db.dataSource());
        RemittanceStore remittances = new RemittanceStore(db.dataSource());
        Instant posted = Instant.parse("2026-10-21T09:00:00.000001Z");
        ClaimPayment payment = detailed("EFT-0001", posted);

        String id = outcomes.postPayment(owner, claimId, payment).orElseThrow();
        assertTrue(id.matches("rmt_[0-9]+"), id);
        Remittance read = remittances.find(owner, id).orElseThrow();
        assertEquals(payment, read.payment(), "every field, adjustment, remark and line as posted");
        assertEquals(claimId, read.claimId());
        assertEquals("RMT-1", read.patientControlNumber());
        assertEquals(ClaimKind.PROFESSIONAL, read.claimKind());

        assertEquals(Optional.empty(), remittances.find(other, id), "another submitter's remittance is not found");
        assertEquals(List.of(), remittances.list(other, query(null, null, null, null, null, 100)).remittances());
        assertEquals(Optional.empty(), outcomes.postPayment(other, claimId, payment), "nor can it post to this claim");
        assertEquals(Optional.empty(), remittances.find(owner, "rmt_999999999"));
        assertEquals(Optional.empty(), remittances.find(owner, "clm_1"));
        assertEquals(1, outcomes.payments(owner, claimId).size());
        assertEquals(payment.summary(), outcomes.payments(owner, claimId).get(0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void remittancesAreListedNewestFirstAPageAtATimeAndFiltered(TestDatabases kind) {
        Database db = STORES.db(kind);
        String owner = STORES.submitter(kind, "remit-lister");
        String other = STORES.submitter(kind, "remit-neighbour");
        ClaimStore claims = new ClaimStore(db.dataSource(), CLOCK);
        ClaimOutcomeStore outcomes = new ClaimOutcomeStore(db.dataSource());
        RemittanceStore remittances = new RemittanceStore(db.dataSource());
        String pro = claim(claims, owner, "RMT-L1", ClaimKind.PROFESSIONAL, "87726");
        String inst = claim(claims, owner, "RMT-L2", ClaimKind.INSTITUTIONAL, "SX155");
        String theirs = claim(claims, other, "RMT-L1", ClaimKind.PROFESSIONAL, "87726");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant at = Instant.parse("2026-10-2" + i + "T12:00:00Z");
            // no payer id in the 835: the claim's is recorded
            ClaimPayment p = new ClaimPayment(i == 4 ? "4" : "1", new BigDecimal("250.00"), new BigDecimal(i * 10 + ".00"),
                    null, "PCCN-" + i, i < 3 ? "CHK-100" : "EFT-200", LocalDate.of(2026, 10, 20 + i), at);
            posted.add(outcomes.postPayment(owner, i % 2 == 0 ? pro : inst, p).orElseThrow());
        }
        outcomes.postPayment(other, theirs, detailed("CHK-100", Instant.parse("2026-10-25T00:00:00Z"))).orElseThrow();

        RemittanceStore.Page first = remittances.list(owner, query(null, null, null, null, null, 2));
        assertEquals(List.of(posted.get(4), posted.get(3)), ids(first));
        assertTrue(first.more());
        RemittanceStore.Page second = remittances.list(owner, new RemittanceQuery(null, null, null, null, null, true,
                posted.get(3), 2));
        assertEquals(List.of(posted.get(2), posted.get(1)), ids(second));
        RemittanceStore.Page last = remittances.list(owner, new RemittanceQuery(null, null, null, null, null, true,
                posted.get(1), 2));
        assertEquals(List.of(posted.get(0)), ids(last));
        assertFalse(last.more());
        assertEquals(List.of(), remittances.list(owner, query(null, null, null, null, null, 100)).remittances().stream()
                .filter(r -> r.payment().adjustments().size() + r.payment().lines().size() > 0).toList(), "lists carry no detail");

        assertEquals(List.of(posted.get(2), posted.get(1), posted.get(0)),
                ids(remittances.list(owner, query(null, null, "CHK-100", null, null, 100))), "by trace number, theirs not");
        assertEquals(List.of(posted.get(3), posted.get(1)), ids(remittances.list(owner, query(null, "SX155", null, null, null, 100))),
                "by payer: the claim's payer id when the 835 named none");
        assertEquals(List.of(posted.get(4), posted.get(2), posted.get(0)), ids(remittances.list(owner, query(null, null, null, pro, null, 100))));
        assertEquals(List.of(posted.get(4)), ids(remittances.list(owner, query(null, null, null, null, "4", 100))));
        assertEquals(List.of(posted.get(4), posted.get(3)),
                ids(remittances.list(owner, query(Instant.parse("2026-10-23T12:00:00Z"), null, null, null, null, 100))));
        assertEquals(List.of(), ids(remittances.list(owner, query(null, null, null, theirs, null, 100))),
                "another submitter's claim id selects nothing");
        Remittance oldestFirst = remittances.list(owner, new RemittanceQuery(null, null, null, null, null, false, null, 1))
                .remittances().get(0);
        assertEquals(posted.get(0), oldestFirst.id());
        assertEquals("RMT-L1", oldestFirst.patientControlNumber());
        assertEquals("87726", oldestFirst.payment().payerId());
    }

    private static RemittanceQuery query(Instant since, String payer, String trace, String claimId, String status, int limit) {
        return new RemittanceQuery(since, payer, trace, claimId, status, true, null, limit);
    }

    private static List<String> ids(RemittanceStore.Page page) {
        return page.remittances().stream().map(Remittance::id).toList();
    }
}
