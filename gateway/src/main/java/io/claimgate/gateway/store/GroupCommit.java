package io.claimgate.gateway.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit of single claims. A thread that stores a claim queues it; if fewer than {@code maxLeaders}
 * groups are being written, it takes every queued claim (its own and those of the threads that arrived while
 * the last group was being written, at most {@code maxGroup}) and writes them in one transaction; otherwise it
 * waits. Every caller returns only once the transaction holding its claim has committed (or failed), so an
 * answer still follows its commit. Alone, a claim goes straight through as its own group; when claims arrive
 * together (a burst, or a slow commit), they share one transaction, one set of round trips and one log flush
 * instead of queueing for a connection each.
 */
final class GroupCommit<T, R> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private final ArrayDeque<Pending<T, R>> queued = new ArrayDeque<>();
    private final int maxLeaders;
    private final int maxGroup;
    private final Function<List<T>, List<R>> writer;
    private int leaders;

    /**
     * {@code writer} stores a group in one transaction and returns one result per item in order, or throws (the
     * whole group then fails with that exception).
     */
    GroupCommit(int maxLeaders, int maxGroup, Function<List<T>, List<R>> writer) {
        if (maxLeaders < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("maxLeaders and maxGroup must be at least 1");
        }
        this.maxLeaders = maxLeaders;
        this.maxGroup = maxGroup;
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    private static final class Pending<T, R> {
        final T item;
        boolean taken;
        boolean done;
        R result;
        RuntimeException failure;

        Pending(T item) {
            this.item = item;
        }
    }

    /** Items waiting for a group (for tests). */
    int queued() {
        lock.lock();
        try {
            return queued.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stores {@code item} (in some group) and returns its result once that group's transaction has ended. */
    R submit(T item) {
        Pending<T, R> mine = new Pending<>(item);
        lock.lock();
        try {
            queued.add(mine);
            while (true) {
                if (mine.done) {
                    if (mine.failure != null) {
                        throw mine.failure;
                    }
                    return mine.result;
                }
                if (!mine.taken && leaders < maxLeaders) {
                    lead();
                } else {
                    finished.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock: takes the queued items, writes them without the lock, marks them done. */
    private void lead() {
        List<Pending<T, R>> group = new ArrayList<>(Math.min(queued.size(), maxGroup));
        while (!queued.isEmpty() && group.size() < maxGroup) {
            Pending<T, R> p = queued.poll();
            p.taken = true;
            group.add(p);
        }
        leaders++;
        List<R> results = null;
        RuntimeException failure = null;
        lock.unlock();
        try {
            List<T> items = new ArrayList<>(group.size());
            for (Pending<T, R> p : group) {
                items.add(p.item);
            }
            results = writer.apply(items);
            if (results.size() != items.size()) {
                throw new IllegalStateException("a group of " + items.size() + " gave " + results.size() + " results");
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException(e);
            throw e;
        } finally {
            lock.lock();
            leaders--;
            for (int i = 0; i < group.size(); i++) {
                Pending<T, R> p = group.get(i);
                p.done = true;
                if (failure != null) {
                    p.failure = failure;
                } else {
                    p.result = results.get(i);
                }
            }
            finished.signalAll();
        }
    }
}
