-- Org units form one tree: party -> regional/city branch -> council; akimat -> department; NGOs.
-- path is the materialized chain of ids ('/1/4/9/') so that a subtree is one indexed prefix match.
-- region_id is the regional branch (or akimat) the unit belongs to: the distribution key of large tables.
CREATE TABLE org_unit (
    id          BIGSERIAL PRIMARY KEY,
    parent_id   BIGINT REFERENCES org_unit (id),
    kind        VARCHAR(30)  NOT NULL,
    code        VARCHAR(80)  UNIQUE,
    name_kk     VARCHAR(400) NOT NULL,
    name_ru     VARCHAR(400) NOT NULL,
    name_en     VARCHAR(400) NOT NULL,
    path        VARCHAR(400) NOT NULL DEFAULT '/',
    region_id   BIGINT,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_kind CHECK (kind IN ('PARTY','REGIONAL_BRANCH','CITY_BRANCH','DISTRICT_BRANCH','COUNCIL',
        'CONTROL_COMMISSION','AKIMAT','DEPARTMENT','NGO'))
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE INDEX org_unit_path ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_region ON org_unit (region_id);

CREATE TABLE person (
    id            BIGSERIAL PRIMARY KEY,
    full_name_kk  VARCHAR(300) NOT NULL,
    full_name_ru  VARCHAR(300) NOT NULL,
    full_name_en  VARCHAR(300) NOT NULL,
    email         VARCHAR(200),
    phone         VARCHAR(50),
    code          VARCHAR(80) UNIQUE,
    version       INT NOT NULL DEFAULT 0
);

-- A position held by a person in an org unit for a span of dates (end_date null: still holds it).
CREATE TABLE position_held (
    id           BIGSERIAL PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    post         VARCHAR(40) NOT NULL,
    title_kk     VARCHAR(300),
    title_ru     VARCHAR(300),
    title_en     VARCHAR(300),
    start_date   DATE NOT NULL,
    end_date     DATE,
    version      INT NOT NULL DEFAULT 0,
    CONSTRAINT position_post CHECK (post IN ('CHAIR','DEPUTY_CHAIR','EXECUTIVE_SECRETARY','SECRETARY','MEMBER',
        'HEAD_OF_DEPARTMENT','DEPUTY_HEAD','SPECIALIST','LEADER')),
    CONSTRAINT position_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX position_held_unit ON position_held (org_unit_id);
CREATE INDEX position_held_person ON position_held (person_id);
