-- Claimgate store, version 1. Runs unchanged on MariaDB 10.6+ and on H2 2.x (MODE=MariaDB or plain).
-- Times are UTC. Ids are text: prefixed, time-ordered where a cursor will page over them.

-- A submitter is a billing company: every claim, batch, file and payment belongs to one.
CREATE TABLE submitters (
    id          VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_submitters PRIMARY KEY (id),
    CONSTRAINT uq_submitters_name UNIQUE (name)
);

-- API keys: only the SHA-256 of the secret part is kept. The key id is the public part of the key
-- (cg_<id>_<secret>), so a key is found by id and then compared by hash.
CREATE TABLE api_keys (
    id            VARCHAR(40) NOT NULL,
    submitter_id  VARCHAR(40) NOT NULL,
    secret_sha256 CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    revoked_at    DATETIME(6) NULL,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT fk_api_keys_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id)
);

-- Claims: the JSON exactly as received, plus the normalized fields queries need.
-- original_pcn is the patient control number for an original claim (frequency 1) and NULL otherwise:
-- its unique key makes "one original per submitter and patient control number" hold under concurrency.
CREATE TABLE claims (
    id                      VARCHAR(40)   NOT NULL,
    submitter_id            VARCHAR(40)   NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    patient_control_number  VARCHAR(64)   NOT NULL,
    frequency_code          VARCHAR(2)    NOT NULL,
    original_pcn            VARCHAR(64)   NULL,
    payer_id                VARCHAR(80)   NOT NULL,
    charge_amount           DECIMAL(14,2) NOT NULL,
    content_sha256          CHAR(64)      NOT NULL,
    body                    LONGBLOB      NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    CONSTRAINT pk_claims PRIMARY KEY (id),
    CONSTRAINT fk_claims_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id),
    CONSTRAINT uq_claims_original UNIQUE (submitter_id, original_pcn)
);
CREATE INDEX ix_claims_submitter_status ON claims (submitter_id, status, id);
CREATE INDEX ix_claims_submitter_pcn ON claims (submitter_id, patient_control_number);
CREATE INDEX ix_claims_submitter_payer ON claims (submitter_id, payer_id, id);

-- Status history: every transition of a claim, with when and why (request, file, acknowledgment).
CREATE TABLE claim_events (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    claim_id     VARCHAR(40)  NOT NULL,
    from_status  VARCHAR(24)  NULL,
    to_status    VARCHAR(24)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    cause        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_claim_events PRIMARY KEY (id),
    CONSTRAINT fk_claim_events_claim FOREIGN KEY (claim_id) REFERENCES claims (id)
);
CREATE INDEX ix_claim_events_claim ON claim_events (claim_id, id);

-- Idempotency-Key: the first answer to a (submitter, key) is kept and replayed for a repeat of the
-- same request; request_sha256 tells a repeat from a different request reusing the key.
CREATE TABLE idempotency_keys (
    submitter_id     VARCHAR(40)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_sha256   CHAR(64)     NOT NULL,
    response_status  INT          NOT NULL,
    response_type    VARCHAR(100) NOT NULL,
    response_body    LONGBLOB     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (submitter_id, idempotency_key),
    CONSTRAINT fk_idempotency_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id)
);
