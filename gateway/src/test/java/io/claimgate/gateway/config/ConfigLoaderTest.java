package io.claimgate.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.ops.OpsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsNeedNothingInstalled() throws Exception {
        GatewayConfig c = ConfigLoader.load(null, Map.of());
        assertEquals(GatewayConfig.defaults(), c);
        assertEquals("127.0.0.1", c.http().host());
        assertEquals(8080, c.http().port());
        assertEquals(5, c.http().apiKeyCacheSeconds());
        assertEquals("jdbc:h2:file:./data/claimgate", c.database().url());
    }

    @Test
    void environmentOverridesTheFileWhichOverridesTheDefaults() throws Exception {
        Path file = dir.resolve("claimgate.properties");
        Files.writeString(file, "port=9000\nhost=0.0.0.0\ndb.url=jdbc:mariadb://db:3306/claims\nhttp.maxBodyBytes=2048\n");
        GatewayConfig c = ConfigLoader.load(file, Map.of("CLAIMGATE_PORT", "9100", "CLAIMGATE_DB_PASSWORD", "s3cret",
                "CLAIMGATE_HTTP_WORKER_THREADS", "3", "CLAIMGATE_HTTP_BATCH_TIMEOUT_SECONDS", "900", "CLAIMGATE_HTTP_API_KEY_CACHE_SECONDS", "0",
                "UNRELATED", "x"));
        assertEquals(900, c.http().batchTimeoutSeconds());
        assertEquals(0, c.http().apiKeyCacheSeconds());
        assertEquals(9100, c.http().port());
        assertEquals("0.0.0.0", c.http().host());
        assertEquals(2048, c.http().maxBodyBytes());
        assertEquals(3, c.http().workerThreads());
        assertEquals("jdbc:mariadb://db:3306/claims", c.database().url());
        assertEquals("s3cret", c.database().password());
        assertTrue(!c.database().toString().contains("s3cret"), "the password stays out of toString");
    }

    @Test
    void jsonFilesMayNestTheKeys() throws Exception {
        Path file = dir.resolve("claimgate.json");
        Files.writeString(file, "{\"port\": 7000, \"db\": {\"url\": \"jdbc:h2:file:/tmp/x\", \"poolSize\": 3},"
                + " \"http\": {\"requestTimeoutSeconds\": 5}}");
        GatewayConfig c = ConfigLoader.load(file, Map.of());
        assertEquals(7000, c.http().port());
        assertEquals(3, c.database().poolSize());
        assertEquals(5, c.http().requestTimeoutSeconds());
        assertEquals("jdbc:h2:file:/tmp/x", c.database().url());
    }

    @Test
    void everyProblemIsReportedTogether() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "prot=9000\nhttp.maxJsonDepth=deep\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(file, Map.of("CLAIMGATE_PORT", "70000", "CLAIMGATE_DB_URL", "jdbc:oracle:thin:@x")));
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("unknown setting prot"));
    }

    @Test
    void operationsSettings() throws Exception {
        assertEquals(OpsConfig.defaults(), ConfigLoader.load(null, Map.of()).ops());
        assertEquals(LogFormat.TEXT, OpsConfig.defaults().logFormat());
        assertTrue(OpsConfig.defaults().metricsEnabled());
        Path file = dir.resolve("ops.properties");
        Files.writeString(file, "log.format=json\nmetrics.enabled=false\n");
        assertEquals(new OpsConfig(LogFormat.JSON, false), ConfigLoader.load(file, Map.of()).ops());
        assertEquals(new OpsConfig(LogFormat.TEXT, false),
                ConfigLoader.load(file, Map.of("CLAIMGATE_LOG_FORMAT", "TEXT")).ops());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("CLAIMGATE_LOG_FORMAT", "xml", "CLAIMGATE_METRICS_ENABLED", "yes")));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    @Test
    void environmentNamesFollowTheKeys() {
        assertEquals("CLAIMGATE_LOG_FORMAT", ConfigLoader.environmentName("log.format"));
        assertEquals("CLAIMGATE_METRICS_ENABLED", ConfigLoader.environmentName("metrics.enabled"));
        assertEquals("CLAIMGATE_PORT", ConfigLoader.environmentName("port"));
        assertEquals("CLAIMGATE_DB_URL", ConfigLoader.environmentName("db.url"));
        assertEquals("CLAIMGATE_HTTP_MAX_BODY_BYTES", ConfigLoader.environmentName("http.maxBodyBytes"));
    }
}
