-- Proposals citizens send through the portal, held for moderation (spam, abuse, off-topic) before they enter the
-- proposal workflow. The proposer follows it with the private code; contact data is cleared from this table once
-- the submission is forwarded or rejected (the proposal keeps it for staff only).
CREATE TABLE citizen_submission (
    id               BIGSERIAL PRIMARY KEY,
    tracking_code    VARCHAR(20)   NOT NULL UNIQUE,
    addressee_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id        BIGINT,
    direction_id     BIGINT        REFERENCES direction (id),
    author_name      VARCHAR(200),
    contact          VARCHAR(200),
    text             VARCHAR(4000) NOT NULL,
    text_language    VARCHAR(5)    NOT NULL,
    status           VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    rejection_reason VARCHAR(1000),
    proposal_id      BIGINT,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    moderated_by     VARCHAR(100),
    moderated_at     TIMESTAMPTZ,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT citizen_submission_status CHECK (status IN ('PENDING','FORWARDED','REJECTED'))
);
CREATE INDEX citizen_submission_pending ON citizen_submission (addressee_id, created_at) WHERE status = 'PENDING';
CREATE INDEX citizen_submission_region ON citizen_submission (region_id);
