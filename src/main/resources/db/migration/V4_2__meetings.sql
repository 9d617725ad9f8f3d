-- Council meetings (отырыс / заседание), their agenda, participants, reports heard with the figures frozen as
-- they stood that day, and decisions (хаттамалық тапсырмалар / протокольные поручения) with follow-up.
CREATE TABLE meeting (
    id                  BIGSERIAL PRIMARY KEY,
    council_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    region_id           BIGINT,
    number              INT          NOT NULL,
    -- local wall-clock time at the council's seat (Kazakhstan, UTC+5)
    starts_at           TIMESTAMP    NOT NULL,
    duration_minutes    INT          NOT NULL DEFAULT 120,
    format              VARCHAR(20)  NOT NULL,
    place               VARCHAR(500),
    online_link         VARCHAR(500),
    chair_person_id     BIGINT       REFERENCES person (id),
    secretary_person_id BIGINT       REFERENCES person (id),
    status              VARCHAR(20)  NOT NULL DEFAULT 'PLANNED',
    other_guests        INT          NOT NULL DEFAULT 0,
    held_on             DATE,
    protocol_signed_on  DATE,
    is_example          BOOLEAN      NOT NULL DEFAULT FALSE,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT meeting_format CHECK (format IN ('IN_PERSON','ONLINE','MIXED')),
    CONSTRAINT meeting_status CHECK (status IN ('PLANNED','HELD','PROTOCOL_SIGNED','CANCELLED')),
    CONSTRAINT meeting_guests CHECK (other_guests >= 0),
    CONSTRAINT meeting_duration CHECK (duration_minutes > 0),
    CONSTRAINT meeting_number_positive CHECK (number > 0)
);
-- protocol numbers run per council and year
CREATE UNIQUE INDEX meeting_number ON meeting (council_id, (date_part('year', starts_at)), number);
CREATE INDEX meeting_council ON meeting (council_id, starts_at DESC);
CREATE INDEX meeting_region ON meeting (region_id);
CREATE INDEX meeting_public ON meeting (starts_at DESC) WHERE status IN ('HELD','PROTOCOL_SIGNED');

CREATE TABLE meeting_agenda_item (
    meeting        BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    number         INT           NOT NULL,
    title_kk       VARCHAR(2000) NOT NULL,
    title_ru       VARCHAR(2000) NOT NULL,
    title_en       VARCHAR(2000),
    program_id     BIGINT        REFERENCES program (id),
    direction_ids  BIGINT[]      NOT NULL DEFAULT '{}',
    -- the reporting period heard, e.g. 2024, 10 months
    period_year    INT,
    period_months  INT,
    PRIMARY KEY (meeting, number),
    CONSTRAINT agenda_period CHECK ((period_year IS NULL) = (period_months IS NULL)
        AND (period_months IS NULL OR period_months BETWEEN 1 AND 12))
);

-- Invited and attending people, each in the position they held on the meeting date.
CREATE TABLE meeting_participant (
    meeting      BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id    BIGINT      NOT NULL REFERENCES person (id),
    position_id  BIGINT      REFERENCES position_held (id),
    invited      BOOLEAN     NOT NULL DEFAULT TRUE,
    attendance   VARCHAR(10),
    PRIMARY KEY (meeting, person_id),
    CONSTRAINT participant_attendance CHECK (attendance IS NULL OR attendance IN ('PRESENT','ABSENT'))
);
CREATE INDEX meeting_participant_person ON meeting_participant (person_id);

CREATE TABLE meeting_report_heard (
    id              BIGSERIAL PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL REFERENCES meeting (id),
    region_id       BIGINT,
    agenda_number   INT           NOT NULL,
    speaker_id      BIGINT        NOT NULL REFERENCES person (id),
    speaker_position_id BIGINT    REFERENCES position_held (id),
    summary_kk      VARCHAR(8000) NOT NULL,
    summary_ru      VARCHAR(8000) NOT NULL,
    summary_en      VARCHAR(8000),
    -- the day the figures below were frozen for (the meeting day)
    figures_as_of   DATE          NOT NULL,
    sort_order      INT           NOT NULL DEFAULT 0,
    version         INT           NOT NULL DEFAULT 0
);
CREATE INDEX meeting_report_heard_meeting ON meeting_report_heard (meeting_id, sort_order);

-- A progress figure as it was heard: a copy, never recomputed, so that later report edits leave it unchanged.
CREATE TABLE meeting_heard_figure (
    report_heard     BIGINT         NOT NULL REFERENCES meeting_report_heard (id) ON DELETE CASCADE,
    position         INT            NOT NULL,
    roadmap_item_id  BIGINT         REFERENCES roadmap_item (id),
    item_number      VARCHAR(20),
    item_name_kk     VARCHAR(2000)  NOT NULL,
    item_name_ru     VARCHAR(2000)  NOT NULL,
    indicator_id     BIGINT,
    indicator_name_kk VARCHAR(500),
    indicator_name_ru VARCHAR(500),
    unit             VARCHAR(20),
    year             INT            NOT NULL,
    planned          NUMERIC(18, 2),
    actual           NUMERIC(18, 2),
    status           VARCHAR(30),
    PRIMARY KEY (report_heard, position)
);
CREATE INDEX meeting_heard_figure_item ON meeting_heard_figure (roadmap_item_id);

CREATE TABLE decision (
    id             BIGSERIAL PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL REFERENCES meeting (id),
    council_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id      BIGINT,
    number         INT           NOT NULL,
    agenda_number  INT,
    text_kk        VARCHAR(4000) NOT NULL,
    text_ru        VARCHAR(4000) NOT NULL,
    text_en        VARCHAR(4000),
    due_date       DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    completed_on   DATE,
    proposal_id    BIGINT        REFERENCES proposal (id),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT decision_number UNIQUE (meeting_id, number),
    CONSTRAINT decision_status CHECK (status IN ('OPEN','DONE','CANCELLED'))
);
CREATE INDEX decision_council ON decision (council_id, status, due_date);
CREATE INDEX decision_region ON decision (region_id);
CREATE INDEX decision_open_due ON decision (due_date) WHERE status = 'OPEN';
CREATE UNIQUE INDEX decision_proposal ON decision (proposal_id) WHERE proposal_id IS NOT NULL;

CREATE TABLE decision_executor (
    decision     BIGINT  NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    org_unit_id  BIGINT  NOT NULL REFERENCES org_unit (id),
    lead         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (decision, org_unit_id)
);
CREATE INDEX decision_executor_unit ON decision_executor (org_unit_id);

-- Follow-up reports on a decision by its executors (or the secretary); kept in order, never edited.
CREATE TABLE decision_follow_up (
    decision     BIGINT        NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    reported_on  DATE          NOT NULL,
    org_unit_id  BIGINT        REFERENCES org_unit (id),
    author       VARCHAR(100)  NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (decision, position)
);

ALTER TABLE proposal ADD CONSTRAINT proposal_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);
