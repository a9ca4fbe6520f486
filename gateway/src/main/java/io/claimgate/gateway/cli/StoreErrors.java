package io.claimgate.gateway.cli;

import io.claimgate.gateway.store.StoreException;
import java.sql.SQLException;

/** The line a command prints when the store cannot be opened. */
final class StoreErrors {
    /** H2's "Database may be already in use": another process (a running {@code claimgate serve}) holds the file. */
    private static final String H2_IN_USE = "90020";

    private StoreErrors() {
    }

    /**
     * "cannot open the store: ..." with the driver's message; when the embedded H2 store is held by another
     * process, what to do about it first (the store admits one process at a time).
     */
    static String cannotOpen(StoreException e) {
        String line = "cannot open the store: " + e.getMessage();
        if (e.getCause() instanceof SQLException s && H2_IN_USE.equals(s.getSQLState())) {
            return line + System.lineSeparator() + "the embedded H2 store admits one process and another (a running "
                    + "'claimgate serve'?) has it open: stop that process first, or use MariaDB (db.url)";
        }
        return line;
    }
}
