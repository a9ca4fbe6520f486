package io.claimgate.gateway.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Submitters (billing companies) and their API keys. A key is {@code cg_<keyId>_<secret>}: 16 base32
 * characters of id, then 32 random bytes in base64url. Only the SHA-256 of the secret is stored; with
 * 256 random bits a plain hash is enough (no password stretching needed), and it is compared in constant
 * time.
 */
public final class SubmitterStore {
    private static final String PREFIX = "cg_";
    private static final int ID_LENGTH = 16;
    private static final int SECRET_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions tx;
    private final Clock clock;

    public SubmitterStore(DataSource dataSource, Clock clock) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates a submitter and its first key. Empty when a submitter of that name exists. */
    public Optional<IssuedKey> add(String name) {
        Objects.requireNonNull(name, "name");
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        return tx.run("add submitter", c -> {
            if (findByName(c, trimmed).isPresent()) {
                return Optional.empty();
            }
            Instant now = Times.now(clock);
            String id = Ids.submitter(now);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO submitters (id, name, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, trimmed);
                Times.set(ps, 3, now);
                ps.executeUpdate();
            }
            return Optional.of(issue(c, id, now));
        });
    }

    /** A further key for an existing submitter (key rotation: issue, switch clients, revoke the old one). */
    public Optional<IssuedKey> issueKey(String submitterName) {
        return tx.run("issue key", c -> {
            Optional<String> id = findByName(c, submitterName.trim());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(issue(c, id.get(), Times.now(clock)));
        });
    }

    /** Revokes a key. False when there is no such key or it was already revoked. */
    public boolean revoke(String keyId) {
        return tx.run("revoke key", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                Times.set(ps, 1, Times.now(clock));
                ps.setString(2, keyId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The caller a presented key belongs to; empty for a malformed, unknown or revoked key. */
    public Optional<Caller> authenticate(String key) {
        if (key == null || key.length() != PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH || !key.startsWith(PREFIX)
                || key.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String keyId = key.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        byte[] presented = Sha256.hex(key.substring(PREFIX.length() + ID_LENGTH + 1)
                .getBytes(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        return tx.run("authenticate", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT k.secret_sha256, k.revoked_at, s.id, s.name "
                    + "FROM api_keys k JOIN submitters s ON s.id = k.submitter_id WHERE k.id = ?")) {
                ps.setString(1, keyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject("revoked_at") != null) {
                        return Optional.empty();
                    }
                    byte[] stored = rs.getString("secret_sha256").getBytes(StandardCharsets.US_ASCII);
                    if (!MessageDigest.isEqual(stored, presented)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Caller(rs.getString("id"), rs.getString("name"), keyId));
                }
            }
        });
    }

    private static IssuedKey issue(Connection c, String submitterId, Instant now) throws SQLException {
        String keyId = Ids.keyId();
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO api_keys (id, submitter_id, secret_sha256, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, keyId);
            ps.setString(2, submitterId);
            ps.setString(3, Sha256.hex(secret.getBytes(StandardCharsets.US_ASCII)));
            Times.set(ps, 4, now);
            ps.executeUpdate();
        }
        return new IssuedKey(submitterId, keyId, PREFIX + keyId + "_" + secret);
    }

    private static Optional<String> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM submitters WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
