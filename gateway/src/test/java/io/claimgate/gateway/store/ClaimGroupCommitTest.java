package io.claimgate.gateway.store;

import static io.claimgate.gateway.store.StoreFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.ClaimKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Single claims stored by many threads at once, so that they are written in shared transactions: every claim
 * answered as created is stored with its first event, and an original is still stored once per patient control
 * number, also when the same number comes twice in one group. Against the real MariaDB and H2.
 */
class ClaimGroupCommitTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    private static NewClaim claim(String submitter, String pcn, String frequency, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, frequency, "87726", new BigDecimal("10.00"),
                Sha256.hex(body), body, "POST /v1/claims/professional");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void concurrentClaimsAreEachStoredOnceWithTheirFirstEvent(TestDatabases kind) throws Exception {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "group");
        int threads = 12;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<ClaimIntake>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<ClaimIntake> out = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        out.add(store.insert(claim(owner, "G-" + thread + "-" + i, "1", "{\"t\":" + thread + ",\"i\":" + i + "}")));
                        if (i == each / 2) {
                            // The same original from every thread, once with the same content, once with its own.
                            out.add(store.insert(claim(owner, "SHARED-SAME", "1", "{\"same\":true}")));
                            out.add(store.insert(claim(owner, "SHARED-OTHER", "1", "{\"thread\":" + thread + "}")));
                            out.add(store.insert(claim(owner, "SHARED-SAME", "7", "{\"replacement\":" + thread + "}")));
                        }
                    }
                    return out;
                }));
            }
            start.countDown();
            Set<String> created = new HashSet<>();
            int sameCreated = 0;
            int sameDuplicates = 0;
            int otherCreated = 0;
            int otherConflicts = 0;
            for (Future<List<ClaimIntake>> f : results) {
                List<ClaimIntake> r = f.get();
                assertEquals(each + 3, r.size());
                for (int i = 0; i < r.size(); i++) {
                    ClaimIntake intake = r.get(i);
                    if (intake instanceof ClaimIntake.Created c) {
                        assertTrue(created.add(c.claim().id()), "one id per claim");
                        assertEquals(1, store.history(owner, c.claim().id()).size(), "its RECEIVED event is stored");
                        assertEquals(c.claim().patientControlNumber(),
                                store.find(owner, c.claim().id()).orElseThrow().patientControlNumber());
                    }
                    String pcn = intake instanceof ClaimIntake.Created c ? c.claim().patientControlNumber() : null;
                    if ("SHARED-SAME".equals(pcn) && ((ClaimIntake.Created) intake).claim().frequencyCode().equals("1")) {
                        sameCreated++;
                    } else if ("SHARED-OTHER".equals(pcn)) {
                        otherCreated++;
                    } else if (intake instanceof ClaimIntake.Duplicate) {
                        sameDuplicates++;
                    } else if (intake instanceof ClaimIntake.Conflict) {
                        otherConflicts++;
                    }
                }
            }
            assertEquals(1, sameCreated, "one original SHARED-SAME");
            assertEquals(threads - 1, sameDuplicates, "the others get the stored claim");
            assertEquals(1, otherCreated, "one original SHARED-OTHER");
            assertEquals(threads - 1, otherConflicts, "the others, with other content, are conflicts");
            // threads x each distinct originals, two shared originals, one replacement per thread
            assertEquals(threads * each + 2 + threads, created.size());
            assertEquals(created.size(), rows(kind, owner), "nothing stored beyond what was answered as created");
        } finally {
            pool.shutdownNow();
        }
    }

    private static int rows(TestDatabases kind, String submitter) throws Exception {
        try (Connection c = STORES.db(kind).dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM claims WHERE submitter_id = ?")) {
            ps.setString(1, submitter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getInt(1);
                c.rollback();
                return n;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anOriginalSentAgainInTheSameGroupIsADuplicate(TestDatabases kind) throws Exception {
        ClaimStore store = new ClaimStore(STORES.db(kind).dataSource(), CLOCK);
        String owner = STORES.submitter(kind, "same-group");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ClaimIntake>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.insert(claim(owner, "ONCE", "1", "{\"once\":true}"));
                }));
            }
            start.countDown();
            String id = null;
            int duplicates = 0;
            for (Future<ClaimIntake> f : results) {
                ClaimIntake r = f.get();
                if (r instanceof ClaimIntake.Created c) {
                    assertEquals(null, id, "a second claim was created");
                    id = c.claim().id();
                } else {
                    duplicates++;
                    assertInstanceOf(ClaimIntake.Duplicate.class, r);
                }
            }
            assertEquals(threads - 1, duplicates);
            assertEquals(1, rows(kind, owner));
        } finally {
            pool.shutdownNow();
        }
    }
}
