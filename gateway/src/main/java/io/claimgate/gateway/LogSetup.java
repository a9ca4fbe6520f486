package io.claimgate.gateway;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.claimgate.gateway.ops.JsonLogEncoder;
import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.ops.PacedLogWriter;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import org.slf4j.LoggerFactory;

/**
 * Logging set up in code (found by logback through {@code META-INF/services}), which starts faster than
 * parsing XML: one event per line on stderr (stdout stays for command output), Claimgate at INFO and
 * libraries at WARN. The format is text unless {@code CLAIMGATE_LOG_FORMAT=json} (one JSON object per
 * line, {@link JsonLogEncoder}); {@code claimgate serve} applies its configured format with {@link #use}, through a
 * queue so that no request thread writes to stderr itself.
 * Never log PHI: ids only. With {@code -Dlogback.configurationFile=...} logback's own configuration is
 * used instead, and {@link #use} leaves it alone.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** The MariaDB driver's logger of the errors the server sends. */
    static final String MARIADB_ERRORS = "org.mariadb.jdbc.message.server.ErrorPacket";

    /**
     * The text format: time (UTC), level, logger's simple name, message, then the ids in the MDC (request,
     * submitter, batch) in brackets when there are any.
     */
    public static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{0} %msg"
            + "%replace( [%mdc]){' \\[\\]', ''}%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context, LogFormat.parse(System.getenv("CLAIMGATE_LOG_FORMAT")).orElse(LogFormat.TEXT));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Switches the running server's logs to {@code format} (unless logback is configured from a file), written
     * by a thread of their own ({@link PacedLogWriter}): a request's access line is handed over in a queue instead
     * of written to stderr on the event loop, which a slow reader of stderr (a pipe, a terminal) would otherwise
     * stall, and the lines queued are written together every few milliseconds. Nothing is dropped: when the queue
     * (8,192 events) is full the logging thread waits for room. {@link #stop} flushes it at shutdown.
     */
    public static void use(LogFormat format) {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        Appender<ILoggingEvent> stderr = install(context, format);
        PacedLogWriter queued = new PacedLogWriter(encoder(context, format),
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16));
        queued.setContext(context);
        queued.setName("stderr-queue");
        queued.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(stderr);
        stderr.stop();
        root.addAppender(queued);
    }

    /** Writes out what is still queued and stops logging: the last thing a server does before it exits. */
    public static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    /** A started encoder of {@code format} (also for tests that capture what is logged). */
    public static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
        Encoder<ILoggingEvent> encoder;
        if (format == LogFormat.JSON) {
            encoder = new JsonLogEncoder();
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(PATTERN);
            encoder = text;
        }
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }

    private static Appender<ILoggingEvent> install(LoggerContext context, LogFormat format) {
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context, format));
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("io.claimgate").setLevel(Level.INFO);
        // The MariaDB driver logs every error the server sends at WARN, values quoted: a second original claim is
        // "Duplicate entry '<submitter>-<patient control number>'", which the store expects and answers. What
        // fails is logged by the gateway with its SQLState only.
        context.getLogger(MARIADB_ERRORS).setLevel(Level.ERROR);
        return stderr;
    }
}
