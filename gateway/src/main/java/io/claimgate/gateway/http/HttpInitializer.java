package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of one connection: idle timeout, HTTP/1.1 codec (initial line and header size limits),
 * {@code POST /v1/batches} streamed ({@link BatchUploadHandler}), for the rest aggregation up to the body limit (413 beyond, and {@code Expect: 100-continue} answered), then the
 * {@link RequestHandler}.
 */
final class HttpInitializer extends ChannelInitializer<SocketChannel> {
    private static final int MAX_INITIAL_LINE = 8192;

    private final HttpConfig config;
    private final Router router;
    private final Executor workers;
    private final Metrics metrics;

    HttpInitializer(HttpConfig config, Router router, Executor workers, Metrics metrics) {
        this.config = config;
        this.router = router;
        this.workers = workers;
        this.metrics = metrics;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        configure(ch.pipeline(), config, router, workers, metrics);
    }

    /** The handlers, for a real channel and for tests on an EmbeddedChannel alike. */
    static void configure(ChannelPipeline p, HttpConfig config, Router router, Executor workers, Metrics metrics) {
        p.addLast("idle", new IdleStateHandler(0, 0, config.idleTimeoutSeconds(), TimeUnit.SECONDS));
        p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_INITIAL_LINE)
                .setMaxHeaderSize(config.maxHeaderBytes())
                .setMaxChunkSize(64 * 1024)));
        p.addLast("batches", new BatchUploadHandler(router, workers, config.maxJsonDepth(), metrics));
        p.addLast("aggregator", new ProblemAggregator(config.maxBodyBytes()));
        p.addLast("handler", new RequestHandler(router, workers, TimeUnit.SECONDS.toMillis(config.requestTimeoutSeconds()),
                metrics));
    }
}
