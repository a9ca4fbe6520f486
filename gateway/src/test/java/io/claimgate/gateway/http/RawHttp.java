package io.claimgate.gateway.http;

import io.claimgate.gateway.ops.Metrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/** The server's pipeline on an EmbeddedChannel, spoken to in raw HTTP/1.1 bytes: no socket. */
final class RawHttp {
    private final EmbeddedChannel channel;

    RawHttp(HttpConfig config, Router router, Executor workers) {
        this(config, router, workers, Metrics.detached());
    }

    RawHttp(HttpConfig config, Router router, Executor workers, Metrics metrics) {
        channel = new EmbeddedChannel();
        HttpInitializer.configure(channel.pipeline(), config, router, workers, metrics);
    }

    EmbeddedChannel channel() {
        return channel;
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    Response send(String method, String path, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head(method, path, headers, body == null ? -1 : body.length));
        if (body != null) {
            bytes.writeBytes(body);
        }
        channel.writeInbound(Unpooled.wrappedBuffer(bytes.toByteArray()));
        channel.runPendingTasks();
        return read();
    }

    /**
     * A request head: request line, Host, {@code headers} and, unless {@code contentLength} is negative,
     * Content-Length.
     */
    static byte[] head(String method, String path, Map<String, String> headers, int contentLength) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Hands {@code bytes[from, to)} to the pipeline as one read from the socket and runs the tasks that queued. */
    void write(byte[] bytes, int from, int to) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes, from, to - from));
        channel.runPendingTasks();
    }

    void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    /**
     * Sends a POST's head, then its body in pieces of {@code piece} bytes while the connection stays open, as a
     * client streaming it would; the response, or null when none was written.
     */
    Response stream(String path, Map<String, String> headers, byte[] body, int piece) {
        write(head("POST", path, headers, body.length));
        for (int off = 0; off < body.length && channel.isOpen(); off += piece) {
            write(body, off, Math.min(off + piece, body.length));
        }
        channel.runPendingTasks();
        return read();
    }

    /** The next response written, or null when none is. */
    Response read() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuf b;
        while ((b = channel.readOutbound()) != null) {
            byte[] chunk = new byte[b.readableBytes()];
            b.readBytes(chunk);
            b.release();
            out.writeBytes(chunk);
        }
        if (out.size() == 0) {
            return null;
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            h.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Response(status, h, text.substring(end + 4));
    }
}
