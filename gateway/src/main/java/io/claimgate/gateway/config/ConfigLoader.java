package io.claimgate.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.http.ServerTls;
import io.claimgate.gateway.http.TlsConfig;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.ops.OpsConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a {@link GatewayConfig}: the defaults, then a file ({@code .properties}, or {@code .json} with
 * the same keys as nested objects or dotted names), then environment variables, each overriding the
 * one before. Every setting has a key and an environment variable:
 *
 * <pre>
 * host                       CLAIMGATE_HOST                      127.0.0.1
 * port                       CLAIMGATE_PORT                      8080
 * db.url                     CLAIMGATE_DB_URL                    jdbc:h2:file:./data/claimgate
 * db.user                    CLAIMGATE_DB_USER                   (empty)
 * db.password                CLAIMGATE_DB_PASSWORD               (empty)
 * db.poolSize                CLAIMGATE_DB_POOL_SIZE              10
 * http.maxBodyBytes          CLAIMGATE_HTTP_MAX_BODY_BYTES       10485760
 * http.maxHeaderBytes        CLAIMGATE_HTTP_MAX_HEADER_BYTES     16384
 * http.maxJsonDepth          CLAIMGATE_HTTP_MAX_JSON_DEPTH       64
 * http.idleTimeoutSeconds    CLAIMGATE_HTTP_IDLE_TIMEOUT_SECONDS 60
 * http.requestTimeoutSeconds CLAIMGATE_HTTP_REQUEST_TIMEOUT_SECONDS 30
 * http.workerThreads         CLAIMGATE_HTTP_WORKER_THREADS       16
 * http.batchTimeoutSeconds   CLAIMGATE_HTTP_BATCH_TIMEOUT_SECONDS 600 (to receive a POST /v1/batches body)
 * http.apiKeyCacheSeconds    CLAIMGATE_HTTP_API_KEY_CACHE_SECONDS 5 (a key found good is trusted this long; 0: never)
 * tls.certificateFile        CLAIMGATE_TLS_CERTIFICATE_FILE      (none: plain HTTP) PEM certificate chain
 * tls.keyFile                CLAIMGATE_TLS_KEY_FILE              (none) PEM private key of that certificate
 * tls.keyPassword            CLAIMGATE_TLS_KEY_PASSWORD          (none) for an encrypted PKCS#8 key
 * batch.maxClaims            CLAIMGATE_BATCH_MAX_CLAIMS          50000
 * batch.maxBodyBytes         CLAIMGATE_BATCH_MAX_BODY_BYTES      1073741824
 * batch.claimsPerTransaction CLAIMGATE_BATCH_CLAIMS_PER_TRANSACTION 500
 * log.format                 CLAIMGATE_LOG_FORMAT                text (or json: one JSON object per line)
 * metrics.enabled            CLAIMGATE_METRICS_ENABLED           true (GET /metrics, no API key needed)
 * </pre>
 *
 * An unknown key in the file, a value that is not a number where one is needed, or a value out of range
 * is an error; all of them are reported together. With TLS the certificate and key files are read here
 * ({@link ServerTls}): one without the other, an unreadable file, or a key that does not belong to the
 * certificate is reported under the setting's name. Relative file paths are resolved against the
 * working directory.
 */
public final class ConfigLoader {
    /** Every key, in the order above. */
    public static final List<String> KEYS = List.of("host", "port", "db.url", "db.user", "db.password", "db.poolSize",
            "http.maxBodyBytes", "http.maxHeaderBytes", "http.maxJsonDepth", "http.idleTimeoutSeconds",
            "http.requestTimeoutSeconds", "http.workerThreads", "http.batchTimeoutSeconds", "http.apiKeyCacheSeconds",
            "tls.certificateFile",
            "tls.keyFile", "tls.keyPassword", "batch.maxClaims", "batch.maxBodyBytes",
            "batch.claimsPerTransaction", "log.format", "metrics.enabled");

    private ConfigLoader() {
    }

    /** The environment variable of a key: {@code http.maxBodyBytes} is {@code CLAIMGATE_HTTP_MAX_BODY_BYTES}. */
    public static String environmentName(String key) {
        StringBuilder b = new StringBuilder("CLAIMGATE_");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                b.append('_');
            } else if (Character.isUpperCase(c)) {
                b.append('_').append(c);
            } else {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /** Defaults, then {@code file} (may be null), then {@code environment}. */
    public static GatewayConfig load(Path file, Map<String, String> environment) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (file != null) {
            Map<String, String> fromFile = file.toString().endsWith(".json") ? readJson(file) : readProperties(file);
            for (Map.Entry<String, String> e : fromFile.entrySet()) {
                if (KEYS.contains(e.getKey())) {
                    values.put(e.getKey(), e.getValue());
                } else {
                    problems.add(file.getFileName() + ": unknown setting " + e.getKey());
                }
            }
        }
        for (String key : KEYS) {
            String v = environment.get(environmentName(key));
            if (v != null) {
                values.put(key, v);
            }
        }
        return build(values, problems);
    }

    private static GatewayConfig build(Map<String, String> v, List<String> problems) {
        HttpConfig h = HttpConfig.defaults();
        DatabaseConfig d = DatabaseConfig.defaults();
        Ints ints = new Ints(v, problems);
        int port = ints.get("port", h.port());
        int poolSize = ints.get("db.poolSize", d.poolSize());
        int maxBody = ints.get("http.maxBodyBytes", h.maxBodyBytes());
        int maxHeader = ints.get("http.maxHeaderBytes", h.maxHeaderBytes());
        int depth = ints.get("http.maxJsonDepth", h.maxJsonDepth());
        int idle = ints.get("http.idleTimeoutSeconds", h.idleTimeoutSeconds());
        int timeout = ints.get("http.requestTimeoutSeconds", h.requestTimeoutSeconds());
        int workers = ints.get("http.workerThreads", h.workerThreads());
        int batchTimeout = ints.get("http.batchTimeoutSeconds", h.batchTimeoutSeconds());
        int keyCache = ints.get("http.apiKeyCacheSeconds", h.apiKeyCacheSeconds());
        BatchConfig b = BatchConfig.defaults();
        int maxClaims = ints.get("batch.maxClaims", b.maxClaims());
        long maxBatchBody = b.maxBodyBytes();
        String mb = v.get("batch.maxBodyBytes");
        if (mb != null) {
            try {
                maxBatchBody = Long.parseLong(mb.trim());
            } catch (NumberFormatException e) {
                problems.add("batch.maxBodyBytes: not a whole number");
            }
        }
        int perTx = ints.get("batch.claimsPerTransaction", b.claimsPerTransaction());
        HttpConfig http = null;
        DatabaseConfig db = null;
        BatchConfig batches = null;
        try {
            batches = new BatchConfig(maxClaims, maxBatchBody, perTx);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            http = new HttpConfig(v.getOrDefault("host", h.host()), port, maxBody, maxHeader, depth, idle, timeout, workers,
                    batchTimeout, tls(v, problems), keyCache);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            db = new DatabaseConfig(v.getOrDefault("db.url", d.url()), v.getOrDefault("db.user", d.user()),
                    v.getOrDefault("db.password", d.password()), poolSize);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        LogFormat logFormat = LogFormat.TEXT;
        if (v.containsKey("log.format")) {
            logFormat = LogFormat.parse(v.get("log.format")).orElse(null);
            if (logFormat == null) {
                problems.add("log.format: text or json");
            }
        }
        boolean metrics = true;
        String m = v.getOrDefault("metrics.enabled", "true").trim();
        if (m.equalsIgnoreCase("false")) {
            metrics = false;
        } else if (!m.equalsIgnoreCase("true")) {
            problems.add("metrics.enabled: true or false");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new GatewayConfig(http, db, batches, new OpsConfig(logFormat, metrics));
    }

    /** The TLS settings, read and checked; null for plain HTTP. */
    private static TlsConfig tls(Map<String, String> v, List<String> problems) {
        String cert = blankToNull(v.get("tls.certificateFile"));
        String key = blankToNull(v.get("tls.keyFile"));
        String password = v.getOrDefault("tls.keyPassword", "");
        if (cert == null && key == null) {
            if (!password.isEmpty()) {
                problems.add("tls.keyPassword: set without tls.keyFile and tls.certificateFile");
            }
            return null;
        }
        if (cert == null || key == null) {
            problems.add(cert == null ? "tls.certificateFile: not set, but tls.keyFile is; TLS needs both"
                    : "tls.keyFile: not set, but tls.certificateFile is; TLS needs both");
            return null;
        }
        TlsConfig tls;
        try {
            tls = new TlsConfig(Path.of(cert), Path.of(key), password);
        } catch (InvalidPathException e) {
            problems.add("tls: not a file path: " + e.getInput());
            return null;
        }
        try {
            ServerTls.read(tls);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
        return tls;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name).trim());
        }
        return out;
    }

    private static Map<String, String> readJson(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            // Made here, not in a static field: most starts read no JSON file and need no mapper yet.
            root = new ObjectMapper().readTree(in);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new ConfigException(List.of(file.getFileName() + ": not a JSON object"));
        }
        flatten("", root, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key, e.getValue(), out);
            } else {
                out.put(key, e.getValue().asText());
            }
        }
    }

    /** Reads integers, collecting a problem for each that is not one. */
    private record Ints(Map<String, String> values, List<String> problems) {
        int get(String key, int fallback) {
            String s = values.get(key);
            if (s == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                problems.add(key + ": not a whole number");
                return fallback;
            }
        }
    }
}
