package io.claimgate.gateway.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each log event as one JSON object on one line:
 *
 * <pre>
 * {"time":"2024-06-01T12:00:00.123Z","level":"INFO","logger":"io.claimgate.gateway.http.access",
 *  "thread":"claimgate-io-1","message":"POST /v1/claims/professional 201 12ms ...",
 *  "requestId":"req_...","submitterId":"sub_...","claimId":"clm_..."}
 * </pre>
 *
 * then the event's SLF4J key-value pairs and MDC entries as fields of their own (ids such as
 * {@link LogFields#REQUEST_ID}, {@link LogFields#SUBMITTER_ID}, {@link LogFields#CLAIM_ID},
 * {@link LogFields#BATCH_ID}; the first value of a name wins, and none replaces the fixed fields), and
 * {@code exception} with the stack trace when there is one.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] NEWLINE = {'\n'};
    private static final Set<String> FIXED = Set.of("time", "level", "logger", "thread", "message", "exception");

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            g.writeStringField("level", event.getLevel().toString());
            g.writeStringField("logger", event.getLoggerName());
            g.writeStringField("thread", event.getThreadName());
            g.writeStringField("message", event.getFormattedMessage());
            Set<String> written = new HashSet<>(FIXED);
            List<KeyValuePair> pairs = event.getKeyValuePairs();
            if (pairs != null) {
                for (KeyValuePair p : pairs) {
                    if (p.key != null && written.add(p.key)) {
                        field(g, p.key, p.value);
                    }
                }
            }
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null) {
                for (Map.Entry<String, String> e : mdc.entrySet()) {
                    if (written.add(e.getKey())) {
                        g.writeStringField(e.getKey(), e.getValue());
                    }
                }
            }
            IThrowableProxy t = event.getThrowableProxy();
            if (t != null) {
                g.writeStringField("exception", ThrowableProxyUtil.asString(t));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        out.writeBytes(NEWLINE);
        return out.toByteArray();
    }

    private static void field(JsonGenerator g, String name, Object value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumberField(name, ((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else {
            g.writeStringField(name, value.toString());
        }
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
