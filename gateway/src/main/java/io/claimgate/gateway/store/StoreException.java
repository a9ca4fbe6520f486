package io.claimgate.gateway.store;

import java.sql.SQLException;

/** The database failed (connection lost, constraint the code did not expect): an I/O failure, not bad input. */
public final class StoreException extends RuntimeException {
    public StoreException(String operation, SQLException cause) {
        super(operation + ": " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }
}
