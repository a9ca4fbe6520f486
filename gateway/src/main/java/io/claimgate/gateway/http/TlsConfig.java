package io.claimgate.gateway.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * TLS for the HTTP server: a PEM certificate chain (the server's certificate first, then any
 * intermediates) and its PEM private key (PKCS#8 {@code BEGIN PRIVATE KEY}, encrypted PKCS#8
 * {@code BEGIN ENCRYPTED PRIVATE KEY} with {@code keyPassword}, or PKCS#1 {@code BEGIN RSA PRIVATE KEY}).
 * {@code keyPassword} is empty for an unencrypted key. {@link ServerTls} reads and checks the files.
 */
public record TlsConfig(Path certificateFile, Path keyFile, String keyPassword) {
    public TlsConfig {
        Objects.requireNonNull(certificateFile, "certificateFile");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(keyPassword, "keyPassword");
    }

    /** An unencrypted key. */
    public TlsConfig(Path certificateFile, Path keyFile) {
        this(certificateFile, keyFile, "");
    }

    @Override
    public String toString() {
        // The key password stays out of logs and error messages.
        return "TlsConfig[certificateFile=" + certificateFile + ", keyFile=" + keyFile
                + ", keyPassword=" + (keyPassword.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
