-- A visitor disputes a published figure of a roadmap item: the reason and an optional evidence link go to the
-- item's lead executor (department), who answers by the due date; the answer is shown beside the challenge.
CREATE TABLE figure_challenge (
    id              BIGSERIAL PRIMARY KEY,
    roadmap_item_id BIGINT        NOT NULL REFERENCES roadmap_item (id),
    year            INT           NOT NULL,
    figure          VARCHAR(200)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    evidence_url    VARCHAR(500),
    department_id   BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id       BIGINT,
    status          VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    due_date        DATE          NOT NULL,
    answer          VARCHAR(4000),
    answered_by     VARCHAR(100),
    answered_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT figure_challenge_status CHECK (status IN ('OPEN','ANSWERED')),
    CONSTRAINT figure_challenge_answered CHECK (status = 'OPEN' OR answer IS NOT NULL)
);
CREATE INDEX figure_challenge_department ON figure_challenge (department_id, status, due_date);
CREATE INDEX figure_challenge_item ON figure_challenge (roadmap_item_id, created_at DESC);
CREATE INDEX figure_challenge_region ON figure_challenge (region_id);
