package io.claimgate.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Every line logged reaches the stream, in each thread's order, with the MDC it was logged with; stop writes out the queue. */
class PacedLogWriterTest {
    /** A stream that counts the writes of whole batches (flushes). */
    private static final class Sink extends ByteArrayOutputStream {
        int flushes;

        @Override
        public synchronized void flush() {
            flushes++;
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyLineIsWrittenInOrderAndStopWritesOutTheQueue() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg %X{requestId}%n");
        encoder.start();
        Sink sink = new Sink();
        PacedLogWriter writer = new PacedLogWriter(encoder, sink);
        writer.setContext(context);
        writer.start();
        Logger log = context.getLogger("test");
        log.setLevel(Level.INFO);
        log.addAppender(writer);

        int threads = 4;
        int lines = 5_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < lines; i++) {
                    MDC.put("requestId", "req_" + thread + "_" + i);
                    log.info("t{} line {}", thread, i);
                }
                MDC.clear();
            });
            th.start();
            all.add(th);
        }
        go.countDown();
        for (Thread th : all) {
            th.join();
        }
        writer.stop();

        String[] written = sink.text().split("\n");
        assertEquals(threads * lines, written.length, "every line, more than the queue holds at once");
        int[] next = new int[threads];
        for (String line : written) {
            String[] p = line.split(" ");
            int thread = Integer.parseInt(p[0].substring(1));
            int i = Integer.parseInt(p[2]);
            assertEquals(next[thread], i, "in the order its thread logged it: " + line);
            assertEquals("req_" + thread + "_" + i, p[3], "with the MDC of when it was logged");
            next[thread]++;
        }
        assertTrue(sink.flushes < threads * lines, "written in batches: " + sink.flushes + " writes");
    }
}
