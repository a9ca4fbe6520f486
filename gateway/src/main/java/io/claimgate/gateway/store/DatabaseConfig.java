package io.claimgate.gateway.store;

import java.util.Objects;

/**
 * Where the store lives: a JDBC URL ({@code jdbc:h2:file:...} for the embedded store,
 * {@code jdbc:mariadb://host:3306/db} in production), its credentials and the pool size.
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {
    /** The embedded default: an H2 file under {@code ./data}, nothing to install. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/claimgate";

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new IllegalArgumentException("url: only jdbc:h2: and jdbc:mariadb: are supported");
        }
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("poolSize: 1 to 200, was " + poolSize);
        }
    }

    /** The embedded H2 default with 10 connections. */
    public static DatabaseConfig defaults() {
        return new DatabaseConfig(DEFAULT_URL, "", "", 10);
    }

    /** True for the embedded H2 store. */
    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials a URL may carry, for logs. */
    public String redactedUrl() {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        int semi = base.indexOf(';');
        return semi < 0 ? base : base.substring(0, semi);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
