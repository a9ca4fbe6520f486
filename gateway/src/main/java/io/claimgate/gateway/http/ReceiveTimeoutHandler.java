package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request timeout while a request is being received: from its first line, the whole body must
 * arrive within the limit. A client that sends the headers and then trickles the body (each byte soon
 * enough to keep the connection from going idle) gets 408 problem+json and the connection is closed;
 * the partial request never reaches the {@link RequestHandler}, so nothing of it is stored. Sits before
 * the aggregator; the streamed batch route has its own limit ({@link BatchUploadHandler}).
 */
final class ReceiveTimeoutHandler extends ChannelInboundHandlerAdapter {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.claimgate.gateway.http.access");

    private final long timeoutMillis;
    private final Metrics metrics;
    private ScheduledFuture<?> timer;
    private boolean timedOut;

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
            long start = System.nanoTime();
            String method = req.method().name();
            String path = new QueryStringDecoder(req.uri()).path();
            timer = ctx.executor().schedule(() -> expire(ctx, method, path, start), timeoutMillis, TimeUnit.MILLISECONDS);
        } else if (msg instanceof LastHttpContent) {
            cancel();
        }
        ctx.fireChannelRead(msg);
    }

    private void expire(ChannelHandlerContext ctx, String method, String path, long startNanos) {
        timer = null;
        if (!ctx.channel().isActive()) {
            return;
        }
        timedOut = true;
        ApiResponse r = Problems.of(408, "request-timeout", "Request timeout",
                "the request body did not arrive within " + TimeUnit.MILLISECONDS.toSeconds(timeoutMillis)
                        + " s of the request line; nothing was stored");
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_TIMEOUT,
                Unpooled.wrappedBuffer(r.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        long nanos = System.nanoTime() - startNanos;
        metrics.recordRequest(Routes.template(path), method, 408, nanos);
        ACCESS.info("{} {} 408 {}ms request=- submitter=- claim=-", method, path, TimeUnit.NANOSECONDS.toMillis(nanos));
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
