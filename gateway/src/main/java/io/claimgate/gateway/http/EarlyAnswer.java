package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer given before a request reaches the {@link RequestHandler} (body too large, body too slow):
 * the problem document, then the connection closed, since the rest of the request is not read. Logged
 * and timed like every other request.
 */
final class EarlyAnswer {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.claimgate.gateway.http.access");

    private EarlyAnswer() {
    }

    static void closeWith(ChannelHandlerContext ctx, ApiResponse answer, String method, String path, long startNanos,
                          Metrics metrics) {
        ApiResponse r = ChangeHealthcareErrors.reshape(path, answer, null, null);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                Unpooled.wrappedBuffer(r.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        long nanos = System.nanoTime() - startNanos;
        metrics.recordRequest(Routes.template(path), method, r.status(), nanos);
        ACCESS.info("{} {} {} {}ms request=- submitter=- claim=-", method, path, r.status(), TimeUnit.NANOSECONDS.toMillis(nanos));
    }
}
