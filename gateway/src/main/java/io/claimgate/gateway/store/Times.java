package io.claimgate.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times are stored as UTC DATETIME(6): microseconds, no zone. */
final class Times {
    private Times() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static void set(PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setObject(index, t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static Instant get(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
