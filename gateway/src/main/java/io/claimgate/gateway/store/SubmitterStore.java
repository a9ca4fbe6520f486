package io.claimgate.gateway.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Submitters (billing companies) and their API keys. A key is {@code cg_<keyId>_<secret>}: 16 base32
 * characters of id, then 32 random bytes in base64url. Only the SHA-256 of the secret is stored; with
 * 256 random bits a plain hash is enough (no password stretching needed), and it is compared in constant
 * time.
 *
 * <p>Access tokens (the OAuth 2.0 client credentials grant that clients of the Change Healthcare API use:
 * {@code client_secret} is an API key) have the same form, {@code cgt_<tokenId>_<secret>}, are stored the
 * same way with an expiry ({@link #TOKEN_LIFETIME}), and belong to the key that obtained them: a revoked key
 * ends its tokens. {@link #authenticate} takes either.
 *
 * <p>A key or token found good may be trusted for {@code keyCache} without asking the store again (the
 * server's {@code http.apiKeyCacheSeconds}; zero, the default of {@link #SubmitterStore(DataSource, Clock)}, asks
 * every time): what is kept is the stored hash of the secret, compared with the presented one on every use, and the
 * token's expiry, checked on every use. A key revoked through this store ({@link #revoke}) stops working here
 * at once, with its tokens; revoked by another process (another server, {@code claimgate submitter revoke}), it
 * stops working here within {@code keyCache}. Unknown, malformed and refused keys are never kept.
 */
public final class SubmitterStore {
    private static final String PREFIX = "cg_";
    private static final String TOKEN_PREFIX = "cgt_";
    /** How long an access token is good for: one hour, as the Change Healthcare API's tokens. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final int ID_LENGTH = 16;
    private static final int SECRET_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Keys and tokens kept at most; the next one found good when there are this many starts the cache afresh. */
    static final int MAX_KEPT = 10_000;

    private final Transactions tx;
    private final Clock clock;
    private final long keyCacheMillis;
    /** Keys and tokens found good, by their {@code cg_<keyId>} or {@code cgt_<tokenId>} head. */
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    /** Counts revocations through this store: a look-up that overlapped one does not keep what it read. */
    private final AtomicLong revocations = new AtomicLong();

    /** A key or token found good: the stored hash of its secret, whose it is, when it was read, when it expires. */
    private record Kept(byte[] secretSha256, Caller caller, long readAtMillis, long expiresAtMillis) {
    }

    /** A store that asks the database on every {@link #authenticate} (the command line tools, tests). */
    public SubmitterStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Duration.ZERO);
    }

    /** A store that trusts a key found good for {@code keyCache} (see above; zero: asks every time). */
    public SubmitterStore(DataSource dataSource, Clock clock, Duration keyCache) {
        this.tx = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keyCache.isNegative()) {
            throw new IllegalArgumentException("keyCache: not negative");
        }
        this.keyCacheMillis = keyCache.toMillis();
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

    /** The id of the submitter with this name, or with this id; empty when there is none. */
    public Optional<String> find(String nameOrId) {
        String n = nameOrId.trim();
        return tx.run("find submitter", c -> {
            Optional<String> byName = findByName(c, n);
            if (byName.isPresent()) {
                return byName;
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT id FROM submitters WHERE id = ?")) {
                ps.setString(1, n);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Revokes a key, and with it its access tokens: here at once, in other processes within their key cache.
     * False when there is no such key or it was already revoked.
     */
    public boolean revoke(String keyId) {
        boolean revoked = tx.run("revoke key", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                Times.set(ps, 1, Times.now(clock));
                ps.setString(2, keyId);
                return ps.executeUpdate() == 1;
            }
        });
        // After the commit: a look-up from now on reads the key revoked. One that read it before counts the
        // revocation and drops what it kept (see keep); what was kept before goes here.
        revocations.incrementAndGet();
        kept.values().removeIf(k -> k.caller().keyId().equals(keyId));
        return revoked;
    }

    /**
     * The caller a presented API key or access token belongs to; empty for a malformed, unknown or revoked
     * key, and for a token that expired or whose key was revoked.
     */
    public Optional<Caller> authenticate(String key) {
        if (key != null && key.startsWith(TOKEN_PREFIX)) {
            return authenticateToken(key);
        }
        if (key == null || key.length() != PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH || !key.startsWith(PREFIX)
                || key.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String keyId = key.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        byte[] presented = Sha256.hex(key.substring(PREFIX.length() + ID_LENGTH + 1)
                .getBytes(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        String head = key.substring(0, PREFIX.length() + ID_LENGTH);
        Kept k = keptFor(head);
        if (k != null) {
            return MessageDigest.isEqual(k.secretSha256(), presented) ? Optional.of(k.caller()) : Optional.empty();
        }
        long revoked = revocations.get();
        long readAt = clock.millis();
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
                    Caller caller = new Caller(rs.getString("id"), rs.getString("name"), keyId);
                    keep(head, new Kept(stored, caller, readAt, Long.MAX_VALUE), revoked);
                    return Optional.of(caller);
                }
            }
        });
    }

    /**
     * An access token for the client credentials {@code clientId} (the submitter's id or name) and
     * {@code clientSecret} (one of its API keys); empty when the key is not valid or not that submitter's.
     * Tokens that expired are deleted on the way.
     */
    public Optional<IssuedToken> issueToken(String clientId, String clientSecret) {
        if (clientId == null || clientSecret == null || clientSecret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<Caller> caller = authenticate(clientSecret);
        String id = clientId.trim();
        if (caller.isEmpty() || !(id.equals(caller.get().submitterId()) || id.equals(caller.get().submitterName()))) {
            return Optional.empty();
        }
        return tx.run("issue token", c -> {
            Instant now = Times.now(clock);
            Instant expires = now.plus(TOKEN_LIFETIME);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_tokens WHERE expires_at < ?")) {
                Times.set(ps, 1, now);
                ps.executeUpdate();
            }
            String tokenId = Ids.keyId();
            String secret = secret();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_tokens "
                    + "(id, key_id, secret_sha256, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, tokenId);
                ps.setString(2, caller.get().keyId());
                ps.setString(3, Sha256.hex(secret.getBytes(StandardCharsets.US_ASCII)));
                Times.set(ps, 4, now);
                Times.set(ps, 5, expires);
                ps.executeUpdate();
            }
            return Optional.of(new IssuedToken(caller.get().submitterId(), TOKEN_PREFIX + tokenId + "_" + secret, expires,
                    TOKEN_LIFETIME.toSeconds()));
        });
    }

    private Optional<Caller> authenticateToken(String token) {
        if (token.length() != TOKEN_PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH
                || token.charAt(TOKEN_PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String tokenId = token.substring(TOKEN_PREFIX.length(), TOKEN_PREFIX.length() + ID_LENGTH);
        byte[] presented = Sha256.hex(token.substring(TOKEN_PREFIX.length() + ID_LENGTH + 1)
                .getBytes(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        String head = token.substring(0, TOKEN_PREFIX.length() + ID_LENGTH);
        Kept k = keptFor(head);
        if (k != null) {
            return MessageDigest.isEqual(k.secretSha256(), presented) && clock.millis() < k.expiresAtMillis()
                    ? Optional.of(k.caller()) : Optional.empty();
        }
        long revoked = revocations.get();
        long readAt = clock.millis();
        return tx.run("authenticate token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.secret_sha256, t.expires_at, k.id, k.revoked_at, "
                    + "s.id, s.name FROM access_tokens t JOIN api_keys k ON k.id = t.key_id "
                    + "JOIN submitters s ON s.id = k.submitter_id WHERE t.id = ?")) {
                ps.setString(1, tokenId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject(4) != null) {
                        return Optional.empty();
                    }
                    Instant expires = Times.get(rs, "expires_at");
                    if (!expires.isAfter(Times.now(clock))) {
                        return Optional.empty();
                    }
                    byte[] stored = rs.getString(1).getBytes(StandardCharsets.US_ASCII);
                    if (!MessageDigest.isEqual(stored, presented)) {
                        return Optional.empty();
                    }
                    Caller caller = new Caller(rs.getString(5), rs.getString(6), rs.getString(3));
                    keep(head, new Kept(stored, caller, readAt, expires.toEpochMilli()), revoked);
                    return Optional.of(caller);
                }
            }
        });
    }

    /** What is kept for a key or token head and still young enough to trust; null for nothing (look it up). */
    private Kept keptFor(String head) {
        if (keyCacheMillis == 0) {
            return null;
        }
        Kept k = kept.get(head);
        if (k == null) {
            return null;
        }
        long age = clock.millis() - k.readAtMillis();
        if (age >= 0 && age < keyCacheMillis) {
            return k;
        }
        kept.remove(head, k);
        return null;
    }

    /**
     * Keeps a key or token found good, read when {@code revocations} was {@code revokedBefore}. Kept first, then
     * checked: if a revocation came meanwhile, either it saw the entry and removed it, or this sees the count
     * moved and removes it; so nothing read before a revocation here outlives it.
     */
    private void keep(String head, Kept k, long revokedBefore) {
        if (keyCacheMillis == 0) {
            return;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(head, k);
        if (revocations.get() != revokedBefore) {
            kept.remove(head, k);
        }
    }

    private static String secret() {
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    }

    private static IssuedKey issue(Connection c, String submitterId, Instant now) throws SQLException {
        String keyId = Ids.keyId();
        String secret = secret();
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
