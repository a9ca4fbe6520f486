package io.claimgate.gateway.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one after the other, in the order submitted, on a shared executor: the chunks of one batch
 * are stored in order without holding a worker thread while the body is still arriving.
 */
final class SerialTasks {
    private final Executor executor;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    SerialTasks(Executor executor) {
        this.executor = executor;
    }

    /** Queues the task; throws RejectedExecutionException when the executor takes no more work. */
    void submit(Runnable task) {
        synchronized (this) {
            queue.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running = false;
                queue.clear();
            }
            throw e;
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            next.run();
        }
    }
}
