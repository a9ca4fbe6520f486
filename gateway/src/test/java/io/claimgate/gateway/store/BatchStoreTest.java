package io.claimgate.gateway.store;

import static io.claimgate.gateway.store.StoreFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Batches, claim listing and control numbers, each test run against the real MariaDB and against H2. */
class BatchStoreTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static NewClaim claim(String submitter, String pcn, String payer, String content) {
        byte[] body = ("{\"pcn\":\"" + pcn + "\",\"c\":\"" + content + "\"}").getBytes(StandardCharsets.UTF_8);
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, "1", payer, new BigDecimal("10.00"), Sha256.hex(body),
                body, "test");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aChunkStoresValidClaimsAndKeepsEveryResult(TestDatabases kind) {
        ClaimStore claims = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        BatchStore batches = new BatchStore(STORES.db(kind).dataSource(), claims, CLOCK);
        String owner = STORES.submitter(kind, "owner");
        String other = STORES.submitter(kind, "other");
        String before = ((ClaimIntake.Created) claims.insert(claim(owner, "B-OLD", "87726", "x"))).claim().id();

        Batch batch = batches.create(owner, "JSON");
        byte[] issues = "[{\"code\":\"MISSING_REQUIRED\"}]".getBytes(StandardCharsets.UTF_8);
        List<BatchResult> first = batches.store(batch, List.of(
                new BatchEntry.Valid(0, claim(owner, "B-1", "87726", "a")),
                new BatchEntry.Rejected(1, issues),
                new BatchEntry.Valid(2, claim(owner, "B-OLD", "87726", "x")),
                new BatchEntry.Valid(3, claim(owner, "B-OLD", "87726", "changed")),
                new BatchEntry.Valid(4, claim(owner, "B-1", "87726", "a"))));
        List<BatchResult> second = batches.store(batch, List.of(new BatchEntry.Valid(5, claim(owner, "B-2", "60054", "b"))));

        assertEquals(BatchResult.Outcome.STORED, first.get(0).outcome());
        assertEquals(BatchResult.Outcome.INVALID, first.get(1).outcome());
        assertEquals(new BatchResult(2, BatchResult.Outcome.DUPLICATE, before, null), first.get(2));
        assertConflict(3, before, "c", first.get(3));
        assertEquals(new BatchResult(4, BatchResult.Outcome.DUPLICATE, first.get(0).claimId(), null), first.get(4),
                "a repeat within the same chunk finds the claim stored just before");
        assertEquals(BatchResult.Outcome.STORED, second.get(0).outcome());

        Batch done = batches.finish(batch, Batch.Status.COMPLETE);
        assertEquals(Batch.Status.COMPLETE, done.status());
        assertEquals(6, done.received());
        assertEquals(2, done.stored());
        assertEquals(2, done.duplicates());
        assertEquals(2, done.rejected());

        List<BatchResult> read = batches.results(owner, batch.id());
        assertEquals(6, read.size());
        assertEquals(first.get(0), read.get(0));
        assertArrayEquals(issues, read.get(1).issuesJson());
        assertConflict(3, before, "c", read.get(3));
        assertTrue(batches.find(other, batch.id()).isEmpty(), "another submitter's batch is not found");
        assertTrue(batches.results(other, batch.id()).isEmpty());

        ClaimSearch.Page page = new ClaimSearch(STORES.db(kind).dataSource()).list(owner,
                new ClaimQuery(null, "60054", null, null, true, null, 10));
        assertEquals(1, page.claims().size());
        assertEquals(batch.id(), page.claims().get(0).source().batchId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void keyOrderAndWhitespaceDoNotMakeAResendNewButOtherContentConflicts(TestDatabases kind) {
        ClaimStore claims = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        BatchStore batches = new BatchStore(STORES.db(kind).dataSource(), claims, CLOCK);
        String owner = STORES.submitter(kind, "content");
        String before = ((ClaimIntake.Created) claims.insert(json(owner, "K-OLD", "{\"a\":1,\"b\":[2.10,{\"c\":\"x\",\"d\":null}]}")))
                .claim().id();

        Batch batch = batches.create(owner, "JSON");
        List<BatchResult> r = batches.store(batch, List.of(
                new BatchEntry.Valid(0, json(owner, "K-OLD", "{ \"b\" : [2.10, {\"d\":null,\"c\":\"x\"}],\n \"a\" : 1 }")),
                new BatchEntry.Valid(1, json(owner, "K-OLD", "{\"a\":1,\"b\":[2.1,{\"c\":\"x\",\"d\":null}]}")),
                new BatchEntry.Valid(2, json(owner, "K-NEW", "{\"p\":\"K-NEW\",\"q\":[1,2]}")),
                new BatchEntry.Valid(3, json(owner, "K-NEW", "{\"q\":[1,2],  \"p\":\"K-NEW\"}")),
                new BatchEntry.Valid(4, json(owner, "K-NEW", "{\"q\":[2,1],\"p\":\"K-NEW\"}"))));

        assertEquals(new BatchResult(0, BatchResult.Outcome.DUPLICATE, before, null), r.get(0));
        assertConflict(1, before, "b[0]", r.get(1));
        assertEquals(BatchResult.Outcome.STORED, r.get(2).outcome());
        assertEquals(new BatchResult(3, BatchResult.Outcome.DUPLICATE, r.get(2).claimId(), null), r.get(3));
        assertConflict(4, r.get(2).claimId(), "q[0]", r.get(4));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aResendDifferingOnlyInRepairedValuesIsADuplicateInABatchToo(TestDatabases kind) throws Exception {
        ClaimStore claims = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        BatchStore batches = new BatchStore(STORES.db(kind).dataSource(), claims, CLOCK);
        String owner = STORES.submitter(kind, "repaired-batch");
        byte[] plain = ClaimContentTest.fixture("professional-full");
        byte[] repairable = ClaimContentTest.professional(ClaimContentTest::repairable);
        byte[] changed = ClaimContentTest.professional(t -> {
            ClaimContentTest.repairable(t);
            ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("claimInformation")).put("claimChargeAmount", "210.01");
        });
        String before = ((ClaimIntake.Created) claims.insert(body(owner, "R-OLD", plain))).claim().id();

        Batch batch = batches.create(owner, "JSON");
        List<BatchResult> r = batches.store(batch, List.of(
                new BatchEntry.Valid(0, body(owner, "R-OLD", repairable)),
                new BatchEntry.Valid(1, body(owner, "R-OLD", changed)),
                new BatchEntry.Valid(2, body(owner, "R-NEW", repairable)),
                new BatchEntry.Valid(3, body(owner, "R-NEW", plain)),
                new BatchEntry.Valid(4, body(owner, "R-NEW", changed))));

        assertEquals(new BatchResult(0, BatchResult.Outcome.DUPLICATE, before, null), r.get(0));
        assertConflict(1, before, "claimInformation.claimChargeAmount", r.get(1));
        assertEquals(BatchResult.Outcome.STORED, r.get(2).outcome());
        assertEquals(new BatchResult(3, BatchResult.Outcome.DUPLICATE, r.get(2).claimId(), null), r.get(3),
                "against the claim stored just before in the same chunk");
        assertConflict(4, r.get(2).claimId(), "claimInformation.claimChargeAmount", r.get(4));
    }

    private static NewClaim body(String submitter, String pcn, byte[] body) {
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, "1", "87726", new BigDecimal("210.00"), Sha256.hex(body),
                body, "test");
    }

    /** A CONFLICT naming the original and, in its issues, the first field that differs (2.1 is not 2.10). */
    private static void assertConflict(int index, String claimId, String field, BatchResult actual) {
        assertEquals(new BatchResult(index, BatchResult.Outcome.CONFLICT, claimId, actual.issuesJson()), actual);
        assertEquals("[{\"code\":\"CONFLICT\",\"message\":\"differs from the original claim stored before with this "
                + "patient control number\",\"path\":\"" + field + "\",\"severity\":\"ERROR\"}]",
                new String(actual.issuesJson(), StandardCharsets.UTF_8));
    }

    private static NewClaim json(String submitter, String pcn, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, "1", "87726", new BigDecimal("10.00"), Sha256.hex(body),
                body, "test");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aChunkLargerThanOneLookUpFindsEveryOriginalStoredBefore(TestDatabases kind) {
        ClaimStore claims = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        BatchStore batches = new BatchStore(STORES.db(kind).dataSource(), claims, CLOCK);
        String owner = STORES.submitter(kind, "large");
        Batch earlier = batches.create(owner, "JSON");
        List<BatchEntry> first = new ArrayList<>();
        for (int i = 0; i < 1200; i += 100) {
            first.add(new BatchEntry.Valid(first.size(), claim(owner, "L-" + i, "87726", "x")));
        }
        List<BatchResult> stored = batches.store(earlier, first);

        Batch batch = batches.create(owner, "JSON");
        List<BatchEntry> chunk = new ArrayList<>();
        for (int i = 0; i < 1205; i++) {
            chunk.add(new BatchEntry.Valid(i, claim(owner, "L-" + i, "87726", i == 1100 ? "changed" : "x")));
        }
        List<BatchResult> results = batches.store(batch, chunk);

        assertEquals(1205, results.size());
        for (int i = 0; i < 1205; i++) {
            BatchResult r = results.get(i);
            assertEquals(i, r.index());
            if (i % 100 != 0 || i >= 1200) {
                assertEquals(BatchResult.Outcome.STORED, r.outcome(), "claim " + i);
            } else {
                assertEquals(i == 1100 ? BatchResult.Outcome.CONFLICT : BatchResult.Outcome.DUPLICATE, r.outcome(), "claim " + i);
                assertEquals(stored.get(i / 100).claimId(), r.claimId(), "claim " + i);
            }
        }
        Batch done = batches.finish(batch, Batch.Status.COMPLETE);
        assertEquals(1193, done.stored());
        assertEquals(11, done.duplicates());
        assertEquals(1, done.rejected());
        assertEquals(1205, batches.results(owner, batch.id()).size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void claimsArePagedByIdWithFilters(TestDatabases kind) throws Exception {
        ClaimStore claims = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        ClaimSearch search = new ClaimSearch(STORES.db(kind).dataSource());
        String owner = STORES.submitter(kind, "pager");
        String other = STORES.submitter(kind, "pager-other");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(((ClaimIntake.Created) claims.insert(claim(owner, "P-" + i, i % 2 == 0 ? "EVEN" : "ODD", "x"))).claim().id());
        }
        claims.insert(claim(other, "P-0", "EVEN", "x"));
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        List<String> newestFirst = new ArrayList<>(sorted);
        java.util.Collections.reverse(newestFirst);

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            ClaimSearch.Page p = search.list(owner, new ClaimQuery(null, null, null, null, true, after, 3));
            p.claims().forEach(c -> seen.add(c.id()));
            after = p.claims().get(p.claims().size() - 1).id();
            more = p.more();
        }
        assertEquals(newestFirst, seen, "newest first, every claim once, none of the other submitter's");

        ClaimSearch.Page ascending = search.list(owner, new ClaimQuery(null, null, null, null, false, sorted.get(4), 10));
        assertEquals(sorted.subList(5, 7), ascending.claims().stream().map(ClaimSummary::id).toList());
        assertFalse(ascending.more());

        assertEquals(4, search.list(owner, new ClaimQuery(null, "EVEN", null, null, true, null, 10)).claims().size());
        assertEquals(List.of("P-3"), search.list(owner, new ClaimQuery(ClaimStatus.RECEIVED, null, "P-3", null, true, null, 10))
                .claims().stream().map(ClaimSummary::patientControlNumber).toList());
        assertTrue(search.list(owner, new ClaimQuery(ClaimStatus.PAID, null, null, null, true, null, 10)).claims().isEmpty());
        assertEquals(7, search.list(owner, new ClaimQuery(null, null, null, CLOCK.instant(), true, null, 10)).claims().size());
        assertTrue(search.list(owner, new ClaimQuery(null, null, null, CLOCK.instant().plusSeconds(1), true, null, 10))
                .claims().isEmpty());
        ClaimSummary one = search.list(owner, new ClaimQuery(null, null, "P-1", null, true, null, 10)).claims().get(0);
        assertNull(one.source().batchId());
        assertEquals(new BigDecimal("10.00"), one.chargeAmount());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void controlNumbersAreNeverHandedOutTwice(TestDatabases kind) throws Exception {
        ControlNumberStore numbers = new ControlNumberStore(STORES.db(kind).dataSource());
        long a = numbers.allocate(ControlNumberStore.ACK_INTERCHANGE, 3);
        long b = numbers.allocate(ControlNumberStore.ACK_INTERCHANGE, 1);
        assertEquals(a + 3, b);
        Set<Long> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> numbers.allocate(ControlNumberStore.ACK_GROUP, 2)));
            }
            for (Future<Long> f : futures) {
                long first = f.get();
                assertTrue(seen.add(first) && seen.add(first + 1), "range starting " + first + " handed out twice");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(80, seen.size());

        try (Connection c = STORES.db(kind).dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE control_numbers SET next_value = ? WHERE name = ?")) {
            ps.setLong(1, ControlNumberStore.MAX);
            ps.setString(2, ControlNumberStore.ACK_INTERCHANGE);
            ps.executeUpdate();
            c.commit();
        }
        assertEquals(ControlNumberStore.MAX, numbers.allocate(ControlNumberStore.ACK_INTERCHANGE, 1));
        assertThrows(IllegalStateException.class, () -> numbers.allocate(ControlNumberStore.ACK_INTERCHANGE, 1));
        assertThrows(IllegalArgumentException.class, () -> numbers.allocate("nope", 1));
    }
}
