package io.claimgate.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.DevCerts;
import io.claimgate.gateway.cli.Main;
import io.claimgate.gateway.http.ServerTls;
import io.claimgate.gateway.http.TlsConfig;
import io.netty.buffer.ByteBufAllocator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The TLS settings: read from file and environment, and every way to get them wrong named at startup. */
class TlsSettingsTest {
    private static final Path CERTS = DevCerts.dir();
    private static final String CERT = CERTS.resolve("gateway-tls.crt").toString();
    private static final String KEY = CERTS.resolve("gateway-tls.key").toString();

    @TempDir
    Path dir;

    private static List<String> problems(Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(null, env)).problems();
    }

    @Test
    void withoutCertificateAndKeyTheServerSpeaksPlainHttp() throws Exception {
        assertNull(ConfigLoader.load(null, Map.of()).http().tls());
    }

    @Test
    void fromTheFileAndTheEnvironment() throws Exception {
        Path file = dir.resolve("claimgate.properties");
        Files.writeString(file, "tls.certificateFile=" + CERT + "\ntls.keyFile=/nowhere/key.pem\n");
        TlsConfig tls = ConfigLoader.load(file, Map.of("CLAIMGATE_TLS_KEY_FILE", KEY)).http().tls();
        assertEquals(new TlsConfig(Path.of(CERT), Path.of(KEY), ""), tls);
        Path json = dir.resolve("claimgate.json");
        Files.writeString(json, "{\"tls\": {\"certificateFile\": \"" + CERT + "\", \"keyFile\": \"" + KEY + "\"}}");
        assertEquals(tls, ConfigLoader.load(json, Map.of()).http().tls());
        assertEquals("CLAIMGATE_TLS_KEY_PASSWORD", ConfigLoader.environmentName("tls.keyPassword"));
    }

    @Test
    void oneWithoutTheOtherIsAnError() {
        List<String> p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", CERT));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("tls.keyFile: not set"), p.get(0));
        p = problems(Map.of("CLAIMGATE_TLS_KEY_FILE", KEY));
        assertTrue(p.get(0).startsWith("tls.certificateFile: not set"), p.get(0));
        p = problems(Map.of("CLAIMGATE_TLS_KEY_PASSWORD", "x"));
        assertTrue(p.get(0).startsWith("tls.keyPassword:"), p.get(0));
    }

    @Test
    void unreadableOrWrongFilesAreNamed() throws Exception {
        List<String> p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", dir.resolve("missing.crt").toString(),
                "CLAIMGATE_TLS_KEY_FILE", KEY));
        assertTrue(p.get(0).startsWith("tls.certificateFile: cannot read"), p.get(0));
        p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", CERT, "CLAIMGATE_TLS_KEY_FILE", dir.resolve("missing.key").toString()));
        assertTrue(p.get(0).startsWith("tls.keyFile: cannot read"), p.get(0));
        // The certificate where the key should be, and the other way round.
        p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", CERT, "CLAIMGATE_TLS_KEY_FILE", CERT));
        assertTrue(p.get(0).startsWith("tls.keyFile: no PEM private key"), p.get(0));
        p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", KEY, "CLAIMGATE_TLS_KEY_FILE", KEY));
        assertTrue(p.get(0).startsWith("tls.certificateFile: no PEM certificate"), p.get(0));
        Path garbled = dir.resolve("garbled.crt");
        Files.writeString(garbled, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", garbled.toString(), "CLAIMGATE_TLS_KEY_FILE", KEY));
        assertTrue(p.get(0).startsWith("tls.certificateFile: not a valid X.509 certificate"), p.get(0));
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        List<String> p = problems(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", CERT,
                "CLAIMGATE_TLS_KEY_FILE", CERTS.resolve("gateway-as2.key").toString()));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("tls.keyFile: the key in"), p.get(0));
        assertTrue(p.get(0).contains("does not belong to the certificate"), p.get(0));
    }

    @Test
    void anEncryptedKeyNeedsItsPassword() {
        Path encrypted = dir.resolve("enc.pem");
        DevCerts.run("openssl", "pkcs8", "-topk8", "-in", KEY, "-passout", "pass:right", "-out", encrypted.toString());
        Map<String, String> env = new HashMap<>(Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", CERT,
                "CLAIMGATE_TLS_KEY_FILE", encrypted.toString()));
        assertTrue(problems(env).get(0).startsWith("tls.keyPassword: "), problems(env).toString());
        env.put("CLAIMGATE_TLS_KEY_PASSWORD", "Xq7-not-it");
        List<String> p = problems(env);
        assertTrue(p.get(0).startsWith("tls.keyPassword: cannot decrypt"), p.get(0));
        assertFalse(p.get(0).contains("Xq7-not-it"), "the password is not echoed");
        env.put("CLAIMGATE_TLS_KEY_PASSWORD", "right");
        TlsConfig tls = assertDoesNotThrowConfig(env);
        assertFalse(tls.toString().contains("right"), tls.toString());
    }

    private static TlsConfig assertDoesNotThrowConfig(Map<String, String> env) {
        try {
            return ConfigLoader.load(null, env).http().tls();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onlyTls12And13AreOffered() {
        SSLEngine engine = ServerTls.read(new TlsConfig(Path.of(CERT), Path.of(KEY))).context()
                .newEngine(ByteBufAllocator.DEFAULT);
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), List.of(engine.getEnabledProtocols()));
    }

    @Test
    void serveRefusesToStartNamingTheSetting() throws Exception {
        Path file = dir.resolve("claimgate.properties");
        Files.writeString(file, "port=0\ndb.url=jdbc:h2:file:" + dir.resolve("store") + "\ntls.certificateFile=" + CERT + "\n");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main()).setErr(new PrintWriter(err, true)).execute("serve", "--config", file.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("config: tls.keyFile: not set"), err.toString());
        assertFalse(Files.exists(dir.resolve("store.mv.db")), "the store is not opened");
        // The same through the process's entry point, which builds the serve command alone.
        assertEquals(2, Main.run("serve", "--config", file.toString()));
        assertEquals(2, Main.run("serve", "--no-such-option"));
        assertFalse(Files.exists(dir.resolve("store.mv.db")), "the store is not opened");
    }
}
