package io.claimgate.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The first answer given to each (submitter, Idempotency-Key), kept so that a client retrying a request
 * gets the same answer instead of a second effect. {@code requestSha256} tells a true retry from another
 * request that reuses the key.
 */
public final class IdempotencyStore {
    private final Transactions tx;
    private final Clock clock;

    public IdempotencyStore(DataSource dataSource, Clock clock) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A kept answer. */
    public record Answer(String requestSha256, int status, String contentType, byte[] body) {
        public Answer {
            Objects.requireNonNull(requestSha256, "requestSha256");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    public Optional<Answer> find(String submitterId, String key) {
        return tx.run("find idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT request_sha256, response_status, response_type, "
                    + "response_body FROM idempotency_keys WHERE submitter_id = ? AND idempotency_key = ?")) {
                ps.setString(1, submitterId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)));
                }
            }
        });
    }

    /** Keeps the answer; false when an answer for this key was kept first (a concurrent request). */
    public boolean save(String submitterId, String key, Answer answer) {
        try {
            return tx.run("save idempotency key", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (submitter_id, idempotency_key, "
                        + "request_sha256, response_status, response_type, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, submitterId);
                    ps.setString(2, key);
                    ps.setString(3, answer.requestSha256());
                    ps.setInt(4, answer.status());
                    ps.setString(5, answer.contentType());
                    ps.setBytes(6, answer.body());
                    Times.set(ps, 7, Times.now(clock));
                    ps.executeUpdate();
                    return true;
                }
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && Transactions.isConstraintViolation(s)) {
                return false;
            }
            throw e;
        }
    }
}
