package io.claimgate.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's connection pool (HikariCP), migrated to the current schema (Flyway, the scripts under
 * {@code db/migration}) when opened. One per process; pass it to the stores, close it at shutdown.
 *
 * <p>Durability: connections run with auto-commit off and every store operation commits before it
 * returns. The embedded H2 store is opened with {@code WRITE_DELAY=0} unless the URL says otherwise, so
 * a commit is on disk when it returns and a killed process loses nothing it answered for.
 */
public final class Database implements AutoCloseable {
    /** The scripts under {@code db/migration} in version order; add each new one (MigrationsTest checks the list). */
    static final List<String> SCRIPTS = List.of("V1__store.sql", "V2__batches.sql", "V3__acknowledgements_payments.sql",
            "V4__access_tokens.sql", "V5__remittances.sql");
    /** The highest script version. */
    static final int SCHEMA_VERSION = SCRIPTS.size();

    private final HikariDataSource dataSource;
    private final DatabaseConfig config;

    private Database(HikariDataSource dataSource, DatabaseConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Opens the pool and migrates the schema. Throws {@link StoreException} when the database cannot be used. */
    public static Database open(DatabaseConfig config) {
        return open(config, null);
    }

    /**
     * Opens the pool, reporting its connection metrics ({@code hikaricp_connections_*}) to {@code registry}
     * when not null, and migrates the schema.
     */
    public static Database open(DatabaseConfig config, MeterRegistry registry) {
        HikariConfig h = new HikariConfig();
        h.setJdbcUrl(jdbcUrl(config));
        h.setUsername(config.user());
        h.setPassword(config.password());
        h.setMaximumPoolSize(config.poolSize());
        h.setMinimumIdle(Math.min(2, config.poolSize()));
        h.setAutoCommit(false);
        h.setPoolName("claimgate-store");
        if (registry != null) {
            h.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
        h.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // A locked H2 file will not unlock by waiting; a MariaDB server may still be starting.
        h.setInitializationFailTimeout(config.embedded() ? 1 : 10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(h);
        } catch (RuntimeException e) {
            throw new StoreException("open " + config.redactedUrl(), sqlCause(e));
        }
        try {
            if (!schemaMadeWithoutFlyway(ds, config) && !schemaCurrent(ds, config)) {
                Flyway.configure(Database.class.getClassLoader())
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, config);
    }

    /**
     * A new, empty H2 store gets its schema from {@link NewH2Schema} (Flyway is the slowest part of starting
     * on a new store); then true. False for anything else, which goes on to {@link #schemaCurrent} and Flyway.
     */
    static boolean schemaMadeWithoutFlyway(DataSource ds, DatabaseConfig config) {
        if (!config.embedded()) {
            return false;
        }
        try (Connection c = ds.getConnection()) {
            if (!tables(c).isEmpty()) {
                c.rollback();
                return false;
            }
            NewH2Schema.create(c, SCRIPTS);
            return true;
        } catch (SQLException e) {
            throw new StoreException("create the schema in " + config.redactedUrl(), e);
        }
    }

    /** The names of the tables in the connection's current schema (H2) or database (MariaDB). */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /**
     * True when Flyway's history says every script up to {@link #SCHEMA_VERSION} ran and none failed:
     * then Flyway (about a second to load) is not needed at start. Anything else, including no history
     * table yet, leaves the decision to Flyway.
     */
    static boolean schemaCurrent(DataSource ds, DatabaseConfig config) {
        String q = config.embedded() ? "\"" : "`";
        String sql = "SELECT " + q + "version" + q + ", " + q + "success" + q + " FROM " + q + "flyway_schema_history" + q
                + " WHERE " + q + "version" + q + " IS NOT NULL";
        try (Connection c = ds.getConnection()) {
            // Asking first keeps a store without the table from logging a failed query (H2's .trace.db file).
            if (!tables(c).contains("flyway_schema_history")) {
                c.rollback();
                return false;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int highest = 0;
                boolean allSucceeded = true;
                while (rs.next()) {
                    highest = Math.max(highest, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                    allSucceeded &= rs.getBoolean(2);
                }
                c.rollback();
                return allSucceeded && highest == SCHEMA_VERSION;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The URL the pool connects with. H2: {@code WRITE_DELAY=0} (see above). MariaDB: server-side prepared
     * statements ({@code useServerPrepStmts=true}, cached per connection by the driver) unless the URL says
     * otherwise: values travel in the binary protocol instead of being escaped into SQL text, which took the
     * JDBC client's CPU per claim inserted from about 40 to 25 µs in {@code claimgate bench-load --phases jdbc}
     * (a loaded machine; MariaDB's share about the same); the driver's bulk insert is on by default.
     */
    static String jdbcUrl(DatabaseConfig config) {
        String url = config.url();
        if (config.embedded() && !url.toUpperCase().contains("WRITE_DELAY")) {
            url = url + ";WRITE_DELAY=0";
        }
        if (!config.embedded() && !url.contains("useServerPrepStmts")) {
            url = url + (url.contains("?") ? "&" : "?") + "useServerPrepStmts=true";
        }
        return url;
    }

    /**
     * Reports the pool's connection metrics ({@code hikaricp_connections_*}) to {@code registry} from now
     * on, for a store opened without a registry (the server opens the store while it creates its meters).
     */
    public void reportMetrics(MeterRegistry registry) {
        dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** True when a connection can be had and answers within 2 seconds (for {@code /readyz}). */
    public boolean ready() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (config.embedded() && !dataSource.isClosed()) {
            // H2 2.3.232 can leave a file that will not open again after a plain close ("File corrupted while
            // reading record", MVStoreException "Double mark" as it rebuilds its free-space map; h2database
            // issues 2752, 4387): ReadmeServerExamplesTest met it every time, stopping the server after the
            // README's requests and running remittance post. SHUTDOWN COMPACT writes the store anew, and the
            // file then opens; it costs time in proportion to the store, which the embedded store keeps small.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                // Closing the pool below closes the store all the same.
            }
        }
        dataSource.close();
    }

    private static SQLException sqlCause(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return new SQLException(e.getMessage(), e);
    }
}
