package io.claimgate.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    /**
     * A kept answer: the request's hash, status, content type, body and the headers that name what the
     * request made ({@code Location}, the batch id of an 837), so that a replay points at the same thing.
     */
    public record Answer(String requestSha256, int status, String contentType, byte[] body, Map<String, String> headers) {
        public Answer {
            Objects.requireNonNull(requestSha256, "requestSha256");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey().contains(":") || h.getKey().contains("\n") || h.getValue().contains("\n")) {
                    throw new IllegalArgumentException("header names without ':' and no line breaks");
                }
            }
        }

        /** Without headers. */
        public Answer(String requestSha256, int status, String contentType, byte[] body) {
            this(requestSha256, status, contentType, body, Map.of());
        }
    }

    private static String headerLines(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(headers).forEach((k, v) -> out.append(k).append(':').append(v).append('\n'));
        return out.toString();
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    out.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
        }
        return out;
    }

    public Optional<Answer> find(String submitterId, String key) {
        return tx.run("find idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT request_sha256, response_status, response_type, "
                    + "response_body, response_headers FROM idempotency_keys WHERE submitter_id = ? AND idempotency_key = ?")) {
                ps.setString(1, submitterId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4),
                            headers(rs.getString(5))));
                }
            }
        });
    }

    /** Keeps the answer; false when an answer for this key was kept first (a concurrent request). */
    public boolean save(String submitterId, String key, Answer answer) {
        try {
            return tx.run("save idempotency key", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (submitter_id, idempotency_key, "
                        + "request_sha256, response_status, response_type, response_body, created_at, response_headers) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, submitterId);
                    ps.setString(2, key);
                    ps.setString(3, answer.requestSha256());
                    ps.setInt(4, answer.status());
                    ps.setString(5, answer.contentType());
                    ps.setBytes(6, answer.body());
                    Times.set(ps, 7, Times.now(clock));
                    ps.setString(8, headerLines(answer.headers()));
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
