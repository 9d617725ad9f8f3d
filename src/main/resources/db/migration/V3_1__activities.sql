-- Activities (іс-шаралар) held under a roadmap item, logged by its executors, optionally grouped in sub-projects.

-- A project run inside an item, e.g. «Отбасындағы зорлық-зомбылықсыз Қазақстан», with the org unit that won it.
CREATE TABLE sub_project (
    id             BIGSERIAL PRIMARY KEY,
    roadmap_item   BIGINT        NOT NULL REFERENCES roadmap_item (id),
    region_id      BIGINT        NOT NULL,
    name_kk        VARCHAR(500)  NOT NULL,
    name_ru        VARCHAR(500)  NOT NULL,
    name_en        VARCHAR(500),
    winner_unit_id BIGINT        REFERENCES org_unit (id),
    outcome_kk     VARCHAR(2000),
    outcome_ru     VARCHAR(2000),
    version        INT           NOT NULL DEFAULT 0
);
CREATE INDEX sub_project_item ON sub_project (roadmap_item);

CREATE TABLE activity (
    id             BIGSERIAL PRIMARY KEY,
    roadmap_item   BIGINT        NOT NULL REFERENCES roadmap_item (id),
    region_id      BIGINT        NOT NULL,
    -- the executor (org unit) that held it
    executor_id    BIGINT        NOT NULL REFERENCES org_unit (id),
    sub_project_id BIGINT        REFERENCES sub_project (id),
    held_on        DATE          NOT NULL,
    title_kk       VARCHAR(1000) NOT NULL,
    title_ru       VARCHAR(1000) NOT NULL,
    venue          VARCHAR(500),
    participants   INT           NOT NULL DEFAULT 0,
    audience       VARCHAR(20)   NOT NULL DEFAULT 'GENERAL',
    outcome_kk     VARCHAR(2000),
    outcome_ru     VARCHAR(2000),
    winner_unit_id BIGINT        REFERENCES org_unit (id),
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT activity_participants CHECK (participants >= 0),
    CONSTRAINT activity_audience CHECK (audience IN ('GENERAL','YOUTH','CHILDREN','WOMEN','FAMILIES','ELDERLY',
        'PEOPLE_WITH_DISABILITIES','OFFICIALS'))
);
-- Pre-filling a report counts and sums an item's activities of one year up to a date.
CREATE INDEX activity_item_date ON activity (roadmap_item, held_on);
CREATE INDEX activity_region ON activity (region_id);
CREATE INDEX activity_sub_project ON activity (sub_project_id);

-- Partner organisations of an activity.
CREATE TABLE activity_partner (
    activity     BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (activity, org_unit_id)
);
