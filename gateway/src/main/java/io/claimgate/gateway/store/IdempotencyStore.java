package io.claimgate.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The first answer given to each (submitter, Idempotency-Key), kept so that a client retrying a request
 * gets the same answer instead of a second effect. {@code requestSha256} tells a true retry from another
 * request that reuses the key. A key is taken before its request is answered ({@link #reserve}), so that a
 * retry arriving while the first is still being answered is told so instead of being answered twice.
 */
public final class IdempotencyStore {
    /** {@code response_status} of a key whose request is still being answered. */
    public static final int IN_PROGRESS = 0;

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

        /** True while the request that took the key is still being answered. */
        public boolean inProgress() {
            return status == IN_PROGRESS;
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

    /** What is kept for the submitter's key: an answer, or a request still being answered. */
    public Optional<Answer> find(String submitterId, String key) {
        return tx.run("find idempotency key", c -> find(c, submitterId, key));
    }

    private static Optional<Answer> find(Connection c, String submitterId, String key) throws SQLException {
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
    }

    /**
     * Takes the key for a request about to be answered: empty when taken (answer the request, then
     * {@link #complete} or {@link #release}), else what is kept for the key: an answer, or a request still
     * being answered ({@link Answer#inProgress()}). A key taken longer ago than {@code staleAfter} and never
     * completed (the process died while answering) is taken over.
     */
    public Optional<Answer> reserve(String submitterId, String key, String requestSha256, Duration staleAfter) {
        Objects.requireNonNull(requestSha256, "requestSha256");
        try {
            return tx.run("reserve idempotency key", c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_keys WHERE submitter_id = ? "
                        + "AND idempotency_key = ? AND response_status = ? AND created_at < ?")) {
                    ps.setString(1, submitterId);
                    ps.setString(2, key);
                    ps.setInt(3, IN_PROGRESS);
                    Times.set(ps, 4, Times.now(clock).minus(staleAfter));
                    ps.executeUpdate();
                }
                Optional<Answer> kept = find(c, submitterId, key);
                if (kept.isPresent()) {
                    return kept;
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (submitter_id, idempotency_key, "
                        + "request_sha256, response_status, response_type, response_body, created_at, response_headers) "
                        + "VALUES (?, ?, ?, ?, '', ?, ?, NULL)")) {
                    ps.setString(1, submitterId);
                    ps.setString(2, key);
                    ps.setString(3, requestSha256);
                    ps.setInt(4, IN_PROGRESS);
                    ps.setBytes(5, new byte[0]);
                    Times.set(ps, 6, Times.now(clock));
                    ps.executeUpdate();
                }
                return Optional.<Answer>empty();
            });
        } catch (StoreException e) {
            // Another request took the key between our look-up and insert: it is in progress.
            if (e.getCause() instanceof SQLException s && Transactions.isConstraintViolation(s)) {
                return find(submitterId, key).or(() -> Optional.of(new Answer(requestSha256, IN_PROGRESS, "", new byte[0])));
            }
            throw e;
        }
    }

    /** Keeps the answer for a key taken with {@link #reserve} (its request hash included). */
    public void complete(String submitterId, String key, Answer answer) {
        if (answer.inProgress()) {
            throw new IllegalArgumentException("an answer has a status");
        }
        tx.run("complete idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idempotency_keys SET request_sha256 = ?, "
                    + "response_status = ?, response_type = ?, response_body = ?, response_headers = ? "
                    + "WHERE submitter_id = ? AND idempotency_key = ?")) {
                ps.setString(1, answer.requestSha256());
                ps.setInt(2, answer.status());
                ps.setString(3, answer.contentType());
                ps.setBytes(4, answer.body());
                ps.setString(5, headerLines(answer.headers()));
                ps.setString(6, submitterId);
                ps.setString(7, key);
                return ps.executeUpdate();
            }
        });
    }

    /** Gives a key taken with {@link #reserve} back without an answer (a 5xx: the client may retry with it). */
    public void release(String submitterId, String key) {
        tx.run("release idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_keys WHERE submitter_id = ? "
                    + "AND idempotency_key = ? AND response_status = ?")) {
                ps.setString(1, submitterId);
                ps.setString(2, key);
                ps.setInt(3, IN_PROGRESS);
                return ps.executeUpdate();
            }
        });
    }
}
