package io.claimgate.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * The aggregator of request bodies up to the body limit, answering a larger body as every other error is
 * answered: a 413 problem document (RFC 9457), after which the connection is closed (the rest of the body
 * is not read). Netty's own answer would be an empty 413.
 */
final class ProblemAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    ProblemAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        if (!(oversized instanceof HttpRequest)) {
            super.handleOversizedMessage(ctx, oversized);
            return;
        }
        ApiResponse p = Problems.of(413, "body-too-large", "Content too large",
                "a request body is at most " + maxBodyBytes + " bytes; nothing was stored");
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                Unpooled.wrappedBuffer(p.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, p.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, p.body().length);
        res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }
}
