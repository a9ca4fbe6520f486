package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void schemaVersionIsTheHighestScript() throws Exception {
        URL dir = Database.class.getResource("/db/migration");
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest = 0;
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertEquals(highest, Database.SCHEMA_VERSION);
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
