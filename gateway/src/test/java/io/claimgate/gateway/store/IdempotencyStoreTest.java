package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Idempotency keys against the real MariaDB and H2: taken, answered, given back, taken over when stale. */
class IdempotencyStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Duration STALE = Duration.ofMinutes(15);
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static IdempotencyStore at(TestDatabases kind, Instant t) {
        return new IdempotencyStore(STORES.db(kind).dataSource(), Clock.fixed(t, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aKeyIsTakenAnsweredAndReplayedPerSubmitter(TestDatabases kind) {
        String owner = STORES.submitter(kind, "idem");
        String other = STORES.submitter(kind, "idem");
        IdempotencyStore store = at(kind, T0);
        String hash = "a".repeat(64);

        assertEquals(Optional.empty(), store.reserve(owner, "k1", hash, STALE), "taken");
        assertTrue(store.reserve(owner, "k1", hash, STALE).orElseThrow().inProgress(), "a retry sees it in progress");
        assertEquals(Optional.empty(), store.reserve(other, "k1", hash, STALE), "another submitter's key of the same name");

        byte[] body = "{\"id\":\"clm_1\"}".getBytes(StandardCharsets.UTF_8);
        store.complete(owner, "k1", new IdempotencyStore.Answer(hash, 201, "application/json", body,
                Map.of("Location", "/v1/claims/clm_1")));
        IdempotencyStore.Answer kept = store.reserve(owner, "k1", hash, STALE).orElseThrow();
        assertEquals(201, kept.status());
        assertArrayEquals(body, kept.body());
        assertEquals(Map.of("Location", "/v1/claims/clm_1"), kept.headers());

        // Given back (a 5xx): the key may be used again at once.
        assertEquals(Optional.empty(), store.reserve(owner, "k2", hash, STALE));
        store.release(owner, "k2");
        assertEquals(Optional.empty(), store.reserve(owner, "k2", hash, STALE));

        // Never answered (the process died): taken over once stale, not before; an answer never goes stale.
        assertTrue(at(kind, T0.plus(STALE).minusSeconds(1)).reserve(owner, "k2", hash, STALE).orElseThrow().inProgress());
        assertEquals(Optional.empty(), at(kind, T0.plus(STALE).plusSeconds(1)).reserve(owner, "k2", hash, STALE));
        assertEquals(201, at(kind, T0.plus(Duration.ofDays(30))).reserve(owner, "k1", hash, STALE).orElseThrow().status());
    }
}
