package io.claimgate.gateway.loadtest;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The sender of the single-claim phase, run by {@link OpenLoop} as a process of its own so that neither the
 * bench's heap (the generated claims) nor its garbage collections and compilations add to the latency it
 * measures. It sends requests whose bytes were written beforehand ({@link RequestFile}: complete HTTP/1.1
 * requests, memory-mapped, nothing built or copied per request) at a fixed rate, open loop: request {@code i}
 * is due at {@code start + i / rate}; at that time it goes out on an idle keep-alive connection, or on a new
 * one when all are busy (as a browser or an HTTP client pool would), and its latency runs from the due time
 * to the last byte of the answer. Each connection has a thread that reads its answers (status line and
 * {@code Content-Length}, into a buffer of its own): per request only a view of the mapped bytes is allocated,
 * so its young collections are rare and short.
 *
 * <p>Its process is {@code cli.LoadSenderMain}, which reports the {@link Progress} on standard output. The result
 * file holds, per request, the latency in nanoseconds (-1: none), the HTTP status (0: no answer,
 * -1: I/O error) and the sending delay (from due time to the write, nanoseconds).
 */
public final class OpenLoopSender {
    /** Connections at most; past it a due request waits for one to be free (still timed from its due time). */
    private static final int MAX_CONNECTIONS = 512;
    private static final int INITIAL_CONNECTIONS = 4;

    private final InetSocketAddress server;
    private final RequestFile requests;
    private final long[] due;
    private final long[] latency;
    private final long[] sendDelay;
    private final int[] status;
    private final CountDownLatch answered;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger ioErrors = new AtomicInteger();

    private OpenLoopSender(InetSocketAddress server, RequestFile requests) {
        this.server = server;
        this.requests = requests;
        int n = requests.count();
        this.due = new long[n];
        this.latency = new long[n];
        this.sendDelay = new long[n];
        this.status = new int[n];
        this.answered = new CountDownLatch(n);
        java.util.Arrays.fill(latency, -1);
    }

    /** What the sender tells the process that started it (see {@code cli.LoadSenderMain}). */
    public interface Progress {
        /** Sending starts at this time (microseconds since the epoch): request 0 is due then. */
        void started(long epochMicros);

        /** The first counted request (after the warm-up ones) is due now. */
        void counting();
    }

    /**
     * Sends the requests of {@code requestFile} to {@code server} at {@code rate} a second, writes the per-request
     * results to {@code resultFile} once every request is answered (or after 60 s), and returns the I/O errors.
     */
    public static int send(InetSocketAddress server, int rate, int warmup, Path requestFile, Path resultFile,
                           Progress progress) throws IOException, InterruptedException {
        OpenLoopSender sender = new OpenLoopSender(server, RequestFile.map(requestFile));
        sender.run(rate, warmup, progress);
        sender.write(resultFile);
        return sender.ioErrors.get();
    }

    private void run(int rate, int warmup, Progress progress) throws IOException, InterruptedException {
        for (int i = 0; i < INITIAL_CONNECTIONS; i++) {
            idle.add(connect());
        }
        int n = requests.count();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        progress.started(System.currentTimeMillis() * 1000 + (start - System.nanoTime()) / 1000);
        for (int i = 0; i < n; i++) {
            long at = start + i * interval;
            due[i] = at;
            long wait;
            while ((wait = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i == warmup) {
                progress.counting();
            }
            send(i);
        }
        answered.await(60, TimeUnit.SECONDS);
        for (Connection c : idle) {
            c.close();
        }
    }

    private void send(int i) throws InterruptedException {
        Connection c = idle.pollFirst();
        if (c == null) {
            if (open.get() < MAX_CONNECTIONS) {
                try {
                    c = connect();
                } catch (IOException e) {
                    failed(i, null);
                    return;
                }
            } else {
                c = idle.takeFirst();
            }
        }
        c.send(i);
    }

    private Connection connect() throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.connect(server);
        open.incrementAndGet();
        Connection c = new Connection(ch);
        Thread t = new Thread(c::readLoop, "sender-conn-" + open.get());
        t.setDaemon(true);
        t.start();
        return c;
    }

    private void failed(int i, Connection c) {
        ioErrors.incrementAndGet();
        status[i] = -1;
        latency[i] = System.nanoTime() - due[i];
        answered.countDown();
        if (c != null) {
            c.close();
        }
    }

    private void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (int i = 0; i < latency.length; i++) {
                out.writeLong(latency[i]);
                out.writeInt(status[i]);
                out.writeLong(sendDelay[i]);
            }
        }
    }

    /** One keep-alive connection: the sender writes a request on it, its own thread reads the answer. */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        /** The request in flight, -1 for none; whoever swaps it to -1 (answer or failure) records it. */
        private final AtomicInteger current = new AtomicInteger(-1);
        private volatile boolean closed;
        /** Set by {@link #readResponse}: the answer said {@code Connection: close}. */
        private boolean closeAsked;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void send(int i) {
            current.set(i);
            ByteBuffer request = requests.request(i);
            sendDelay[i] = System.nanoTime() - due[i];
            try {
                while (request.hasRemaining()) {
                    channel.write(request);
                }
            } catch (IOException e) {
                if (current.compareAndSet(i, -1)) {
                    failed(i, this);
                }
            }
        }

        void readLoop() {
            try {
                while (!closed) {
                    int code = readResponse();
                    long now = System.nanoTime();
                    int i = current.getAndSet(-1);
                    if (code == Integer.MIN_VALUE) {
                        // End of stream: the server closed the connection.
                        if (i >= 0) {
                            failed(i, this);
                        }
                        close();
                        return;
                    }
                    if (i >= 0) {
                        latency[i] = now - due[i];
                        status[i] = code;
                    }
                    boolean keep = !closeAsked;
                    if (keep) {
                        idle.addFirst(this);
                    } else {
                        close();
                    }
                    if (i >= 0) {
                        answered.countDown();
                    }
                    if (!keep) {
                        return;
                    }
                }
            } catch (IOException e) {
                int i = current.getAndSet(-1);
                if (i >= 0) {
                    failed(i, this);
                }
                close();
            }
        }

        /**
         * Reads one answer: the status code, or {@link Integer#MIN_VALUE} at end of stream. The buffer keeps any
         * bytes past the answer (there are none: one request at a time).
         */
        private int readResponse() throws IOException {
            int headEnd;
            while ((headEnd = headEnd()) < 0) {
                if (!fill()) {
                    return Integer.MIN_VALUE;
                }
            }
            byte[] b = in.array();
            int code = (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0');
            long length = header(b, headEnd, "content-length");
            closeAsked = header(b, headEnd, "connection") == -2;
            long bodyEnd = headEnd + Math.max(0, length);
            while (in.position() < bodyEnd) {
                if (bodyEnd > in.capacity()) {
                    // A larger answer than any the bench expects: read and drop the rest.
                    long rest = bodyEnd - in.position();
                    in.clear();
                    while (rest > 0) {
                        int r = channel.read(in);
                        if (r < 0) {
                            return Integer.MIN_VALUE;
                        }
                        rest -= r;
                        in.clear();
                    }
                    return code;
                }
                if (!fill()) {
                    return Integer.MIN_VALUE;
                }
            }
            // Keep what follows the answer (nothing, one request at a time) at the start of the buffer.
            int extra = in.position() - (int) bodyEnd;
            System.arraycopy(b, (int) bodyEnd, b, 0, extra);
            in.position(extra);
            return code;
        }

        private boolean fill() throws IOException {
            return channel.read(in) >= 0;
        }

        /** The index just past the blank line ending the head, or -1 while it has not arrived. */
        private int headEnd() {
            byte[] b = in.array();
            for (int i = 3; i < in.position(); i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    return i + 1;
                }
            }
            return -1;
        }

        /**
         * The value of header {@code name} (lower case) in the head: a number, -2 for the value "close", -1 when
         * absent.
         */
        private long header(byte[] b, int end, String name) {
            int n = name.length();
            for (int i = 0; i + n + 1 < end; i++) {
                if (b[i] != '\n') {
                    continue;
                }
                int p = i + 1;
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = Character.toLowerCase((char) b[p + k]) == name.charAt(k);
                }
                if (!match || b[p + n] != ':') {
                    continue;
                }
                p += n + 1;
                while (b[p] == ' ') {
                    p++;
                }
                if (b[p] == 'c' || b[p] == 'C') {
                    return -2;
                }
                long v = 0;
                while (b[p] >= '0' && b[p] <= '9') {
                    v = v * 10 + (b[p++] - '0');
                }
                return v;
            }
            return -1;
        }

        synchronized void close() {
            if (!closed) {
                closed = true;
                open.decrementAndGet();
                idle.remove(this);
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }

    /**
     * Complete HTTP requests written one after another to a file, memory-mapped: an int count, then per request
     * its length (int) and bytes.
     */
    static final class RequestFile {
        private final MappedByteBuffer map;
        private final int[] offsets;
        private final int[] lengths;

        private RequestFile(MappedByteBuffer map, int[] offsets, int[] lengths) {
            this.map = map;
            this.offsets = offsets;
            this.lengths = lengths;
        }

        static RequestFile map(Path file) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
                map.load();
                int n = map.getInt(0);
                int[] offsets = new int[n];
                int[] lengths = new int[n];
                int p = 4;
                for (int i = 0; i < n; i++) {
                    lengths[i] = map.getInt(p);
                    offsets[i] = p + 4;
                    p += 4 + lengths[i];
                }
                return new RequestFile(map, offsets, lengths);
            }
        }

        int count() {
            return offsets.length;
        }

        /** A view of request {@code i}: a new buffer object, but no copy of its bytes. */
        ByteBuffer request(int i) {
            return map.slice(offsets[i], lengths[i]);
        }
    }
}
