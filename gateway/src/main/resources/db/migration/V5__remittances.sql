-- Claimgate store, version 5: remittances as GET /v1/remittances reads them. A claim payment (claim_payments,
-- one 835 CLP loop) gains who paid and how, and its detail: the claim-level CAS adjustments, the MIA/MOA
-- remark codes, and the service lines (SVC) with their own CAS and LQ remark codes. Codes, amounts and ids
-- only (never PHI). Runs on MariaDB 10.6+ and H2 2.x alike.

-- payer_id: N1*PR REF*2U (or the claim's payer id when the 835 names none); payer_name: N1*PR N102;
-- payment_method: BPR04 (ACH, CHK, NON, ...); filing_indicator: CLP06.
ALTER TABLE claim_payments ADD COLUMN payer_id VARCHAR(80) NULL;
ALTER TABLE claim_payments ADD COLUMN payer_name VARCHAR(60) NULL;
ALTER TABLE claim_payments ADD COLUMN payment_method VARCHAR(3) NULL;
ALTER TABLE claim_payments ADD COLUMN filing_indicator VARCHAR(2) NULL;
-- A submitter's remittances newest first, and filtered by check/EFT trace number or payer.
CREATE INDEX ix_claim_payments_submitter ON claim_payments (submitter_id, id);
CREATE INDEX ix_claim_payments_trace ON claim_payments (submitter_id, trace_number, id);
CREATE INDEX ix_claim_payments_payer ON claim_payments (submitter_id, payer_id, id);

-- A service line of a claim payment (loop 2110): SVC01 procedure (qualifier, code, modifiers joined by ':'),
-- SVC02 charge, SVC03 paid, SVC04 revenue code, SVC05 units paid, DTM*472 service date, REF*6R line item
-- control number, AMT*B6 allowed amount. line_number counts the claim's lines from 1.
CREATE TABLE claim_payment_lines (
    payment_id                BIGINT        NOT NULL,
    line_number               INT           NOT NULL,
    procedure_qualifier       VARCHAR(2)    NULL,
    procedure_code            VARCHAR(48)   NULL,
    procedure_modifiers       VARCHAR(20)   NULL,
    revenue_code              VARCHAR(4)    NULL,
    charge_amount             DECIMAL(14,2) NOT NULL,
    paid_amount               DECIMAL(14,2) NOT NULL,
    units_paid                DECIMAL(15,3) NULL,
    service_date              DATE          NULL,
    line_item_control_number  VARCHAR(50)   NULL,
    allowed_amount            DECIMAL(14,2) NULL,
    CONSTRAINT pk_claim_payment_lines PRIMARY KEY (payment_id, line_number),
    CONSTRAINT fk_claim_payment_lines_payment FOREIGN KEY (payment_id) REFERENCES claim_payments (id)
);

-- A CAS adjustment: line_number 0 for the claim (loop 2100), else the line's. CAS01 group, the reason code
-- (CARC), amount and quantity of one triple; seq_no keeps the order they were read in.
CREATE TABLE claim_payment_adjustments (
    payment_id   BIGINT        NOT NULL,
    line_number  INT           NOT NULL,
    seq_no       INT           NOT NULL,
    group_code   VARCHAR(2)    NOT NULL,
    reason_code  VARCHAR(5)    NOT NULL,
    amount       DECIMAL(14,2) NOT NULL,
    quantity     DECIMAL(15,3) NULL,
    CONSTRAINT pk_claim_payment_adjustments PRIMARY KEY (payment_id, line_number, seq_no),
    CONSTRAINT fk_claim_payment_adjs_payment FOREIGN KEY (payment_id) REFERENCES claim_payments (id)
);

-- A remark code: line_number 0 for the claim (source MIA or MOA), else the line's (source LQ).
CREATE TABLE claim_payment_remarks (
    payment_id   BIGINT      NOT NULL,
    line_number  INT         NOT NULL,
    seq_no       INT         NOT NULL,
    source       VARCHAR(3)  NOT NULL,
    code         VARCHAR(30) NOT NULL,
    CONSTRAINT pk_claim_payment_remarks PRIMARY KEY (payment_id, line_number, seq_no),
    CONSTRAINT fk_claim_payment_remarks_payment FOREIGN KEY (payment_id) REFERENCES claim_payments (id)
);
