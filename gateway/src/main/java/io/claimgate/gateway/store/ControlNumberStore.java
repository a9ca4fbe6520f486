package io.claimgate.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Control numbers the gateway writes into its own X12 (ISA13/IEA02 and GS06/GE02 of 999 acknowledgments),
 * from sequences in the database: a range is allocated in one committed transaction (the row is locked by
 * the update, so concurrent callers get disjoint ranges) and is never handed out again, even when the
 * caller then writes nothing. X12 allows 1 to 999999999; a sequence that would pass that is an error
 * rather than a silent wrap to numbers a trading partner has already seen.
 */
public final class ControlNumberStore {
    /** ISA13 of 999 interchanges. */
    public static final String ACK_INTERCHANGE = "999.interchange";
    /** GS06 of 999 functional groups. */
    public static final String ACK_GROUP = "999.group";
    static final long MAX = 999_999_999L;

    private final Transactions tx;

    public ControlNumberStore(DataSource dataSource) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Allocates {@code count} consecutive numbers of sequence {@code name}; returns the first. */
    public long allocate(String name, int count) {
        Objects.requireNonNull(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException("count: at least 1, was " + count);
        }
        return tx.run("allocate control numbers", c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE control_numbers SET next_value = next_value + ? WHERE name = ?")) {
                up.setLong(1, count);
                up.setString(2, name);
                if (up.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no control number sequence " + name);
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT next_value FROM control_numbers WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long next = rs.getLong(1);
                    long first = next - count;
                    if (next - 1 > MAX) {
                        // Rolled back by Transactions: the sequence stays where it was.
                        throw new IllegalStateException("control number sequence " + name + " is exhausted");
                    }
                    return first;
                }
            }
        });
    }
}
