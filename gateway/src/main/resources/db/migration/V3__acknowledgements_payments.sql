-- Claimgate store, version 3: what came back for a claim (acknowledgements and payments, recorded as later
-- pipeline stages read 999/277CA and 835 files), and the headers of a kept Idempotency-Key answer.
-- Runs on MariaDB 10.6+ and H2 2.x alike.

-- An acknowledgement of a claim: kind is the transaction that said it (999, 277CA, TA1), status what it
-- said (ACCEPTED, ACCEPTED_WITH_ERRORS, REJECTED, or a 277CA category code), control_number the ISA13/ST02
-- of that file, detail codes and ids only (never PHI). submitter_id repeats the claim's owner so that every
-- read is scoped by it as the claims are.
CREATE TABLE claim_acknowledgements (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    claim_id        VARCHAR(40)  NOT NULL,
    submitter_id    VARCHAR(40)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    control_number  VARCHAR(40)  NULL,
    detail          VARCHAR(500) NULL,
    received_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_claim_acknowledgements PRIMARY KEY (id),
    CONSTRAINT fk_claim_acks_claim FOREIGN KEY (claim_id) REFERENCES claims (id),
    CONSTRAINT fk_claim_acks_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id)
);
CREATE INDEX ix_claim_acks_claim ON claim_acknowledgements (submitter_id, claim_id, id);

-- A payment (or denial) of a claim from an 835: CLP02 claim status, CLP03 charge, CLP04 paid, CLP05 patient
-- responsibility, CLP07 payer claim control number, TRN02 check or EFT trace number and BPR16 payment date.
CREATE TABLE claim_payments (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    claim_id                    VARCHAR(40)   NOT NULL,
    submitter_id                VARCHAR(40)   NOT NULL,
    claim_status_code           VARCHAR(4)    NOT NULL,
    charge_amount               DECIMAL(14,2) NOT NULL,
    paid_amount                 DECIMAL(14,2) NOT NULL,
    patient_responsibility      DECIMAL(14,2) NULL,
    payer_claim_control_number  VARCHAR(50)   NULL,
    trace_number                VARCHAR(50)   NULL,
    payment_date                DATE          NULL,
    received_at                 DATETIME(6)   NOT NULL,
    CONSTRAINT pk_claim_payments PRIMARY KEY (id),
    CONSTRAINT fk_claim_payments_claim FOREIGN KEY (claim_id) REFERENCES claims (id),
    CONSTRAINT fk_claim_payments_submitter FOREIGN KEY (submitter_id) REFERENCES submitters (id)
);
CREATE INDEX ix_claim_payments_claim ON claim_payments (submitter_id, claim_id, id);

-- The headers of a kept answer (Location, the batch id of an 837), one "Name:value" a line.
ALTER TABLE idempotency_keys ADD COLUMN response_headers VARCHAR(2000) NULL;
