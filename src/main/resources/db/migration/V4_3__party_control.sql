-- Party control (партиялық бақылау / партийный контроль): monitoring visits of a branch's control commission and
-- the recommendations it issues to executors, with their fulfilment.
CREATE TABLE monitoring_visit (
    id            BIGSERIAL PRIMARY KEY,
    commission_id BIGINT        NOT NULL REFERENCES org_unit (id),
    -- the branch the commission belongs to: counts roll up per branch
    branch_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id     BIGINT,
    visited_on    DATE          NOT NULL,
    site_kk       VARCHAR(1000) NOT NULL,
    site_ru       VARCHAR(1000) NOT NULL,
    subject_unit_id BIGINT      REFERENCES org_unit (id),
    findings_kk   VARCHAR(8000) NOT NULL,
    findings_ru   VARCHAR(8000) NOT NULL,
    is_example    BOOLEAN       NOT NULL DEFAULT FALSE,
    version       INT           NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_visit_branch ON monitoring_visit (branch_id, visited_on DESC);
CREATE INDEX monitoring_visit_region ON monitoring_visit (region_id);

CREATE TABLE monitoring_visit_member (
    monitoring_visit BIGINT NOT NULL REFERENCES monitoring_visit (id) ON DELETE CASCADE,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (monitoring_visit, person_id)
);

CREATE TABLE recommendation (
    id              BIGSERIAL PRIMARY KEY,
    visit_id        BIGINT        NOT NULL REFERENCES monitoring_visit (id),
    branch_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id       BIGINT,
    issued_on       DATE          NOT NULL,
    text_kk         VARCHAR(4000) NOT NULL,
    text_ru         VARCHAR(4000) NOT NULL,
    executor_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    due_date        DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL DEFAULT 'ISSUED',
    -- the executor's report of what was done, and the commission's verdict on it
    fulfilment_report VARCHAR(4000),
    reported_on     DATE,
    review_comment  VARCHAR(2000),
    fulfilled_on    DATE,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT recommendation_status CHECK (status IN ('ISSUED','REPORTED','FULFILLED'))
);
CREATE INDEX recommendation_visit ON recommendation (visit_id);
CREATE INDEX recommendation_branch_issued ON recommendation (branch_id, issued_on, status);
CREATE INDEX recommendation_executor ON recommendation (executor_id, status);
CREATE INDEX recommendation_region ON recommendation (region_id);
