package io.claimgate.gateway.store;

import static io.claimgate.gateway.store.StoreFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The claim and submitter stores, each test run against the real MariaDB and against H2. */
class ClaimStoreTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static NewClaim claim(String submitter, String pcn, String frequency, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, frequency, "87726", new BigDecimal("1234567.89"),
                Sha256.hex(body), body, "POST /v1/claims/professional");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void storesTheClaimAsReceivedWithItsFirstEvent(TestDatabases kind) {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "owner");
        String other = STORES.submitter(kind, "other");
        String json = "{ \"claimInformation\" : {\"patientControlNumber\": \"P1\"}, \"n\": 1.50 }";

        ClaimIntake intake = store.insert(claim(owner, "P1", "1", json));

        StoredClaim created = assertInstanceOf(ClaimIntake.Created.class, intake).claim();
        assertTrue(created.id().startsWith("clm_"));
        StoredClaim read = store.find(owner, created.id()).orElseThrow();
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), read.body());
        assertEquals(ClaimStatus.RECEIVED, read.status());
        assertEquals(new BigDecimal("1234567.89"), read.chargeAmount());
        assertEquals("87726", read.payerId());
        assertEquals(CLOCK.instant(), read.createdAt());
        assertEquals(List.of(new ClaimEvent(null, ClaimStatus.RECEIVED, CLOCK.instant(), "POST /v1/claims/professional")),
                store.history(owner, created.id()));

        assertTrue(store.find(other, created.id()).isEmpty(), "another submitter must not see the claim");
        assertEquals(List.of(), store.history(other, created.id()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anOriginalIsStoredOncePerPatientControlNumber(TestDatabases kind) {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "dup");
        String other = STORES.submitter(kind, "dup-other");

        StoredClaim first = ((ClaimIntake.Created) store.insert(claim(owner, "PCN-9", "1", "{\"a\":1}"))).claim();
        ClaimIntake again = store.insert(claim(owner, "PCN-9", "1", "{\"a\":1}"));
        ClaimIntake spaced = store.insert(claim(owner, "PCN-9", "1", " {\n  \"a\" : 1\n}"));
        ClaimIntake changed = store.insert(claim(owner, "PCN-9", "1", "{\"a\":2}"));
        ClaimIntake sameNumberOtherText = store.insert(claim(owner, "PCN-9", "1", "{\"a\":1.0}"));
        ClaimIntake replacement = store.insert(claim(owner, "PCN-9", "7", "{\"a\":2}"));
        ClaimIntake secondReplacement = store.insert(claim(owner, "PCN-9", "7", "{\"a\":3}"));
        ClaimIntake sameNumberOtherSubmitter = store.insert(claim(other, "PCN-9", "1", "{\"a\":2}"));

        assertEquals(first.id(), assertInstanceOf(ClaimIntake.Duplicate.class, again).claim().id());
        assertEquals(first.id(), assertInstanceOf(ClaimIntake.Duplicate.class, spaced).claim().id(), "whitespace does not count");
        assertEquals(first.id(), assertInstanceOf(ClaimIntake.Conflict.class, changed).existingClaimId());
        assertEquals(first.id(), assertInstanceOf(ClaimIntake.Conflict.class, sameNumberOtherText).existingClaimId(),
                "numbers as written");
        assertInstanceOf(ClaimIntake.Created.class, replacement);
        assertInstanceOf(ClaimIntake.Created.class, secondReplacement);
        assertInstanceOf(ClaimIntake.Created.class, sameNumberOtherSubmitter);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aResendDifferingOnlyInRepairedValuesIsTheStoredClaimAndAnyOtherChangeNamesItsField(TestDatabases kind)
            throws Exception {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "repaired");
        byte[] plain = ClaimContentTest.fixture("professional-full");
        StoredClaim first = ((ClaimIntake.Created) store.insert(claim(owner, "REP-1", "1", plain))).claim();

        ClaimIntake repaired = store.insert(claim(owner, "REP-1", "1", ClaimContentTest.professional(ClaimContentTest::repairable)));
        ClaimIntake changed = store.insert(claim(owner, "REP-1", "1", ClaimContentTest.professional(t -> {
            ClaimContentTest.repairable(t);
            ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("subscriber")).put("gender", "f");
        })));
        NewClaim institutional = claim(owner, "REP-1", "1", plain);
        ClaimIntake otherKind = store.insert(new NewClaim(owner, ClaimKind.INSTITUTIONAL, "REP-1", "1", "87726",
                institutional.chargeAmount(), institutional.contentSha256(), plain, "test"));

        assertEquals(first.id(), assertInstanceOf(ClaimIntake.Duplicate.class, repaired).claim().id());
        assertArrayEquals(plain, assertInstanceOf(ClaimIntake.Duplicate.class, repaired).claim().body(),
                "the claim as stored first");
        assertEquals(new ClaimIntake.Conflict(first.id(), "subscriber.gender"), changed);
        assertEquals(new ClaimIntake.Conflict(first.id(), ""), otherKind, "the same JSON sent as the other kind");
    }

    private static NewClaim claim(String submitter, String pcn, String frequency, byte[] body) {
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, frequency, "87726", new BigDecimal("210.00"),
                Sha256.hex(body), body, "POST /v1/claims/professional");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void concurrentOriginalsStoreOneClaim(TestDatabases kind) throws Exception {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "race");
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ClaimIntake>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<ClaimIntake> task = () -> {
                    start.await();
                    return store.insert(claim(owner, "RACE-1", "1", "{\"same\":true}"));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int created = 0;
            int duplicates = 0;
            for (Future<ClaimIntake> f : results) {
                ClaimIntake r = f.get();
                created += r instanceof ClaimIntake.Created ? 1 : 0;
                duplicates += r instanceof ClaimIntake.Duplicate ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(threads - 1, duplicates);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void transitionsAreRecordedAndGuardedByTheCurrentStatus(TestDatabases kind) {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "moves");
        String id = ((ClaimIntake.Created) store.insert(claim(owner, "M-1", "1", "{}"))).claim().id();

        assertTrue(store.transition(id, ClaimStatus.RECEIVED, ClaimStatus.BATCHED, "batch 42"));
        assertFalse(store.transition(id, ClaimStatus.RECEIVED, ClaimStatus.BATCHED, "batch 43"));

        assertEquals(ClaimStatus.BATCHED, store.find(owner, id).orElseThrow().status());
        List<ClaimEvent> history = store.history(owner, id);
        assertEquals(2, history.size());
        assertEquals(new ClaimEvent(ClaimStatus.RECEIVED, ClaimStatus.BATCHED, CLOCK.instant(), "batch 42"), history.get(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void keysAuthenticateUntilRevokedAndOnlyTheirHashIsStored(TestDatabases kind) throws Exception {
        SubmitterStore submitters = new SubmitterStore(STORES.db(kind).dataSource(), CLOCK);
        String name = "Acme Billing " + Ids.random(4);
        IssuedKey key = submitters.add(name).orElseThrow();
        IssuedKey second = submitters.issueKey(name).orElseThrow();

        assertTrue(submitters.add(name).isEmpty(), "a second submitter of the same name");
        Caller caller = submitters.authenticate(key.key()).orElseThrow();
        assertEquals(key.submitterId(), caller.submitterId());
        assertEquals(name, caller.submitterName());
        assertEquals(key.keyId(), caller.keyId());
        assertNotEquals(key.key(), second.key());

        String tampered = key.key().substring(0, key.key().length() - 1) + (key.key().endsWith("A") ? "B" : "A");
        assertTrue(submitters.authenticate(tampered).isEmpty());
        assertTrue(submitters.authenticate("Bearer " + key.key()).isEmpty());
        assertTrue(submitters.authenticate("").isEmpty());
        assertTrue(submitters.authenticate(null).isEmpty());

        try (Connection c = STORES.db(kind).dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT secret_sha256 FROM api_keys WHERE id = ?")) {
            ps.setString(1, key.keyId());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertEquals(64, stored.length());
                assertFalse(key.key().contains(stored));
                // cg_ + 16-character key id + _ + secret; the secret itself may hold '_' (base64url)
                String secret = key.key().substring("cg_".length() + key.keyId().length() + 1);
                assertFalse(stored.contains(secret));
                assertEquals(Sha256.hex(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), stored);
            }
            c.rollback();
        }

        assertTrue(submitters.revoke(key.keyId()));
        assertFalse(submitters.revoke(key.keyId()));
        assertTrue(submitters.authenticate(key.key()).isEmpty());
        assertTrue(submitters.authenticate(second.key()).isPresent(), "revoking one key leaves the others");
        assertNull(submitters.issueKey("no such submitter " + Ids.random(4)).orElse(null));
    }
}
