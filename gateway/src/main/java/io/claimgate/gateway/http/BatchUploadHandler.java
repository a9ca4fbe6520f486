package io.claimgate.gateway.http;

import io.claimgate.gateway.intake.BatchIntake;
import io.claimgate.gateway.intake.ClaimSplitter;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.StoreException;
import io.claimgate.x12.claim.ClaimKind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
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
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.claimgate.gateway.ops.LogFields;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.IdempotencyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * {@code POST /v1/batches}, streamed: sits before the aggregator and takes this one route's body as it
 * arrives. The event loop splits the body into claims ({@link ClaimSplitter}, non-blocking) and hands them
 * over a chunk at a time ({@link io.claimgate.gateway.intake.BatchConfig#claimsPerTransaction()}) to the
 * worker pool, where each chunk is validated and stored in order; reading pauses while two chunks wait, so
 * memory holds at most a few chunks whatever the body's size. The answer goes out once the last chunk is
 * committed. Past the claim or body limit, or at malformed JSON, nothing more is read or stored: the answer
 * says how far the batch got and the connection is closed. With {@code Idempotency-Key} the body is hashed as it
 * arrives: a key already kept for the submitter stores nothing and answers the kept answer (the same body) or
 * 422 (another body); otherwise the answer to a body read to its end is kept. A body not received whole within
 * the batch timeout ({@link HttpConfig#batchTimeoutSeconds()}, counted from the request line) gets 408: the claims
 * read but not yet handed to the store are dropped, the chunks committed before stay, the batch is recorded as
 * ABORTED. Every task of the batch logs
 * with the request, submitter and batch ids in the MDC. Every other request passes through untouched.
 */
final class BatchUploadHandler extends ChannelInboundHandlerAdapter {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.claimgate.gateway.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(BatchUploadHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_WAITING_CHUNKS = 2;

    private final Router router;
    private final BulkApi bulk;
    private final Executor workers;
    private final int maxJsonDepth;
    private final long timeoutMillis;
    private final Metrics metrics;
    private Transfer current;

    BatchUploadHandler(Router router, Executor workers, int maxJsonDepth, long timeoutMillis, Metrics metrics) {
        this.timeoutMillis = timeoutMillis;
        this.metrics = metrics;
        this.router = router;
        this.bulk = router.bulk();
        this.workers = workers;
        this.maxJsonDepth = maxJsonDepth;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (current != null && msg instanceof HttpContent content) {
            try {
                current.content(content);
            } finally {
                ReferenceCountUtil.release(msg);
            }
            return;
        }
        if (msg instanceof HttpRequest req && req.decoderResult().isSuccess()
                && Routes.streamed(req.method().name(), new QueryStringDecoder(req.uri()).path())) {
            ReferenceCountUtil.release(msg);
            current = new Transfer(ctx, req);
            current.start();
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent && current != null) {
            // Idle while we store is fine; idle while we wait for the client's bytes is a stalled upload.
            if (current.waitingForClient()) {
                current.stop(Batch.Status.ABORTED);
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (current != null && !current.receivedAll) {
            current.stop(Batch.Status.ABORTED);
        }
        super.channelInactive(ctx);
    }

    /** One batch request on this connection. Fields without atomics are touched on the event loop only. */
    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private final class Transfer {
        private final ChannelHandlerContext ctx;
        private final HttpRequest request;
        private final String requestId = "req_" + Long.toUnsignedString(RANDOM.nextLong(), 36);
        private final long startNanos = System.nanoTime();
        private final boolean keepAlive;
        private final SerialTasks tasks;
        private final ClaimSplitter splitter = new ClaimSplitter(maxJsonDepth);
        private final AtomicBoolean answered = new AtomicBoolean();
        private final AtomicInteger waitingChunks = new AtomicInteger();
        private final List<BatchResult> results = new ArrayList<>();
        private List<BatchIntake.Item> pending = new ArrayList<>();
        /** Idempotency-Key: the body is hashed as it arrives (with the method and target) to tell a repeat. */
        private final String idempotencyKey;
        private final MessageDigest digest;
        private IdempotencyStore.Answer kept;
        /** True while this request holds its Idempotency-Key (set and read on the worker). */
        private boolean keyTaken;
        private long bytes;
        private int claims;
        private boolean receivedAll;
        private boolean paused;
        private Batch.Status stopped;
        private ScheduledFuture<?> timer;
        // Set and read on the worker (SerialTasks orders the tasks).
        private BatchIntake.Upload upload;
        private Caller caller;
        private ApiResponse failure;

        Transfer(ChannelHandlerContext ctx, HttpRequest request) {
            this.ctx = ctx;
            this.request = request;
            this.keepAlive = HttpUtil.isKeepAlive(request);
            this.tasks = new SerialTasks(workers);
            this.idempotencyKey = request.headers().get(Idempotency.HEADER);
            this.digest = idempotencyKey == null ? null : sha256();
            if (digest != null) {
                digest.update(Idempotency.head(request.method().name(), request.uri()));
            }
        }

        /** Runs a task on the worker with the request's ids in the log MDC (the batch's once it has one). */
        private Runnable withIds(Runnable task) {
            return () -> {
                MDC.put(LogFields.REQUEST_ID, requestId);
                if (caller != null) {
                    MDC.put(LogFields.SUBMITTER_ID, caller.submitterId());
                }
                if (upload != null) {
                    MDC.put(LogFields.BATCH_ID, upload.batch().id());
                }
                try {
                    task.run();
                } finally {
                    MDC.remove(LogFields.REQUEST_ID);
                    MDC.remove(LogFields.SUBMITTER_ID);
                    MDC.remove(LogFields.BATCH_ID);
                }
            };
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
            if (declared > bulk.batchConfig().maxBodyBytes()) {
                refuse(Problems.of(413, "body-too-large", "Content too large",
                        "a batch body is at most " + bulk.batchConfig().maxBodyBytes() + " bytes"));
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
            timer = ctx.executor().schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
            try {
                tasks.submit(withIds(() -> {
                    try {
                        Optional<Caller> c = router.caller(authorization);
                        if (c.isEmpty()) {
                            failure = Problems.unauthorized();
                            answer(failure, true);
                            return;
                        }
                        caller = c.get();
                        if (idempotencyKey != null) {
                            kept = router.idempotency().take(caller.submitterId(), idempotencyKey, Idempotency.PENDING)
                                    .orElse(null);
                            if (kept != null && kept.inProgress()) {
                                failure = Idempotency.answerFor(kept, Idempotency.PENDING);
                                answer(failure, true);
                                return;
                            }
                            if (kept != null) {
                                // A repeat (or a reuse) of the key: the body is only read and hashed.
                                return;
                            }
                            keyTaken = true;
                        }
                        upload = bulk.batches().begin(caller.submitterId(), fixedKind, cause + " key " + caller.keyId());
                        MDC.put(LogFields.BATCH_ID, upload.batch().id());
                        LOG.info("batch {} receiving submitter={} request={}", upload.batch().id(), caller.submitterId(),
                                requestId);
                    } catch (RuntimeException e) {
                        fail(e);
                    }
                }));
            } catch (RejectedExecutionException e) {
                refuse(Problems.of(503, "overloaded", "Server busy", "try again shortly"));
                return;
            }
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
            if (bytes > bulk.batchConfig().maxBodyBytes()) {
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
                if (claims >= bulk.batchConfig().maxClaims()) {
                    stop(Batch.Status.CLAIM_LIMIT_EXCEEDED);
                    return true;
                }
                claims++;
                pending.add(item);
                if (pending.size() >= bulk.batchConfig().claimsPerTransaction()) {
                    dispatch();
                }
            }
            if (splitter.failed()) {
                stop(Batch.Status.MALFORMED);
                return true;
            }
            return false;
        }

        private void dispatch() {
            List<BatchIntake.Item> chunk = pending;
            pending = new ArrayList<>();
            waitingChunks.incrementAndGet();
            submit(() -> {
                try {
                    if (upload != null && failure == null) {
                        results.addAll(upload.store(chunk));
                    }
                } catch (RuntimeException e) {
                    fail(e);
                } finally {
                    waitingChunks.decrementAndGet();
                    ctx.executor().execute(this::resume);
                }
            });
        }

        private void resume() {
            if (paused && stopped == null && waitingChunks.get() < MAX_WAITING_CHUNKS) {
                paused = false;
                ctx.read();
            }
        }

        /** The body did not arrive in time: drops what is pending, records ABORTED, answers 408. Event loop only. */
        private void expire() {
            if (stopped != null || receivedAll || answered.get()) {
                return;
            }
            stopped = Batch.Status.ABORTED;
            pending.clear();
            long seconds = TimeUnit.MILLISECONDS.toSeconds(timeoutMillis);
            submit(() -> {
                if (failure != null || upload == null) {
                    answer(failure != null ? failure : Problems.of(408, "request-timeout", "Request timeout",
                            "the batch body did not arrive within " + seconds + " s; nothing was stored"), true);
                    return;
                }
                try {
                    if (keyTaken) {
                        // An unfinished batch keeps no answer: the key may be used again.
                        keyTaken = false;
                        router.idempotency().release(caller.submitterId(), idempotencyKey);
                    }
                    Batch done = upload.finish(Batch.Status.ABORTED);
                    var body = Problems.body(408, "request-timeout", "Request timeout",
                            "the batch body did not arrive within " + seconds + " s; the claims not yet stored were not "
                                    + "stored and " + done.stored() + " claims were stored");
                    body.put("batchId", done.id());
                    body.put("batchStatus", done.status().name());
                    body.put("stored", done.stored());
                    answer(ApiResponse.problem(408, body).withHeader("Location", "/v1/batches/" + done.id()), true);
                } catch (RuntimeException e) {
                    fail(e);
                }
            });
        }

        /** Ends the batch: stores what is pending, records the status, answers. Event loop only. */
        void stop(Batch.Status status) {
            if (stopped != null) {
                return;
            }
            stopped = status;
            if (!pending.isEmpty()) {
                dispatch();
            }
            // The whole body was read: its hash tells a repeat of a kept Idempotency-Key answer.
            String requestHash = digest != null && status == Batch.Status.COMPLETE ? Idempotency.hex(digest.digest()) : null;
            submit(() -> {
                if (failure == null && kept != null) {
                    answer(requestHash == null ? Idempotency.reused() : Idempotency.replay(kept, requestHash),
                            status != Batch.Status.COMPLETE);
                    return;
                }
                if (failure != null || upload == null) {
                    answer(failure != null ? failure : Problems.of(503, "store-unavailable", "Store unavailable",
                            "nothing was stored; try again"), true);
                    return;
                }
                try {
                    Batch done = upload.finish(status);
                    ApiResponse a = bulk.batchAnswer(done, results);
                    if (keyTaken) {
                        // Only an answer to a body read to its end is kept: a repeat can then be told by its hash.
                        keyTaken = false;
                        if (requestHash != null) {
                            router.idempotency().finish(caller.submitterId(), idempotencyKey, requestHash, a);
                        } else {
                            router.idempotency().release(caller.submitterId(), idempotencyKey);
                        }
                    }
                    answer(a, status != Batch.Status.COMPLETE);
                } catch (RuntimeException e) {
                    fail(e);
                }
            });
        }

        private void submit(Runnable task) {
            try {
                tasks.submit(withIds(task));
            } catch (RejectedExecutionException e) {
                answer(Problems.of(503, "overloaded", "Server busy", "the batch was not finished; read it with GET "
                        + "/v1/batches/{id} to see what was stored"), true);
            }
        }

        /** A store failure: the chunks committed before it stay, nothing more is stored. */
        private void fail(RuntimeException e) {
            if (keyTaken) {
                keyTaken = false;
                try {
                    router.idempotency().release(caller.submitterId(), idempotencyKey);
                } catch (RuntimeException r) {
                    e.addSuppressed(r); // the key goes stale and is taken over later
                }
            }
            if (e instanceof StoreException s) {
                LOG.error("store failure request={} sqlState={}", requestId,
                        s.getCause() instanceof java.sql.SQLException q ? q.getSQLState() : "-");
            } else {
                LOG.error("failure request={} exception={}", requestId, e.getClass().getName());
            }
            if (failure == null) {
                var body = Problems.body(503, "store-unavailable", "Store unavailable",
                        "the batch stopped; claims answered before are stored, read the batch to see which");
                if (upload != null) {
                    body.put("batchId", upload.batch().id());
                }
                failure = ApiResponse.problem(503, body);
            }
            answer(failure, true);
        }

        private void refuse(ApiResponse response) {
            stopped = Batch.Status.ABORTED;
            answer(response, true);
        }

        private void answer(ApiResponse response, boolean close) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            ApiResponse r = caller == null ? response : response.forSubmitter(caller.submitterId());
            String batchId = upload == null ? null : upload.batch().id();
            if (ctx.executor().inEventLoop()) {
                write(r, close, batchId);
            } else {
                ctx.executor().execute(() -> write(r, close, batchId));
            }
        }

        private void write(ApiResponse r, boolean close, String batchId) {
            boolean keep = keepAlive && !close && receivedAll;
            FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                    Unpooled.wrappedBuffer(r.body()));
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
            res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
            res.headers().set("X-Request-Id", requestId);
            r.headers().forEach((k, v) -> res.headers().set(k, v));
            res.headers().set(HttpHeaderNames.CONNECTION, keep ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
            current = null;
            if (timer != null) {
                timer.cancel(false);
            }
            var future = ctx.writeAndFlush(res);
            if (keep) {
                ctx.channel().config().setAutoRead(true);
                ctx.read();
            } else {
                future.addListener(ChannelFutureListener.CLOSE);
            }
            long nanos = System.nanoTime() - startNanos;
            metrics.recordRequest(Routes.template(new QueryStringDecoder(request.uri()).path()), "POST", r.status(), nanos);
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
    }
}
