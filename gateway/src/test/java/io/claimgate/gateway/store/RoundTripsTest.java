package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.claimgate.x12.claim.ClaimKind;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store round trips of a single claim, counted at the JDBC interface (statements executed, commits and
 * rollbacks, connections taken): a new original takes one connection and three round trips (claim, event, commit);
 * a resend takes its refused insert, a rollback, then the look-up and its commit; an API key found good is not
 * looked up again within the key cache time.
 */
class RoundTripsTest {
    @RegisterExtension
    static final StoreFixture STORES = new StoreFixture();

    /** Counts what goes to the store through the connections it hands out. */
    static final class Counting implements DataSource {
        private final DataSource target;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger executes = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();

        Counting(DataSource target) {
            this.target = target;
        }

        int roundTrips() {
            return executes.get() + commits.get() + rollbacks.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            Connection c = target.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "commit" -> commits.incrementAndGet();
                            case "rollback" -> rollbacks.incrementAndGet();
                            default -> { }
                        }
                        Object result = call(c, method, args);
                        if (result instanceof PreparedStatement ps) {
                            return statement(ps);
                        }
                        return result;
                    });
        }

        private PreparedStatement statement(PreparedStatement ps) {
            InvocationHandler h = (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    executes.incrementAndGet();
                }
                return call(ps, method, args);
            };
            return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, h);
        }

        private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return target.isWrapperFor(iface);
        }
    }

    private static NewClaim original(String submitter, String pcn) {
        byte[] body = ("{\"pcn\":\"" + pcn + "\"}").getBytes(StandardCharsets.UTF_8);
        return new NewClaim(submitter, ClaimKind.PROFESSIONAL, pcn, "1", "87726", BigDecimal.ONE, Sha256.hex(body), body,
                "POST /v1/claims/professional");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aNewSingleClaimTakesThreeRoundTripsAndAResendFour(TestDatabases kind) {
        Counting store = new Counting(STORES.db(kind).dataSource());
        ClaimStore claims = new ClaimStore(store, StoreFixture.CLOCK);
        String owner = STORES.submitter(kind, "trips");

        assertInstanceOf(ClaimIntake.Created.class, claims.insert(original(owner, "TRIP-1")));
        assertEquals(1, store.connections.get());
        assertEquals(2, store.executes.get(), "the claim and its event");
        assertEquals(1, store.commits.get());
        assertEquals(3, store.roundTrips());

        assertInstanceOf(ClaimIntake.Duplicate.class, claims.insert(original(owner, "TRIP-1")));
        assertEquals(3, store.connections.get(), "the refused insert's, then the look-up's");
        assertEquals(3 + 4, store.roundTrips(), "insert refused, rollback, look-up, commit");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aKeyFoundGoodCostsNoRoundTripWithinTheCacheTime(TestDatabases kind) {
        Counting store = new Counting(STORES.db(kind).dataSource());
        SubmitterStore submitters = new SubmitterStore(store, StoreFixture.CLOCK, Duration.ofSeconds(5));
        IssuedKey key = submitters.add("Trips Billing " + Ids.random(4)).orElseThrow();
        int before = store.roundTrips();
        submitters.authenticate(key.key()).orElseThrow();
        assertEquals(before + 2, store.roundTrips(), "look-up and commit, the first time");
        for (int i = 0; i < 10; i++) {
            submitters.authenticate(key.key()).orElseThrow();
        }
        assertEquals(before + 2, store.roundTrips(), "none after");
    }
}
