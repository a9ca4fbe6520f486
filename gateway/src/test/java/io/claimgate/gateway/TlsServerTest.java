package io.claimgate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.config.ConfigLoader;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import io.claimgate.gateway.store.IssuedKey;
import io.claimgate.gateway.store.SubmitterStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS: the real server with a certificate made by {@code certs/make-dev-certs.sh} in a temporary
 * folder, spoken to by java.net.http trusting only the development CA.
 */
class TlsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path certs;

    @BeforeAll
    static void makeCertificates() {
        certs = DevCerts.dir();
    }

    private static void run(String... command) {
        DevCerts.run(command);
    }

    private static HttpClient trustingDevCa() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certs.resolve("dev-ca.crt"))) {
            trust.setCertificateEntry("dev-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static GatewayConfig config(Path dir, Map<String, String> tls) throws IOException {
        GatewayConfig c = ConfigLoader.load(null, tls);
        HttpConfig h = c.http();
        return new GatewayConfig(new HttpConfig("127.0.0.1", 0, h.maxBodyBytes(), h.maxHeaderBytes(), h.maxJsonDepth(),
                h.idleTimeoutSeconds(), h.requestTimeoutSeconds(), 4, h.batchTimeoutSeconds(), h.tls()),
                new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 2));
    }

    private static void serveHttps(Path dir, Map<String, String> tlsSettings, String protocol) throws Exception {
        GatewayConfig config = config(dir, tlsSettings);
        try (Gateway gateway = Gateway.start(config, Clock.systemUTC())) {
            IssuedKey key = new SubmitterStore(gateway.database().dataSource(), Clock.systemUTC()).add("TLS Test").orElseThrow();
            String base = "https://127.0.0.1:" + gateway.port();
            HttpClient client = trustingDevCa();

            HttpRequest.Builder health = HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(Duration.ofSeconds(30));
            HttpResponse<String> ok = client.send(health.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertEquals(protocol, ok.sslSession().orElseThrow().getProtocol());

            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/claims/professional"))
                    .header("Authorization", "Bearer " + key.key())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(GatewayEndToEndTest.claim("TLS-1"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String id = JSON.readTree(created.body()).get("id").asText();
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/claims/" + id))
                    .header("Authorization", "Bearer " + key.key()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode());

            // Plain HTTP to the TLS port gets no HTTP answer: the TLS layer refuses the bytes and closes.
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + gateway.port() + "/healthz")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void servesHttpsWithTheDevelopmentCertificate(@TempDir Path dir) throws Exception {
        serveHttps(dir, Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", certs.resolve("gateway-tls.crt").toString(),
                "CLAIMGATE_TLS_KEY_FILE", certs.resolve("gateway-tls.key").toString()), "TLSv1.3");
    }

    @Test
    void offersTls12AndNotOlder(@TempDir Path dir) throws Exception {
        GatewayConfig config = config(dir, Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", certs.resolve("gateway-tls.crt").toString(),
                "CLAIMGATE_TLS_KEY_FILE", certs.resolve("gateway-tls.pk8.pem").toString()));
        try (Gateway gateway = Gateway.start(config, Clock.systemUTC())) {
            URI health = URI.create("https://127.0.0.1:" + gateway.port() + "/healthz");
            HttpResponse<String> tls12 = client(trustingDevCa(), "TLSv1.2").send(
                    HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, tls12.statusCode());
            assertEquals("TLSv1.2", tls12.sslSession().orElseThrow().getProtocol());
            // The JDK disables TLS 1.1 on the client too; asking for it alone fails the handshake either way,
            // so the server side is checked on its context instead (ServerTlsTest).
        }
    }

    private static HttpClient client(HttpClient trusting, String protocol) {
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {protocol});
        return HttpClient.newBuilder().sslContext(trusting.sslContext()).sslParameters(p)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void readsAnEncryptedPkcs8KeyWithItsPassword(@TempDir Path dir) throws Exception {
        Path encrypted = dir.resolve("gateway-tls.enc.pem");
        run("openssl", "pkcs8", "-topk8", "-in", certs.resolve("gateway-tls.key").toString(),
                "-passout", "pass:s3cret-pass", "-out", encrypted.toString());
        serveHttps(dir, Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", certs.resolve("gateway-tls.crt").toString(),
                "CLAIMGATE_TLS_KEY_FILE", encrypted.toString(), "CLAIMGATE_TLS_KEY_PASSWORD", "s3cret-pass"), "TLSv1.3");
    }

    @Test
    void readsAPkcs1RsaKey(@TempDir Path dir) throws Exception {
        Path pkcs1 = dir.resolve("gateway-tls.rsa.pem");
        run("openssl", "rsa", "-in", certs.resolve("gateway-tls.key").toString(), "-traditional", "-out", pkcs1.toString());
        assertTrue(Files.readString(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        serveHttps(dir, Map.of("CLAIMGATE_TLS_CERTIFICATE_FILE", certs.resolve("gateway-tls.crt").toString(),
                "CLAIMGATE_TLS_KEY_FILE", pkcs1.toString()), "TLSv1.3");
    }
}
