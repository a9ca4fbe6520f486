package io.claimgate.gateway.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two stores tests run against: the real MariaDB on 127.0.0.1:3306 (user root, no password), in a
 * database made for this run and dropped after, and H2 in a file under a temporary directory.
 */
public enum TestDatabases {
    H2, MARIADB;

    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    /** A fresh, empty store of this kind. Close the returned handle to drop it. */
    public Handle create() throws IOException, SQLException {
        if (this == H2) {
            Path dir = Files.createTempDirectory("claimgate-h2");
            DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 4);
            return new Handle(config, Database.open(config), () -> deleteTree(dir));
        }
        String name = "claimgate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(MARIADB_SERVER + "test", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DatabaseConfig config = new DatabaseConfig(MARIADB_SERVER + name, "root", "", 8);
        return new Handle(config, Database.open(config), () -> {
            try (Connection c = DriverManager.getConnection(MARIADB_SERVER + "test", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        });
    }

    interface Cleanup {
        void run() throws IOException, SQLException;
    }

    /** An open store and how to remove it. */
    public static final class Handle implements AutoCloseable {
        private final DatabaseConfig config;
        private final Database database;
        private final Cleanup cleanup;

        Handle(DatabaseConfig config, Database database, Cleanup cleanup) {
            this.config = config;
            this.database = database;
            this.cleanup = cleanup;
        }

        public Database database() {
            return database;
        }

        public DatabaseConfig config() {
            return config;
        }

        @Override
        public void close() throws IOException, SQLException {
            database.close();
            cleanup.run();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
