-- Claimgate store, version 2: batches of claims (JSON or an 837 file), where a claim came from, and the
-- control numbers the gateway hands out (999 acknowledgments). Runs on MariaDB 10.6+ and H2 2.x alike.

-- A batch: one POST /v1/batches or /v1/x12. The counts say what became of the claims read so far;
-- status says whether the whole body was read (COMPLETE) or why not.
CREATE TABLE batches (
    id               VARCHAR(40) NOT NULL,
    submitter_id     VARCHAR(40) NOT NULL,
    source           VARCHAR(16) NOT NULL,
    status           VARCHAR(24) NOT NULL,
    received_count   INT         NOT NULL,
    stored_count     INT         NOT NULL,
    duplicate_count  INT         NOT NULL,
    rejected_count   INT         NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_batches PRIMARY KEY (id),
    CONSTRAINT fk_batches_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id)
);
CREATE INDEX ix_batches_submitter ON batches (submitter_id, id);

-- What became of each claim of a batch, by its 0-based index in the body: STORED, DUPLICATE (the same
-- original was stored before; claim_id is that claim), CONFLICT (claim_id is the stored original) or
-- INVALID (issues is the JSON array of every issue; nothing stored).
CREATE TABLE batch_results (
    batch_id     VARCHAR(40) NOT NULL,
    claim_index  INT         NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    claim_id     VARCHAR(40) NULL,
    issues       LONGBLOB    NULL,
    CONSTRAINT pk_batch_results PRIMARY KEY (batch_id, claim_index),
    CONSTRAINT fk_batch_results_batch FOREIGN KEY (batch_id) REFERENCES batches (id)
);

-- Where a claim came from: its batch, and for a claim read from an 837 its ISA13, GS06 and ST02.
ALTER TABLE claims ADD COLUMN batch_id VARCHAR(40) NULL;
ALTER TABLE claims ADD COLUMN source_isa13 VARCHAR(20) NULL;
ALTER TABLE claims ADD COLUMN source_gs06 VARCHAR(20) NULL;
ALTER TABLE claims ADD COLUMN source_st02 VARCHAR(20) NULL;
CREATE INDEX ix_claims_submitter_id ON claims (submitter_id, id);

-- Sequences of control numbers (ISA13, GS06 of what the gateway writes): next_value is the next number
-- to hand out. A number is allocated in a committed transaction and never handed out again.
CREATE TABLE control_numbers (
    name        VARCHAR(40) NOT NULL,
    next_value  BIGINT      NOT NULL,
    CONSTRAINT pk_control_numbers PRIMARY KEY (name)
);
INSERT INTO control_numbers (name, next_value) VALUES ('999.interchange', 1);
INSERT INTO control_numbers (name, next_value) VALUES ('999.group', 1);
