package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of one connection: TLS when configured, idle timeout, HTTP/1.1 codec (initial line and
 * header size limits), {@code POST /v1/batches} streamed ({@link BatchUploadHandler}), for the rest the
 * receive timeout ({@link ReceiveTimeoutHandler}), aggregation up to the body limit (413 beyond, and
 * {@code Expect: 100-continue} answered), then the {@link RequestHandler}.
 */
final class HttpInitializer extends ChannelInitializer<SocketChannel> {
    private static final int MAX_INITIAL_LINE = 8192;

    private final HttpConfig config;
    // Set by HttpServer.serve before the first connection is accepted.
    private volatile Router router;
    private final Executor workers;
    private final Metrics metrics;
    private final SslContext tls;

    /** {@code tls}: null for plain HTTP. The router follows ({@link #route}) before connections are accepted. */
    HttpInitializer(HttpConfig config, Executor workers, Metrics metrics, SslContext tls) {
        this.tls = tls;
        this.config = config;
        this.workers = workers;
        this.metrics = metrics;
    }

    void route(Router router) {
        this.router = router;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        if (tls != null) {
            ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
        }
        configure(ch.pipeline(), config, router, workers, metrics);
    }

    /** The handlers, for a real channel and for tests on an EmbeddedChannel alike. */
    static void configure(ChannelPipeline p, HttpConfig config, Router router, Executor workers, Metrics metrics) {
        p.addLast("idle", new IdleStateHandler(0, 0, config.idleTimeoutSeconds(), TimeUnit.SECONDS));
        p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_INITIAL_LINE)
                .setMaxHeaderSize(config.maxHeaderBytes())
                .setMaxChunkSize(64 * 1024)));
        p.addLast("batches", new BatchUploadHandler(router, workers, config.maxJsonDepth(),
                TimeUnit.SECONDS.toMillis(config.batchTimeoutSeconds()), metrics));
        p.addLast("receiveTimeout", new ReceiveTimeoutHandler(TimeUnit.SECONDS.toMillis(config.requestTimeoutSeconds()), metrics));
        p.addLast("aggregator", new BodyLimitAggregator(config.maxBodyBytes(), metrics));
        p.addLast("handler", new RequestHandler(router, workers, TimeUnit.SECONDS.toMillis(config.requestTimeoutSeconds()),
                metrics));
    }
}
