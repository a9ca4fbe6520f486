package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Aggregates a request body up to the body limit; past it answers 413 problem+json and closes the
 * connection (the rest of the body is not read), so nothing of the request reaches the router. A request
 * with {@code Expect: 100-continue} whose {@code Content-Length} is past the limit gets the same 413
 * instead of the 100, and the connection is closed.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;
    private final Metrics metrics;

    BodyLimitAggregator(int maxBodyBytes, Metrics metrics) {
        super(maxBodyBytes, true);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object answer = super.newContinueResponse(start, maxContentLength, pipeline);
        if (answer instanceof FullHttpResponse r && r.status().code() == 413) {
            r.release();
            ApiResponse p = ChangeHealthcareErrors.reshape(start instanceof HttpRequest q ? new QueryStringDecoder(q.uri()).path()
                    : null, tooLarge(), null, null);
            FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    Unpooled.wrappedBuffer(p.body()));
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, p.contentType());
            res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, p.body().length);
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return res;
        }
        return answer;
    }

    private ApiResponse tooLarge() {
        return Problems.of(413, "body-too-large", "Content too large",
                "a request body is at most " + maxBodyBytes + " bytes; nothing was stored");
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        String method = oversized instanceof HttpRequest r ? r.method().name() : "-";
        String path = oversized instanceof HttpRequest r ? new QueryStringDecoder(r.uri()).path() : "-";
        EarlyAnswer.closeWith(ctx, tooLarge(), method, path, System.nanoTime(), metrics);
    }
}
