package io.claimgate.gateway.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.claimgate.gateway.ops.LogFields;
import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.store.StoreException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One per connection. Copies each aggregated request into an {@link ApiRequest}, runs the {@link Router}
 * on the worker executor (store calls block), and writes the answer back on the event loop. Reading
 * pauses while a request is in flight, so answers go out in request order. A request not answered within
 * the request timeout gets 503; an idle connection is closed. Logs one line per request: method, path
 * (never the query), status, milliseconds, request id, submitter id, claim id (and batch id, a field of the JSON
 * format); and times it in the
 * request metrics under its route template.
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.claimgate.gateway.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final Executor workers;
    private final long requestTimeoutMillis;
    private final Metrics metrics;
    private boolean inFlight;

    RequestHandler(Router router, Executor workers, long requestTimeoutMillis, Metrics metrics) {
        this.router = router;
        this.workers = workers;
        this.requestTimeoutMillis = requestTimeoutMillis;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        long start = System.nanoTime();
        String requestId = "req_" + Long.toUnsignedString(RANDOM.nextLong(), 36);
        String method = req.method().name();
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        String path = uri.path();
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        if (!req.decoderResult().isSuccess()) {
            Access access = new Access(requestId, method, path, start, false, false);
            write(ctx, access, decodeFailure(req.decoderResult().cause()));
            return;
        }
        Map<String, String> headers = new HashMap<>();
        req.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        ApiRequest request = new ApiRequest(requestId, method, path, uri.parameters(), headers,
                ByteBufUtil.getBytes(req.content()));
        Access access = new Access(requestId, method, path, start, keepAlive, method.equals("HEAD"));

        inFlight = true;
        ctx.channel().config().setAutoRead(false);
        AtomicBoolean answered = new AtomicBoolean();
        var timer = ctx.executor().schedule(() -> {
            if (answered.compareAndSet(false, true)) {
                write(ctx, access.closing(), Problems.of(503, "timeout", "Request timed out",
                        "not answered in time; a repeated submission of the same claim is recognized"));
            }
        }, requestTimeoutMillis, TimeUnit.MILLISECONDS);
        try {
            workers.execute(() -> {
                ApiResponse response = route(request);
                if (answered.compareAndSet(false, true)) {
                    // Cancelled on the event loop, with the answer: from another thread, the cancellation would
                    // be a task of its own for the event loop.
                    if (ctx.executor().inEventLoop()) {
                        timer.cancel(false);
                        write(ctx, access, response);
                    } else {
                        ctx.executor().execute(() -> {
                            timer.cancel(false);
                            write(ctx, access, response);
                        });
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            if (answered.compareAndSet(false, true)) {
                timer.cancel(false);
                write(ctx, access.closing(), Problems.of(503, "overloaded", "Server busy", "try again shortly"));
            }
        }
    }

    private ApiResponse route(ApiRequest request) {
        // Whatever the store and intake log while handling this request carries its id (MDC requestId).
        MDC.put(LogFields.REQUEST_ID, request.requestId());
        try {
            return router.handle(request);
        } catch (StoreException e) {
            // SQL messages can quote values: log the kind of failure only.
            LOG.error("store failure request={} sqlState={}", request.requestId(),
                    e.getCause() instanceof java.sql.SQLException s ? s.getSQLState() : "-");
            return Problems.of(503, "store-unavailable", "Store unavailable", "nothing was stored; try again");
        } catch (RuntimeException e) {
            LOG.error("failure request={} exception={}", request.requestId(), e.getClass().getName());
            return Problems.of(500, "internal-error", "Internal error", "nothing was stored; request id " + request.requestId());
        } finally {
            MDC.remove(LogFields.REQUEST_ID);
        }
    }

    private static ApiResponse decodeFailure(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return Problems.of(431, "headers-too-large", "Request header fields too large", null);
        }
        if (cause instanceof TooLongHttpLineException) {
            return Problems.of(414, "uri-too-long", "URI too long", null);
        }
        if (cause instanceof TooLongFrameException) {
            return Problems.of(413, "body-too-large", "Content too large", null);
        }
        return Problems.of(400, "bad-request", "Malformed HTTP request", null);
    }

    /** What the access log line needs, and how to end the exchange. */
    private record Access(String requestId, String method, String path, long startNanos, boolean keepAlive, boolean head) {
        Access closing() {
            return new Access(requestId, method, path, startNanos, false, head);
        }
    }

    private void write(ChannelHandlerContext ctx, Access access, ApiResponse answer) {
        ApiResponse r = ChangeHealthcareErrors.reshape(access.path(), answer, access.requestId(), null);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                access.head() ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(r.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        res.headers().set("X-Request-Id", access.requestId());
        r.headers().forEach((k, v) -> res.headers().set(k, v));
        res.headers().set(HttpHeaderNames.CONNECTION, access.keepAlive() ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        inFlight = false;
        var future = ctx.writeAndFlush(res);
        if (access.keepAlive()) {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
        } else {
            future.addListener(ChannelFutureListener.CLOSE);
        }
        long nanos = System.nanoTime() - access.startNanos();
        metrics.recordRequest(Routes.template(access.path()), access.method(), r.status(), nanos);
        // The ids go into the message (text format) and as key-value pairs (fields of the JSON format).
        var line = ACCESS.atInfo().addKeyValue(LogFields.REQUEST_ID, access.requestId());
        if (r.submitterId() != null) {
            line = line.addKeyValue(LogFields.SUBMITTER_ID, r.submitterId());
        }
        if (r.claimId() != null) {
            line = line.addKeyValue(LogFields.CLAIM_ID, r.claimId());
        }
        if (r.batchId() != null) {
            line = line.addKeyValue(LogFields.BATCH_ID, r.batchId());
        }
        line.log("{} {} {} {}ms request={} submitter={} claim={}", access.method(), access.path(), r.status(),
                TimeUnit.NANOSECONDS.toMillis(nanos), access.requestId(),
                r.submitterId() == null ? "-" : r.submitterId(), r.claimId() == null ? "-" : r.claimId());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            if (!inFlight) {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error: {}", cause.getClass().getName());
        ctx.close();
    }
}
