package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Netty HTTP/1.1 server: one acceptor thread, event loop threads for I/O, and a bounded pool of
 * worker threads for the blocking work (a full queue answers 503). HTTPS (TLS 1.2/1.3) when the
 * configuration has a certificate and key ({@link ServerTls}), plain HTTP otherwise. Port 0 binds an
 * ephemeral port ({@link #port()} tells which).
 *
 * <p>Starting is two steps so that the process can bind while the store opens: {@link #bind} takes the
 * port without accepting (clients that connect wait in the kernel's backlog, nothing is answered), and
 * {@link #serve} starts accepting with the router once the store is ready.
 */
public final class HttpServer implements AutoCloseable {
    private final EventLoopGroup boss;
    private final EventLoopGroup io;
    private final ThreadPoolExecutor workers;
    private final Channel channel;
    private final HttpInitializer initializer;

    private HttpServer(EventLoopGroup boss, EventLoopGroup io, ThreadPoolExecutor workers, Channel channel,
                       HttpInitializer initializer) {
        this.boss = boss;
        this.io = io;
        this.workers = workers;
        this.channel = channel;
        this.initializer = initializer;
    }

    /** Binds and starts serving, timing requests in {@code metrics}; returns once the port is bound. */
    public static HttpServer start(HttpConfig config, Router router, Metrics metrics) throws InterruptedException {
        HttpServer server = bind(config, metrics);
        server.serve(router);
        return server;
    }

    /**
     * Reads the TLS files (a bad certificate or key fails here, naming the setting), starts the threads
     * and binds the port, but accepts no connection until {@link #serve}.
     */
    public static HttpServer bind(HttpConfig config, Metrics metrics) throws InterruptedException {
        SslContext tls = config.tls() == null ? null : ServerTls.read(config.tls()).context();
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, daemon("claimgate-accept"), NioIoHandler.newFactory());
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(0, daemon("claimgate-io"), NioIoHandler.newFactory());
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.workerThreads(), config.workerThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.workerThreads() * 64), daemon("claimgate-worker"),
                new ThreadPoolExecutor.AbortPolicy());
        HttpInitializer initializer = new HttpInitializer(config, workers, metrics, tls);
        try {
            Channel ch = new ServerBootstrap()
                    .group(boss, io)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    // Not accepting until serve(): connections wait in the backlog meanwhile.
                    .option(ChannelOption.AUTO_READ, false)
                    .childOption(ChannelOption.AUTO_READ, true)
                    .childHandler(initializer)
                    .bind(new InetSocketAddress(config.host(), config.port()))
                    .sync()
                    .channel();
            return new HttpServer(boss, io, workers, ch, initializer);
        } catch (Exception e) {
            // Also a BindException, which Netty throws undeclared.
            boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            io.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownNow();
            throw e;
        }
    }

    /** Starts accepting connections, answered by {@code router}. */
    public void serve(Router router) {
        initializer.route(Objects.requireNonNull(router, "router"));
        channel.config().setAutoRead(true);
        channel.read();
    }

    /** The bound port. */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Blocks until the server channel closes. */
    public void awaitClose() throws InterruptedException {
        channel.closeFuture().sync();
    }

    /** Stops accepting, lets the workers finish what they hold (up to 10 s), then stops the event loops. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
