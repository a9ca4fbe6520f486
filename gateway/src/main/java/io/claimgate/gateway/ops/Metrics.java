package io.claimgate.gateway.ops;

import io.claimgate.gateway.store.ClaimCount;
import io.claimgate.gateway.store.ClaimStatus;
import io.claimgate.x12.claim.ClaimKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's meters (Micrometer), scraped in the Prometheus text format by {@code GET /metrics}:
 *
 * <pre>
 * http_server_requests_seconds{route,method,status}   timer with a percentile histogram (1 ms to 60 s)
 * claimgate_claims_stored{kind,status}                claims in the store, by kind and status (counted at each scrape)
 * hikaricp_connections_*{pool="claimgate-store"}      the store's connection pool (HikariCP's Micrometer tracker)
 * jvm_memory_*, jvm_gc_*, jvm_threads_*, jvm_classes_*, process_cpu_usage, system_cpu_count, process_uptime_seconds
 * </pre>
 *
 * Labels hold route templates, methods, statuses, kinds and statuses only: never a claim id, a path as sent
 * or anything from a claim, so the label sets stay small and free of PHI.
 */
public final class Metrics implements AutoCloseable {
    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final PrometheusMeterRegistry registry;
    private final boolean exposed;
    private final JvmGcMetrics gc;
    /** The request timers by route, method and status: built and registered once each, not per request. */
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private volatile Runnable beforeScrape = () -> { };

    private Metrics(boolean exposed, boolean jvm) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.exposed = exposed;
        if (jvm) {
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            gc = new JvmGcMetrics();
            gc.bindTo(registry);
        } else {
            gc = null;
        }
    }

    /** The server's meters with the JVM's; {@code exposed}: whether {@code GET /metrics} answers. */
    public static Metrics create(boolean exposed) {
        return new Metrics(exposed, true);
    }

    /** Meters that nothing scrapes and without the JVM's (for pipelines built without a server, e.g. in tests). */
    public static Metrics detached() {
        return new Metrics(false, false);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Whether {@code GET /metrics} answers (setting {@code metrics.enabled}); when not, it is 404. */
    public boolean exposed() {
        return exposed;
    }

    /**
     * One answered HTTP request. {@code route} must be a template from the route table (or
     * {@code unmatched}), never the path as sent.
     */
    public void recordRequest(String route, String method, int status, long nanos) {
        String upper = method.toUpperCase(Locale.ROOT);
        String m = METHODS.contains(upper) ? upper : "OTHER";
        // Routes are templates and methods a fixed few: the map stays as small as the label sets.
        requestTimers.computeIfAbsent(route + ' ' + m + ' ' + status, k -> Timer.builder("http.server.requests")
                        .description("HTTP requests answered, by route template, method and status")
                        .tag("route", route)
                        .tag("method", m)
                        .tag("status", Integer.toString(status))
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(60))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Gauges {@code claimgate.claims.stored{kind,status}} for every kind and status, set from
     * {@code counts} (one grouped query) at each scrape. When the store cannot answer, the last counts stay.
     */
    public void claimCounts(Supplier<List<ClaimCount>> counts) {
        Objects.requireNonNull(counts, "counts");
        Map<ClaimKind, Map<ClaimStatus, AtomicLong>> values = new EnumMap<>(ClaimKind.class);
        for (ClaimKind kind : ClaimKind.values()) {
            Map<ClaimStatus, AtomicLong> byStatus = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                AtomicLong v = new AtomicLong();
                byStatus.put(status, v);
                Gauge.builder("claimgate.claims.stored", v, AtomicLong::get)
                        .description("Claims in the store, by kind and status")
                        .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                        .tag("status", status.name())
                        .register(registry);
            }
            values.put(kind, byStatus);
        }
        beforeScrape = () -> {
            List<ClaimCount> now;
            try {
                now = counts.get();
            } catch (RuntimeException e) {
                LOG.warn("claim counts unavailable for metrics: {}", e.getClass().getName());
                return;
            }
            values.values().forEach(m -> m.values().forEach(v -> v.set(0)));
            for (ClaimCount c : now) {
                values.get(c.kind()).get(c.status()).set(c.count());
            }
        };
    }

    /** Every meter in the Prometheus text format (refreshes the claim counts first). */
    public String scrape() {
        beforeScrape.run();
        return registry.scrape();
    }

    @Override
    public void close() {
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}
