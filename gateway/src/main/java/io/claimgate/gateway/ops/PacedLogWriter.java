package io.claimgate.gateway.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The server's log writer: a thread that logs puts the event in a queue and goes on; a thread of its own wakes every
 * {@link #PAUSE_MILLIS} ms, encodes what has queued up and writes it to the stream in one write. Logback's
 * {@code AsyncAppender} wakes its thread for every event and writes each one on its own (a system call per line):
 * with one access line per request, that was a tenth of the gateway's CPU per single claim. Nothing is dropped:
 * when the queue is full, the logging thread waits for room. {@link #stop} writes out what is queued.
 */
public final class PacedLogWriter extends UnsynchronizedAppenderBase<ILoggingEvent> {
    /** How long the writer sleeps between writes: how late a line may appear. */
    static final long PAUSE_MILLIS = 10;
    static final int QUEUE_SIZE = 8192;

    private final ArrayBlockingQueue<ILoggingEvent> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
    private final Encoder<ILoggingEvent> encoder;
    private final OutputStream out;
    private volatile boolean stopping;
    private Thread writer;

    /** Writes {@code encoder}'s lines to {@code out} (buffer it: it gets one write and one flush per batch). */
    public PacedLogWriter(Encoder<ILoggingEvent> encoder, OutputStream out) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void start() {
        stopping = false;
        writer = new Thread(this::run, "claimgate-log-writer");
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // The message and the MDC as they are now, on the thread that logs: the writer formats them later.
        event.prepareForDeferredProcessing();
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<ILoggingEvent> batch = new ArrayList<>();
        while (!stopping) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PAUSE_MILLIS));
            write(batch);
        }
        write(batch);
    }

    /** Writes out what is queued now. */
    private void write(List<ILoggingEvent> batch) {
        queue.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            for (ILoggingEvent e : batch) {
                out.write(encoder.encode(e));
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            addError("log lines not written", e);
        } finally {
            batch.clear();
        }
    }

    /** Writes out every event logged before this call, then stops. */
    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        stopping = true;
        LockSupport.unpark(writer);
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
