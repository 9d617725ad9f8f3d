-- Period reports of an item: a span of months within one year (a month, a quarter, the year, or "2024, 10 months"
-- = January..October). Each carries the year-to-date actual per indicator as of the end of its span.
CREATE TABLE period_report (
    id                 BIGSERIAL PRIMARY KEY,
    roadmap_item       BIGINT        NOT NULL REFERENCES roadmap_item (id),
    region_id          BIGINT        NOT NULL,
    -- the lead executor at the time the report was opened; completeness is counted per executor
    executor_id        BIGINT        NOT NULL REFERENCES org_unit (id),
    year               INT           NOT NULL,
    first_month        INT           NOT NULL,
    last_month         INT           NOT NULL,
    status             VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    narrative_kk       TEXT,
    narrative_ru       TEXT,
    reviewer_comment   VARCHAR(4000),
    reopen_reason      VARCHAR(4000),
    first_submitted_at TIMESTAMPTZ,
    submitted_at       TIMESTAMPTZ,
    submitted_by       VARCHAR(100),
    reviewed_at        TIMESTAMPTZ,
    reviewed_by        VARCHAR(100),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT period_report_months CHECK (first_month BETWEEN 1 AND 12 AND last_month BETWEEN first_month AND 12),
    CONSTRAINT period_report_status CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','RESUBMITTED','ACCEPTED')),
    CONSTRAINT period_report_once UNIQUE (roadmap_item, year, first_month, last_month)
);
CREATE INDEX period_report_item ON period_report (roadmap_item, year, last_month);
-- Completeness per executor and the secretary's review queue.
CREATE INDEX period_report_executor ON period_report (executor_id, year, last_month);
CREATE INDEX period_report_region_status ON period_report (region_id, status);

-- Year-to-date actual per indicator. derived: what the logged activities gave; reason: why actual differs.
CREATE TABLE report_value (
    period_report BIGINT         NOT NULL REFERENCES period_report (id) ON DELETE CASCADE,
    indicator     BIGINT         NOT NULL REFERENCES indicator (id),
    region_id     BIGINT         NOT NULL,
    actual        NUMERIC(18, 2) NOT NULL,
    derived       NUMERIC(18, 2),
    reason        VARCHAR(2000),
    PRIMARY KEY (period_report, indicator),
    CONSTRAINT report_value_actual CHECK (actual >= 0)
);
CREATE INDEX report_value_indicator ON report_value (indicator);

-- Evidence files of reports, activities and facilities; the bytes live in an EvidenceStorage (a folder by default).
CREATE TABLE evidence_file (
    id            BIGSERIAL PRIMARY KEY,
    region_id     BIGINT        NOT NULL,
    roadmap_item  BIGINT        NOT NULL REFERENCES roadmap_item (id),
    owner_kind    VARCHAR(20)   NOT NULL,
    owner_id      BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(200)  NOT NULL UNIQUE,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT evidence_owner CHECK (owner_kind IN ('REPORT','ACTIVITY','FACILITY'))
);
CREATE INDEX evidence_file_owner ON evidence_file (owner_kind, owner_id);

-- Reminders sent, so that an executor is reminded of one missing month at most once a day.
CREATE TABLE report_reminder (
    executor_id  BIGINT      NOT NULL REFERENCES org_unit (id),
    year         INT         NOT NULL,
    month        INT         NOT NULL,
    sent_on      DATE        NOT NULL,
    recipients   INT         NOT NULL,
    PRIMARY KEY (executor_id, year, month, sent_on)
);
