package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.claimgate.gateway.intake.ClaimSplitter;
import io.claimgate.gateway.store.Batch;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * {@code POST /v1/batches}, streamed: sits before the aggregator and takes this one route's body as it
 * arrives. The event loop splits the body into claims ({@link ClaimSplitter}, non-blocking) and hands them
 * over a chunk at a time ({@link io.claimgate.gateway.intake.BatchConfig#claimsPerTransaction()}) to the
 * worker pool, where chunks are validated side by side (the CPU-bound part, spread over the cores) and stored
 * one transaction each in body order; reading pauses while four chunks wait, so memory holds at most a few
 * chunks whatever the body's size. The answer goes out once the last chunk is committed. Past the claim or body
 * limit, or at malformed JSON, nothing more is read or stored: the answer says how far the batch got and the
 * connection is closed. With {@code Idempotency-Key} the body is hashed as it arrives: a key already kept for the
 * submitter stores nothing and answers the kept answer (the same body) or 422 (another body), a key whose request
 * is still being answered 409; otherwise the key is taken and the answer to a body read to its end kept (a batch
 * not finished gives the key back). A body not received whole within the batch timeout
 * ({@link HttpConfig#batchTimeoutSeconds()}, counted from the request line) gets 408: the claims read but not yet
 * handed to the store are dropped, the chunks committed before stay, the batch is recorded as ABORTED. Every task
 * of the batch logs with the request, submitter and batch ids in the MDC. Every other request passes through
 * untouched.
 */
final class BatchUploadHandler extends ChannelInboundHandlerAdapter {
    final Router router;
    final BulkApi bulk;
    final Executor workers;
    final int maxJsonDepth;
    final long timeoutMillis;
    final Metrics metrics;
    private BatchTransfer current;

    BatchUploadHandler(Router router, Executor workers, int maxJsonDepth, long timeoutMillis, Metrics metrics) {
        this.timeoutMillis = timeoutMillis;
        this.metrics = metrics;
        this.router = router;
        this.bulk = router.bulk();
        this.workers = workers;
        this.maxJsonDepth = maxJsonDepth;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (current != null && msg instanceof HttpContent content) {
            try {
                current.content(content);
            } finally {
                ReferenceCountUtil.release(msg);
            }
            return;
        }
        if (msg instanceof HttpRequest req && req.decoderResult().isSuccess()
                && Routes.streamed(req.method().name(), new QueryStringDecoder(req.uri()).path())) {
            ReferenceCountUtil.release(msg);
            current = new BatchTransfer(this, ctx, req);
            current.start();
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent && current != null) {
            // Idle while we store is fine; idle while we wait for the client's bytes is a stalled upload.
            if (current.waitingForClient()) {
                current.stop(Batch.Status.ABORTED);
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (current != null && !current.receivedAll) {
            current.stop(Batch.Status.ABORTED);
        }
        super.channelInactive(ctx);
    }

    /** The transfer answered: the connection is free for its next request. Event loop only. */
    void ended(BatchTransfer transfer) {
        if (current == transfer) {
            current = null;
        }
    }
}
