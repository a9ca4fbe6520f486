package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The API key cache of {@link SubmitterStore}: a key found good is trusted for the cache time without a store
 * look-up; a revocation through the same store ends it (and its tokens) at once, one by another store (another
 * process) within the cache time; a wrong secret and an expired token are refused from the cache too. Against the
 * real MariaDB and H2.
 */
class SubmitterKeyCacheTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-02T10:15:30Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aKeyFoundGoodIsNotLookedUpAgainWithinTheCacheTime(TestDatabases kind) {
        MovingClock clock = new MovingClock();
        RoundTripsTest.Counting ds = new RoundTripsTest.Counting(STORES.db(kind).dataSource());
        SubmitterStore store = new SubmitterStore(ds, clock, Duration.ofSeconds(5));
        IssuedKey key = store.add("Cached Billing " + Ids.random(4)).orElseThrow();

        int before = ds.connections.get();
        assertEquals(key.submitterId(), store.authenticate(key.key()).orElseThrow().submitterId());
        assertEquals(before + 1, ds.connections.get(), "the first use looks the key up");
        for (int i = 0; i < 5; i++) {
            assertEquals(key.submitterId(), store.authenticate(key.key()).orElseThrow().submitterId());
        }
        assertEquals(before + 1, ds.connections.get(), "later uses within the cache time do not");

        String wrong = key.key().substring(0, key.key().length() - 1) + (key.key().endsWith("A") ? "B" : "A");
        assertTrue(store.authenticate(wrong).isEmpty(), "the secret is checked against the kept hash");

        clock.advance(Duration.ofSeconds(5));
        assertTrue(store.authenticate(key.key()).isPresent());
        assertEquals(before + 2, ds.connections.get(), "after the cache time the key is looked up again");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aKeyRevokedHereStopsAtOnceWithItsTokensAndElsewhereWithinTheCacheTime(TestDatabases kind) {
        MovingClock clock = new MovingClock();
        DataSource ds = STORES.db(kind).dataSource();
        SubmitterStore server = new SubmitterStore(ds, clock, Duration.ofSeconds(5));
        // Another process: the command line's `claimgate submitter revoke`, another server.
        SubmitterStore elsewhere = new SubmitterStore(ds, clock);
        String name = "Revoked Billing " + Ids.random(4);
        IssuedKey here = server.add(name).orElseThrow();
        IssuedKey there = server.issueKey(name).orElseThrow();
        String token = server.issueToken(name, here.key()).orElseThrow().token();
        assertTrue(server.authenticate(here.key()).isPresent());
        assertTrue(server.authenticate(there.key()).isPresent());
        assertTrue(server.authenticate(token).isPresent());

        assertTrue(server.revoke(here.keyId()));
        assertTrue(server.authenticate(here.key()).isEmpty(), "revoked through this store: refused at once");
        assertTrue(server.authenticate(token).isEmpty(), "and its token with it");

        assertTrue(elsewhere.revoke(there.keyId()));
        clock.advance(Duration.ofMillis(4_999));
        assertTrue(server.authenticate(there.key()).isPresent(), "revoked elsewhere: still trusted within the cache time");
        clock.advance(Duration.ofMillis(1));
        assertTrue(server.authenticate(there.key()).isEmpty(), "and refused once it has passed");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aCachedTokenIsRefusedOnceItExpires(TestDatabases kind) {
        MovingClock clock = new MovingClock();
        SubmitterStore store = new SubmitterStore(STORES.db(kind).dataSource(), clock, Duration.ofSeconds(5));
        String name = "Token Billing " + Ids.random(4);
        IssuedKey key = store.add(name).orElseThrow();
        String token = store.issueToken(name, key.key()).orElseThrow().token();
        clock.advance(SubmitterStore.TOKEN_LIFETIME.minusSeconds(3));
        assertTrue(store.authenticate(token).isPresent());
        clock.advance(Duration.ofSeconds(3));
        assertTrue(store.authenticate(token).isEmpty(), "expired while kept");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void withoutACacheEveryUseIsLookedUp(TestDatabases kind) {
        RoundTripsTest.Counting ds = new RoundTripsTest.Counting(STORES.db(kind).dataSource());
        SubmitterStore store = new SubmitterStore(ds, new MovingClock());
        IssuedKey key = store.add("Uncached Billing " + Ids.random(4)).orElseThrow();
        int before = ds.connections.get();
        store.authenticate(key.key()).orElseThrow();
        store.authenticate(key.key()).orElseThrow();
        assertEquals(before + 2, ds.connections.get());
        assertThrows(IllegalArgumentException.class,
                () -> new SubmitterStore(ds, new MovingClock(), Duration.ofSeconds(-1)));
    }
}
