package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The request timeout while a request is being received: from its first line, the whole body must
 * arrive within the limit. A client that sends the headers and then trickles the body (each byte soon
 * enough to keep the connection from going idle) gets 408 problem+json and the connection is closed;
 * the partial request never reaches the {@link RequestHandler}, so nothing of it is stored. Sits before
 * the aggregator; the streamed batch route has its own limit ({@link BatchUploadHandler}).
 */
final class ReceiveTimeoutHandler extends ChannelInboundHandlerAdapter {
    private final long timeoutMillis;
    private final Metrics metrics;
    private ScheduledFuture<?> timer;
    // The request whose body is awaited (null when none is), kept to start the timer late (see below).
    private Receiving receiving;
    private boolean timedOut;

    private record Receiving(String method, String path, long startNanos) {
    }

    ReceiveTimeoutHandler(long timeoutMillis, Metrics metrics) {
        this.timeoutMillis = timeoutMillis;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (timedOut) {
            // Answered 408 already: the rest of this request is dropped unread.
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest req && !(msg instanceof LastHttpContent)) {
            cancel();
            receiving = new Receiving(req.method().name(), new QueryStringDecoder(req.uri()).path(), System.nanoTime());
            // A pipelined request read while the one before it is being answered: the server is not reading
            // (RequestHandler paused it), so the clock starts with the first body bytes read after that.
            if (ctx.channel().config().isAutoRead()) {
                startTimer(ctx);
            }
        } else if (msg instanceof LastHttpContent) {
            cancel();
            receiving = null;
        } else if (receiving != null && timer == null) {
            startTimer(ctx);
        }
        ctx.fireChannelRead(msg);
    }

    private void startTimer(ChannelHandlerContext ctx) {
        Receiving r = receiving;
        timer = ctx.executor().schedule(() -> expire(ctx, r), timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void expire(ChannelHandlerContext ctx, Receiving r) {
        timer = null;
        if (!ctx.channel().isActive() || receiving != r) {
            return;
        }
        timedOut = true;
        EarlyAnswer.closeWith(ctx, Problems.of(408, "request-timeout", "Request timeout",
                "the request body did not arrive within " + TimeUnit.MILLISECONDS.toSeconds(timeoutMillis)
                        + " s of the request line; nothing was stored"), r.method(), r.path(), r.startNanos(), metrics);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
    }
}
