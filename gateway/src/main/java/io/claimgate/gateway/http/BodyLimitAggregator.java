package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Aggregates a request body up to the body limit; past it answers 413 problem+json and closes the
 * connection (the rest of the body is not read), so nothing of the request reaches the router.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;
    private final Metrics metrics;

    BodyLimitAggregator(int maxBodyBytes, Metrics metrics) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        String method = oversized instanceof HttpRequest r ? r.method().name() : "-";
        String path = oversized instanceof HttpRequest r ? new QueryStringDecoder(r.uri()).path() : "-";
        EarlyAnswer.closeWith(ctx, Problems.of(413, "body-too-large", "Content too large",
                "a request body is at most " + maxBodyBytes + " bytes; nothing was stored"), method, path, System.nanoTime(), metrics);
    }
}
