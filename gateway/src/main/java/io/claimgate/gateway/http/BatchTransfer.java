package io.claimgate.gateway.http;

import io.claimgate.gateway.intake.BatchIntake;
import io.claimgate.gateway.ops.LogFields;
import io.claimgate.gateway.store.IdempotencyStore;
import io.claimgate.gateway.intake.ClaimSplitter;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchEntry;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.StoreException;
import io.claimgate.x12.claim.ClaimKind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One batch upload ({@code POST /v1/batches}) on one connection, for {@link BatchUploadHandler}. Fields without atomics or volatile are touched on the event loop
 * only. Work on the workers is a chain of futures: {@code begun} (authentication, the batch row), then per
 * chunk a validation that may run beside other chunks' validations, and a store that waits for the
 * chunk's validation and for the store of the chunk before (so chunks commit in body order and a failed
 * chunk stops the ones after it). With a kept Idempotency-Key answer {@code begun} yields no upload and the
 * body is only read and hashed.
 */
final class BatchTransfer {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.claimgate.gateway.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(BatchUploadHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Chunks read ahead of the store: validated meanwhile, several at once on the workers. */
    private static final int MAX_WAITING_CHUNKS = 4;

    private final BatchUploadHandler handler;
    private final ChannelHandlerContext ctx;
    private final HttpRequest request;
    private final String requestId = "req_" + Long.toUnsignedString(RANDOM.nextLong(), 36);
    private final long startNanos = System.nanoTime();
    private final boolean keepAlive;
    private final ClaimSplitter splitter;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicInteger waitingChunks = new AtomicInteger();
    // Appended by the store stages, which run one after the other; read by the last stage.
    private final List<BatchResult> results = new ArrayList<>();
    private List<BatchIntake.Item> pending = new ArrayList<>();
    private long bytes;
    private int claims;
    boolean receivedAll; // read by the handler on the event loop
    private boolean paused;
    private Batch.Status stopped;
    private CompletableFuture<BatchIntake.Upload> begun;
    private CompletableFuture<Void> stored;
    private volatile Caller caller;
    private volatile String batchId;
    /** Idempotency-Key: the body is hashed as it arrives (with the method and target) to tell a repeat. */
    private final String idempotencyKey;
    private final MessageDigest digest;
    private volatile IdempotencyStore.Answer kept;
    /** True while this request holds its Idempotency-Key: given back once, with an answer or without. */
    private final AtomicBoolean keyHeld = new AtomicBoolean();
    private ScheduledFuture<?> timer;
    /** The workers, each task run with the request's ids in the log MDC (the batch's once it has one). */
    private final Executor tasks = this::withIds;

    BatchTransfer(BatchUploadHandler handler, ChannelHandlerContext ctx, HttpRequest request) {
        this.handler = handler;
        this.splitter = new ClaimSplitter(handler.maxJsonDepth);
        this.ctx = ctx;
        this.request = request;
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.idempotencyKey = request.headers().get(Idempotency.HEADER);
        this.digest = idempotencyKey == null ? null : sha256();
        if (digest != null) {
            digest.update(Idempotency.head(request.method().name(), request.uri()));
        }
    }

    void start() {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        List<String> kinds = uri.parameters().getOrDefault("kind", List.of());
        ClaimKind kind = null;
        if (!kinds.isEmpty()) {
            String k = kinds.get(0).toLowerCase(Locale.ROOT);
            if (!k.equals("professional") && !k.equals("institutional")) {
                refuse(Problems.of(400, "invalid-parameter", "Invalid kind", "kind: professional or institutional"));
                return;
            }
            kind = ClaimKind.valueOf(k.toUpperCase(Locale.ROOT));
        }
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            if (!t.startsWith("application/json") && !t.startsWith("application/x-ndjson")) {
                refuse(Problems.of(415, "unsupported-media-type", "Unsupported media type",
                        "send a JSON array (application/json) or NDJSON (application/x-ndjson) of claims"));
                return;
            }
        }
        long declared = HttpUtil.getContentLength(request, -1L);
        if (declared > handler.bulk.batchConfig().maxBodyBytes()) {
            refuse(Problems.of(413, "body-too-large", "Content too large",
                    "a batch body is at most " + handler.bulk.batchConfig().maxBodyBytes() + " bytes"));
            return;
        }
        if (idempotencyKey != null && Idempotency.refuseKey(idempotencyKey) != null) {
            refuse(Idempotency.refuseKey(idempotencyKey));
            return;
        }
        String authorization = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        String cause = "POST /v1/batches request " + requestId;
        ClaimKind fixedKind = kind;
        ctx.channel().config().setAutoRead(false);
        timer = ctx.executor().schedule(this::expire, handler.timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            begun = CompletableFuture.supplyAsync(() -> {
                Optional<Caller> c = handler.router.caller(authorization);
                if (c.isEmpty()) {
                    throw new Refused(Problems.unauthorized());
                }
                Caller who = c.get();
                caller = who;
                if (idempotencyKey != null) {
                    IdempotencyStore.Answer k = handler.router.idempotency().take(who.submitterId(), idempotencyKey,
                            Idempotency.PENDING).orElse(null);
                    if (k != null && k.inProgress()) {
                        throw new Refused(Idempotency.answerFor(k, Idempotency.PENDING));
                    }
                    kept = k;
                    if (k != null) {
                        // A repeat (or a reuse) of the key: the body is only read and hashed.
                        return null;
                    }
                    keyHeld.set(true);
                }
                BatchIntake.Upload upload = handler.bulk.batches().begin(who.submitterId(), fixedKind,
                        cause + " key " + who.keyId());
                batchId = upload.batch().id();
                MDC.put(LogFields.BATCH_ID, batchId);
                LOG.info("batch {} receiving submitter={} request={}", batchId, who.submitterId(), requestId);
                return upload;
            }, tasks);
        } catch (RejectedExecutionException e) {
            refuse(Problems.of(503, "overloaded", "Server busy", "try again shortly"));
            return;
        }
        stored = begun.thenApply(upload -> null);
        stored.whenComplete((v, e) -> {
            if (e != null) {
                ctx.executor().execute(() -> failed(e));
            }
        });
        if (HttpUtil.is100ContinueExpected(request)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
        ctx.read();
    }

    boolean waitingForClient() {
        return stopped == null && !receivedAll && !paused;
    }

    void content(HttpContent content) {
        if (stopped != null || answered.get()) {
            return;
        }
        ByteBuf buf = content.content();
        int n = buf.readableBytes();
        bytes += n;
        if (bytes > handler.bulk.batchConfig().maxBodyBytes()) {
            stop(Batch.Status.BODY_LIMIT_EXCEEDED);
            return;
        }
        if (n > 0) {
            byte[] chunk = new byte[n];
            buf.getBytes(buf.readerIndex(), chunk);
            if (digest != null) {
                digest.update(chunk);
            }
            if (take(splitter.feed(chunk, 0, n))) {
                return;
            }
        }
        if (content instanceof LastHttpContent) {
            receivedAll = true;
            timer.cancel(false);
            if (take(splitter.end())) {
                return;
            }
            stop(Batch.Status.COMPLETE);
            return;
        }
        if (waitingChunks.get() < MAX_WAITING_CHUNKS) {
            ctx.read();
        } else {
            paused = true;
        }
    }

    /** Takes the claims the bytes completed; true when the batch stopped on them. */
    private boolean take(List<BatchIntake.Item> items) {
        for (BatchIntake.Item item : items) {
            if (claims >= handler.bulk.batchConfig().maxClaims()) {
                stop(Batch.Status.CLAIM_LIMIT_EXCEEDED);
                return true;
            }
            claims++;
            pending.add(item);
            if (pending.size() >= handler.bulk.batchConfig().claimsPerTransaction()) {
                dispatch();
            }
        }
        if (splitter.failed()) {
            stop(Batch.Status.MALFORMED);
            return true;
        }
        return false;
    }

    /** Validates the pending claims on a worker and stores them after the chunk before. Event loop only. */
    private void dispatch() {
        List<BatchIntake.Item> chunk = pending;
        pending = new ArrayList<>();
        waitingChunks.incrementAndGet();
        CompletableFuture<List<BatchEntry>> prepared = begun.thenApplyAsync(
                upload -> upload == null ? List.of() : upload.prepare(chunk), tasks);
        CompletableFuture<BatchIntake.Upload> upload = begun;
        stored = stored.thenCombineAsync(prepared, (v, entries) -> {
            BatchIntake.Upload u = upload.join();
            if (u != null) {
                results.addAll(u.store(entries));
            }
            return null;
        }, tasks);
        stored.whenComplete((v, e) -> {
            waitingChunks.decrementAndGet();
            ctx.executor().execute(() -> {
                if (e != null) {
                    failed(e);
                } else {
                    resume();
                }
            });
        });
    }

    private void resume() {
        if (paused && stopped == null && !answered.get() && waitingChunks.get() < MAX_WAITING_CHUNKS) {
            paused = false;
            ctx.read();
        }
    }

    /** Ends the batch: stores what is pending, records the status, answers. Event loop only. */
    void stop(Batch.Status status) {
        if (stopped != null) {
            return;
        }
        stopped = status;
        if (begun == null) {
            return;
        }
        if (!pending.isEmpty()) {
            dispatch();
        }
        // The whole body was read: its hash tells a repeat of a kept Idempotency-Key answer.
        String requestHash = digest != null && status == Batch.Status.COMPLETE ? Idempotency.hex(digest.digest()) : null;
        CompletableFuture<BatchIntake.Upload> upload = begun;
        stored.thenRunAsync(() -> {
            IdempotencyStore.Answer k = kept;
            if (k != null) {
                answer(requestHash == null ? Idempotency.reused() : Idempotency.replay(k, requestHash),
                        status != Batch.Status.COMPLETE);
                return;
            }
            Batch done = upload.join().finish(status);
            ApiResponse a = handler.bulk.batchAnswer(done, results);
            if (keyHeld.compareAndSet(true, false)) {
                // Only an answer to a body read to its end is kept: a repeat can then be told by its hash.
                if (requestHash != null) {
                    handler.router.idempotency().finish(caller.submitterId(), idempotencyKey, requestHash, a);
                } else {
                    handler.router.idempotency().release(caller.submitterId(), idempotencyKey);
                }
            }
            answer(a, status != Batch.Status.COMPLETE);
        }, tasks).whenComplete((v, e) -> {
            if (e != null) {
                ctx.executor().execute(() -> failed(e));
            }
        });
    }

    /** The body did not arrive in time: drops what is pending, records ABORTED, answers 408. Event loop only. */
    private void expire() {
        if (stopped != null || receivedAll || answered.get() || begun == null) {
            return;
        }
        stopped = Batch.Status.ABORTED;
        pending.clear();
        long seconds = TimeUnit.MILLISECONDS.toSeconds(handler.timeoutMillis);
        CompletableFuture<BatchIntake.Upload> upload = begun;
        stored.thenRunAsync(() -> {
            BatchIntake.Upload u = upload.join();
            if (u == null) {
                answer(Problems.of(408, "request-timeout", "Request timeout",
                        "the batch body did not arrive within " + seconds + " s; nothing was stored"), true);
                return;
            }
            releaseKey();
            Batch done = u.finish(Batch.Status.ABORTED);
            var body = Problems.body(408, "request-timeout", "Request timeout",
                    "the batch body did not arrive within " + seconds + " s; the claims not yet stored were not "
                            + "stored and " + done.stored() + " claims were stored");
            body.put("batchId", done.id());
            body.put("batchStatus", done.status().name());
            body.put("stored", done.stored());
            answer(ApiResponse.problem(408, body).withHeader("Location", "/v1/batches/" + done.id()), true);
        }, tasks).whenComplete((v, e) -> {
            if (e != null) {
                ctx.executor().execute(() -> failed(e));
            }
        });
    }

    /**
     * A stage failed: refused at the start (bad key), or the store failed. The chunks committed before stay;
     * nothing more is read or stored. Event loop only.
     */
    private void failed(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (stopped == null) {
            stopped = Batch.Status.ABORTED;
        }
        if (cause instanceof Refused r) {
            answer(r.response, true);
            return;
        }
        try {
            tasks.execute(this::releaseKey);
        } catch (RejectedExecutionException x) {
            // The key stays taken until it goes stale (Idempotency.STALE_AFTER).
        }
        if (answered.get()) {
            return;
        }
        if (cause instanceof StoreException s) {
            LOG.error("store failure request={} sqlState={}", requestId,
                    s.getCause() instanceof java.sql.SQLException q ? q.getSQLState() : "-");
        } else {
            LOG.error("failure request={} exception={}", requestId, cause.getClass().getName());
        }
        if (cause instanceof RejectedExecutionException) {
            answer(Problems.of(503, "overloaded", "Server busy", "the batch was not finished; read it with GET "
                    + "/v1/batches/{id} to see what was stored"), true);
            return;
        }
        var body = Problems.body(503, "store-unavailable", "Store unavailable",
                "the batch stopped; claims answered before are stored, read the batch to see which");
        BatchIntake.Upload upload = begun.isCompletedExceptionally() ? null : begun.getNow(null);
        if (upload != null) {
            body.put("batchId", upload.batch().id());
        }
        answer(ApiResponse.problem(503, body), true);
    }

    /** Gives the Idempotency-Key back without an answer (the batch was not finished). Worker only. */
    private void releaseKey() {
        if (keyHeld.compareAndSet(true, false)) {
            handler.router.idempotency().release(caller.submitterId(), idempotencyKey);
        }
    }

    private void refuse(ApiResponse response) {
        stopped = Batch.Status.ABORTED;
        answer(response, true);
    }

    private void answer(ApiResponse response, boolean close) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        Caller c = caller;
        ApiResponse r = c == null ? response : response.forSubmitter(c.submitterId());
        String b = batchId;
        if (ctx.executor().inEventLoop()) {
            write(r, close, b);
        } else {
            ctx.executor().execute(() -> write(r, close, b));
        }
    }

    private void write(ApiResponse r, boolean close, String batchId) {
        if (timer != null) {
            timer.cancel(false);
        }
        boolean keep = keepAlive && !close && receivedAll;
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                Unpooled.wrappedBuffer(r.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        res.headers().set("X-Request-Id", requestId);
        r.headers().forEach((k, v) -> res.headers().set(k, v));
        res.headers().set(HttpHeaderNames.CONNECTION, keep ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        handler.ended(this);
        var future = ctx.writeAndFlush(res);
        if (keep) {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
        } else {
            future.addListener(ChannelFutureListener.CLOSE);
        }
        long nanos = System.nanoTime() - startNanos;
        handler.metrics.recordRequest(Routes.template(new QueryStringDecoder(request.uri()).path()), "POST", r.status(), nanos);
        // The ids as key-value pairs (fields of the JSON format) and in the message (text format).
        var line = ACCESS.atInfo().addKeyValue(LogFields.REQUEST_ID, requestId);
        if (r.submitterId() != null) {
            line = line.addKeyValue(LogFields.SUBMITTER_ID, r.submitterId());
        }
        if (batchId != null) {
            line = line.addKeyValue(LogFields.BATCH_ID, batchId);
        }
        line.log("POST /v1/batches {} {}ms request={} submitter={} batch={}", r.status(),
                TimeUnit.NANOSECONDS.toMillis(nanos), requestId,
                r.submitterId() == null ? "-" : r.submitterId(), batchId == null ? "-" : batchId);
    }

    /** Runs a task on the workers with the request's ids in the log MDC (the batch's once it has one). */
    private void withIds(Runnable task) {
        handler.workers.execute(() -> {
            MDC.put(LogFields.REQUEST_ID, requestId);
            Caller c = caller;
            if (c != null) {
                MDC.put(LogFields.SUBMITTER_ID, c.submitterId());
            }
            String b = batchId;
            if (b != null) {
                MDC.put(LogFields.BATCH_ID, b);
            }
            try {
                task.run();
            } finally {
                MDC.remove(LogFields.REQUEST_ID);
                MDC.remove(LogFields.SUBMITTER_ID);
                MDC.remove(LogFields.BATCH_ID);
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The request is answered at the start (e.g. 401) and goes no further. */
    private static final class Refused extends RuntimeException {
        private final transient ApiResponse response;

        Refused(ApiResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
