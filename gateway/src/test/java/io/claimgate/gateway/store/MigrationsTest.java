package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void scriptsListsEveryFileUnderDbMigrationInVersionOrder() throws Exception {
        URL dir = Database.class.getResource("/db/migration");
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        List<String> found;
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            found = files.map(f -> f.getFileName().toString())
                    .sorted(Comparator.comparingInt((String f) -> {
                        Matcher m = name.matcher(f);
                        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
                    }))
                    .toList();
        }
        assertEquals(found, Database.SCRIPTS);
        assertEquals(found.size(), Database.SCHEMA_VERSION);
    }

    @Test
    void aNewH2StoreMadeWithoutFlywayIsTheStoreFlywayMakes() throws Exception {
        Path dir = Files.createTempDirectory("claimgate-migrations");
        try {
            DatabaseConfig fast = new DatabaseConfig("jdbc:h2:file:" + dir.resolve("fast"), "", "", 2);
            String flywayUrl = "jdbc:h2:file:" + dir.resolve("flyway") + ";WRITE_DELAY=0";
            Flyway.configure(Database.class.getClassLoader()).dataSource(flywayUrl, "", "")
                    .locations("classpath:db/migration").load().migrate();
            try (Database db = Database.open(fast)) {
                String madeByFlyway;
                try (Connection c = DriverManager.getConnection(flywayUrl, "", "")) {
                    madeByFlyway = schemaAndHistory(c);
                }
                try (Connection c = db.dataSource().getConnection()) {
                    assertEquals(madeByFlyway, schemaAndHistory(c));
                }
                Flyway flyway = Flyway.configure(Database.class.getClassLoader()).dataSource(db.dataSource())
                        .locations("classpath:db/migration").load();
                assertTrue(flyway.validateWithResult().validationSuccessful, "Flyway accepts the checksums");
                assertEquals(0, flyway.migrate().migrationsExecuted);
                assertEquals(String.valueOf(Database.SCHEMA_VERSION), flyway.info().current().getVersion().getVersion());
            }
        } finally {
            deleteTree(dir);
        }
    }

    @Test
    void openingANewAndThenTheSameH2StoreLogsNoFailedStatement() throws Exception {
        Path dir = Files.createTempDirectory("claimgate-migrations");
        try {
            DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:" + dir.resolve("store"), "", "", 2);
            try (Database db = Database.open(config)) {
                assertTrue(Database.schemaCurrent(db.dataSource(), db.config()));
            }
            try (Database db = Database.open(config)) {
                assertTrue(Database.schemaCurrent(db.dataSource(), db.config()));
            }
            try (Stream<Path> files = Files.list(dir)) {
                // H2 writes a failed statement (such as asking a table that is not there) to store.trace.db
                // (where it may also note a close racing Hikari's closing of idle connections: not ours).
                for (Path trace : files.filter(f -> f.toString().endsWith(".trace.db")).toList()) {
                    String text = Files.readString(trace);
                    assertFalse(text.contains("SQLSyntaxErrorException"), text);
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * H2's DDL for every object (in sorted order: H2 lists constraints in an order of its own) plus the
     * history rows, without the times that differ between runs.
     */
    private static String schemaAndHistory(Connection c) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement()) {
            List<String> ddl = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
                while (rs.next()) {
                    ddl.add(rs.getString(1));
                }
            }
            ddl.stream().sorted().forEach(line -> out.append(line).append('\n'));
            try (ResultSet rs = s.executeQuery("SELECT \"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"success\" FROM \"flyway_schema_history\""
                    + " ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    for (int i = 1; i <= 8; i++) {
                        out.append(rs.getString(i)).append(i < 8 ? " | " : "\n");
                    }
                }
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theFastPathSeesACurrentSchemaAndNothingElse(TestDatabases kind) throws Exception {
        try (TestDatabases.Handle h = kind.create()) {
            assertTrue(Database.schemaCurrent(h.database().dataSource(), h.config()));
            try (Connection c = h.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                String q = h.config().embedded() ? "\"" : "`";
                s.executeUpdate("UPDATE " + q + "flyway_schema_history" + q + " SET " + q + "success" + q + " = false");
                c.commit();
            }
            assertFalse(Database.schemaCurrent(h.database().dataSource(), h.config()), "a failed script sends us to Flyway");
        }
    }
}
