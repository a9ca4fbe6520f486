package io.claimgate.gateway.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh, migrated store of each {@link TestDatabases} kind (the real MariaDB and H2) shared by the tests of one
 * class: register as a static {@code @RegisterExtension} field; the stores are opened before the first test and
 * dropped after the last.
 */
final class StoreFixture implements BeforeAllCallback, AfterAllCallback {
    /** The fixed time store tests write with, so stored instants can be asserted exactly. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:15:30.123456Z"), ZoneOffset.UTC);

    private final Map<TestDatabases, TestDatabases.Handle> stores = new EnumMap<>(TestDatabases.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (TestDatabases kind : TestDatabases.values()) {
            stores.put(kind, kind.create());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (TestDatabases.Handle h : stores.values()) {
            h.close();
        }
        stores.clear();
    }

    Database db(TestDatabases kind) {
        return stores.get(kind).database();
    }

    /** A new submitter whose name starts with {@code name} (a random suffix keeps names unique); its id. */
    String submitter(TestDatabases kind, String name) {
        return new SubmitterStore(db(kind).dataSource(), CLOCK).add(name + "-" + Ids.random(6)).orElseThrow().submitterId();
    }
}
