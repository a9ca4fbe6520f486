package io.claimgate.gateway.http;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.net.ssl.SSLException;

/**
 * The server side of TLS 1.2/1.3 from a {@link TlsConfig}: reads the PEM certificate chain and private
 * key, checks that the key belongs to the first certificate (a signature made with the key must verify
 * with the certificate's public key), and builds a Netty {@link SslContext} on the JDK's TLS provider.
 * Every failure is an {@link IllegalArgumentException} whose message starts with the setting at fault
 * ({@code tls.certificateFile}, {@code tls.keyFile}, {@code tls.keyPassword}), so a misconfigured server
 * refuses to start with a message that says what to fix.
 */
public final class ServerTls {
    /** The protocols offered: TLS 1.0/1.1 are deprecated (RFC 8996). */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);
    // DER of the AlgorithmIdentifier {rsaEncryption, NULL}, for wrapping a PKCS#1 key into PKCS#8.
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private final PrivateKey key;
    private final X509Certificate[] chain;

    private ServerTls(PrivateKey key, X509Certificate[] chain) {
        this.key = key;
        this.chain = chain;
    }

    /** Reads and checks the files of {@code config}. */
    public static ServerTls read(TlsConfig config) {
        X509Certificate[] chain = certificates(config.certificateFile());
        PrivateKey key = privateKey(config, chain[0].getPublicKey().getAlgorithm());
        if (!matches(key, chain[0].getPublicKey())) {
            throw new IllegalArgumentException("tls.keyFile: the key in " + config.keyFile()
                    + " does not belong to the certificate in " + config.certificateFile()
                    + " (" + chain[0].getSubjectX500Principal().getName() + ")");
        }
        return new ServerTls(key, chain);
    }

    /** The server's certificate (first of the chain). */
    public X509Certificate certificate() {
        return chain[0];
    }

    /** A context for server connections: TLS 1.2 and 1.3 only, the JDK provider. */
    public SslContext context() {
        try {
            return SslContextBuilder.forServer(key, chain)
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS)
                    .build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("tls.certificateFile: cannot be used for TLS: " + e.getMessage(), e);
        }
    }

    private static X509Certificate[] certificates(Path file) {
        String text = readPem(file, "tls.certificateFile");
        List<Block> blocks = blocks(text);
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        for (Block b : blocks) {
            if (b.type().equals("CERTIFICATE")) {
                der.writeBytes(b.der());
            }
        }
        if (der.size() == 0) {
            throw new IllegalArgumentException("tls.certificateFile: no PEM certificate (BEGIN CERTIFICATE) in " + file);
        }
        try {
            var certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der.toByteArray()));
            return certs.stream().map(c -> (X509Certificate) c).toArray(X509Certificate[]::new);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.certificateFile: not a valid X.509 certificate in " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(TlsConfig config, String algorithm) {
        Path file = config.keyFile();
        List<Block> blocks = blocks(readPem(file, "tls.keyFile"));
        Block block = blocks.stream().filter(b -> b.type().endsWith("PRIVATE KEY")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("tls.keyFile: no PEM private key (BEGIN PRIVATE KEY) in " + file));
        byte[] pkcs8 = switch (block.type()) {
            case "PRIVATE KEY" -> block.der();
            case "RSA PRIVATE KEY" -> {
                if (block.encryptedLegacy()) {
                    throw new IllegalArgumentException("tls.keyFile: " + file + " is an OpenSSL-encrypted PKCS#1 key; "
                            + "convert it with: openssl pkcs8 -topk8 -in KEY -out KEY.pk8.pem");
                }
                yield wrapPkcs1(block.der());
            }
            case "ENCRYPTED PRIVATE KEY" -> decrypt(block.der(), config);
            default -> throw new IllegalArgumentException("tls.keyFile: " + block.type() + " keys are not read; "
                    + "convert " + file + " to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8.pem");
        };
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.keyFile: " + file + " is not a " + algorithm
                    + " private key matching the certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] decrypt(byte[] der, TlsConfig config) {
        if (config.keyPassword().isEmpty()) {
            throw new IllegalArgumentException("tls.keyPassword: " + config.keyFile() + " is encrypted; set the key password");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            // OpenSSL 3 encrypts with PBES2; the JDK names the cipher by its parameters, not "PBES2".
            String algorithm = info.getAlgName().equals("PBES2") || info.getAlgName().equals("1.2.840.113549.1.5.13")
                    ? info.getAlgParameters().toString() : info.getAlgName();
            var secret = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(config.keyPassword().toCharArray()));
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, secret, info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("tls.keyPassword: cannot decrypt " + config.keyFile()
                    + " (wrong password or unsupported encryption): " + e.getClass().getSimpleName(), e);
        }
    }

    private static boolean matches(PrivateKey key, PublicKey publicKey) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> key.getAlgorithm(); // Ed25519, Ed448, EdDSA sign with their own name
        };
        try {
            byte[] probe = "claimgate tls key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** PKCS#8 PrivateKeyInfo {version 0, rsaEncryption, OCTET STRING pkcs1}. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.write(0x04);
        body.writeBytes(derLength(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.writeBytes(derLength(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] derLength(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        int bytes = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
        byte[] out = new byte[bytes + 1];
        out[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            out[bytes - i] = (byte) (n >>> (8 * i));
        }
        return out;
    }

    private static String readPem(Path file, String setting) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(setting + ": " + file + " is not a PEM text file", e);
        }
    }

    private static List<Block> blocks(String text) {
        Matcher m = PEM.matcher(text);
        List<Block> out = new java.util.ArrayList<>();
        while (m.find()) {
            String body = m.group(2);
            boolean legacyEncrypted = body.contains("Proc-Type:") && body.contains("ENCRYPTED");
            // Legacy headers ("Proc-Type: ...") end at a blank line; the base64 follows.
            int headerEnd = body.indexOf("\n\n");
            if (body.contains(":") && headerEnd >= 0) {
                body = body.substring(headerEnd + 2);
            }
            try {
                out.add(new Block(m.group(1), Base64.getMimeDecoder().decode(body), legacyEncrypted));
            } catch (IllegalArgumentException e) {
                // Not base64: leave it out; the caller says what it did not find.
            }
        }
        return out;
    }

    private record Block(String type, byte[] der, boolean encryptedLegacy) {
    }
}
