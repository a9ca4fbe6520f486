-- OAuth 2.0 access tokens (client credentials grant) for clients of the Change Healthcare API, which
-- fetch a bearer token from /apip/auth/v2/token before every session. A token belongs to the API key
-- that obtained it: revoking the key ends its tokens (authentication joins api_keys.revoked_at).
-- Only the SHA-256 of the token's secret part is kept; the id is the public part (cgt_<id>_<secret>).
-- V5, not V4: V4 is left to the store-insert work on another branch.
CREATE TABLE access_tokens (
    id            VARCHAR(40) NOT NULL,
    key_id        VARCHAR(40) NOT NULL,
    secret_sha256 CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_access_tokens PRIMARY KEY (id),
    CONSTRAINT fk_access_tokens_key FOREIGN KEY (key_id) REFERENCES api_keys (id)
);
CREATE INDEX ix_access_tokens_expires ON access_tokens (expires_at);
