package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The group commit of single claims, with a writer the test holds back to make claims queue. */
class GroupCommitTest {
    /** Waits (without a time limit on the outcome) until {@code n} items are queued. */
    private static void awaitQueued(GroupCommit<?, ?> g, int n) throws InterruptedException {
        while (g.queued() < n) {
            Thread.sleep(1);
        }
    }

    @Test
    void itemsThatArriveWhileAGroupIsWrittenShareTheNextGroup() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> g = new GroupCommit<>(1, 100, items -> {
            groups.add(List.copyOf(items));
            if (groups.size() == 1) {
                firstStarted.countDown();
                await(release);
            }
            List<String> out = new ArrayList<>();
            for (int i : items) {
                out.add("stored " + i);
            }
            return out;
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<String> first = pool.submit(() -> g.submit(0));
            firstStarted.await();
            List<Future<String>> rest = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int item = i;
                rest.add(pool.submit(() -> g.submit(item)));
            }
            awaitQueued(g, 5);
            release.countDown();

            assertEquals("stored 0", first.get());
            for (int i = 1; i <= 5; i++) {
                assertEquals("stored " + i, rest.get(i - 1).get(), "each caller gets its own item's result");
            }
            assertEquals(2, groups.size(), "one group for the first item, one for the five that waited: " + groups);
            assertEquals(List.of(0), groups.get(0));
            assertEquals(5, groups.get(1).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGroupIsNeverLargerThanTheLimitAndEveryItemIsWritten() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> g = new GroupCommit<>(1, 3, items -> {
            groups.add(List.copyOf(items));
            if (groups.size() == 1) {
                firstStarted.countDown();
                await(release);
            }
            return items;
        });
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try {
            List<Future<Integer>> all = new ArrayList<>();
            all.add(pool.submit(() -> g.submit(0)));
            firstStarted.await();
            for (int i = 1; i <= 10; i++) {
                int item = i;
                all.add(pool.submit(() -> g.submit(item)));
            }
            awaitQueued(g, 10);
            release.countDown();
            for (int i = 0; i <= 10; i++) {
                assertEquals(i, all.get(i).get());
            }
            List<Integer> written = new ArrayList<>();
            for (List<Integer> group : groups) {
                assertTrue(group.size() <= 3, "group larger than the limit: " + groups);
                written.addAll(group);
            }
            Collections.sort(written);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), written);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedGroupFailsEveryItemInIt() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StoreException broken = new StoreException("insert claims", new java.sql.SQLException("gone", "08S01"));
        List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> g = new GroupCommit<>(1, 100, items -> {
            calls.add(items.size());
            if (calls.size() == 1) {
                firstStarted.countDown();
                await(release);
                return items;
            }
            throw broken;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = pool.submit(() -> g.submit(0));
            firstStarted.await();
            List<Future<Integer>> rest = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int item = i;
                rest.add(pool.submit(() -> g.submit(item)));
            }
            awaitQueued(g, 3);
            release.countDown();
            assertEquals(0, first.get());
            for (Future<Integer> f : rest) {
                ExecutionException e = assertThrows(ExecutionException.class, f::get);
                assertSame(broken, e.getCause());
            }
            assertEquals(List.of(1, 3), calls);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
