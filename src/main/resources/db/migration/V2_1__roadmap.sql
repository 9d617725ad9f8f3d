-- Roadmap: a program with its tasks (міндет), a roadmap per branch, items (іс-шара) in the government-plan form,
-- indicators per item and a planned value per year. region_id (the branch's region) is on every large table.

-- Directions (бағыт / направление): culture, youth, religion, ... One dictionary for all programs.
CREATE TABLE direction (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name_kk     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE program (
    id            BIGSERIAL PRIMARY KEY,
    code          VARCHAR(80)  NOT NULL UNIQUE,
    name_kk       VARCHAR(500) NOT NULL,
    name_ru       VARCHAR(500) NOT NULL,
    name_en       VARCHAR(500) NOT NULL,
    owner_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    first_year    INT          NOT NULL,
    last_year     INT          NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT program_years CHECK (last_year >= first_year AND first_year BETWEEN 2000 AND 2100)
);

-- A task (міндет / задача) of a program; measures are grouped under tasks.
CREATE TABLE program_task (
    id          BIGSERIAL PRIMARY KEY,
    program_id  BIGINT       NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    number      INT          NOT NULL,
    name_kk     VARCHAR(1000) NOT NULL,
    name_ru     VARCHAR(1000) NOT NULL,
    name_en     VARCHAR(1000) NOT NULL,
    CONSTRAINT program_task_number UNIQUE (program_id, number)
);

-- The roadmap of one branch for one program.
CREATE TABLE roadmap (
    id           BIGSERIAL PRIMARY KEY,
    program_id   BIGINT      NOT NULL REFERENCES program (id),
    branch_id    BIGINT      NOT NULL REFERENCES org_unit (id),
    region_id    BIGINT      NOT NULL,
    approved_on  DATE,
    status       VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    edition      INT         NOT NULL DEFAULT 1,
    version      INT         NOT NULL DEFAULT 0,
    CONSTRAINT roadmap_status CHECK (status IN ('DRAFT','APPROVED','ARCHIVED')),
    CONSTRAINT roadmap_per_branch UNIQUE (program_id, branch_id)
);
CREATE INDEX roadmap_region ON roadmap (region_id);

-- An item (іс-шара / мероприятие) in the columns of Kazakhstan government plans.
CREATE TABLE roadmap_item (
    id               BIGSERIAL PRIMARY KEY,
    roadmap_id       BIGINT        NOT NULL REFERENCES roadmap (id),
    region_id        BIGINT        NOT NULL,
    number           VARCHAR(20)   NOT NULL,
    sort_key         INT           NOT NULL DEFAULT 0,
    name_kk          VARCHAR(2000) NOT NULL,
    name_ru          VARCHAR(2000) NOT NULL,
    name_en          VARCHAR(2000),
    -- Аяқтау нысаны / Форма завершения
    completion_form  VARCHAR(30)   NOT NULL,
    task_id          BIGINT        REFERENCES program_task (id),
    direction_id     BIGINT        REFERENCES direction (id),
    -- Орындау мерзімі / Срок исполнения: a date, or a recurrence with an end year
    deadline_kind    VARCHAR(20)   NOT NULL,
    deadline_date    DATE,
    deadline_end_year INT,
    -- Предполагаемые расходы, in tenge (₸)
    estimated_cost   NUMERIC(18, 2),
    -- Источник финансирования
    funding_source   VARCHAR(30),
    notes            VARCHAR(4000),
    is_example       BOOLEAN       NOT NULL DEFAULT FALSE,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT roadmap_item_number UNIQUE (roadmap_id, number),
    CONSTRAINT roadmap_item_form CHECK (completion_form IN ('PROTOCOL','REPORT','ANALYTICAL_NOTE','INFORMATION',
        'ACT','EVENT','FACILITY','DECISION','OTHER')),
    CONSTRAINT roadmap_item_deadline CHECK (
        (deadline_kind = 'DATE' AND deadline_date IS NOT NULL)
        OR (deadline_kind IN ('QUARTERLY','SEMIANNUALLY','ANNUALLY','PERMANENTLY') AND deadline_end_year IS NOT NULL)),
    CONSTRAINT roadmap_item_funding CHECK (funding_source IS NULL OR funding_source IN ('REPUBLICAN_BUDGET',
        'LOCAL_BUDGET','EXTRA_BUDGETARY','SPONSORS','NOT_REQUIRED','WITHIN_ALLOCATED')),
    CONSTRAINT roadmap_item_cost CHECK (estimated_cost IS NULL OR estimated_cost >= 0)
);
CREATE INDEX roadmap_item_roadmap ON roadmap_item (roadmap_id, sort_key);
CREATE INDEX roadmap_item_region ON roadmap_item (region_id);
CREATE INDEX roadmap_item_direction ON roadmap_item (direction_id);
CREATE INDEX roadmap_item_task ON roadmap_item (task_id);

-- Жауапты орындаушылар / Ответственные исполнители: one lead and any number of co-executors.
CREATE TABLE roadmap_item_executor (
    roadmap_item BIGINT  NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    org_unit_id  BIGINT  NOT NULL REFERENCES org_unit (id),
    lead         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (roadmap_item, org_unit_id)
);
CREATE INDEX roadmap_item_executor_unit ON roadmap_item_executor (org_unit_id);
CREATE UNIQUE INDEX roadmap_item_one_lead ON roadmap_item_executor (roadmap_item) WHERE lead;

-- What an item is measured by. aggregation: how values within a year combine (SUM of months, MAX, LAST value).
CREATE TABLE indicator (
    id            BIGSERIAL PRIMARY KEY,
    roadmap_item  BIGINT       NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    region_id     BIGINT       NOT NULL,
    name_kk       VARCHAR(500) NOT NULL,
    name_ru       VARCHAR(500) NOT NULL,
    name_en       VARCHAR(500),
    unit          VARCHAR(20)  NOT NULL,
    aggregation   VARCHAR(10)  NOT NULL DEFAULT 'SUM',
    sort_order    INT          NOT NULL DEFAULT 0,
    CONSTRAINT indicator_unit CHECK (unit IN ('EVENTS','PARTICIPANTS','PEOPLE','FACILITIES','PERCENT','UNITS',
        'DOCUMENTS','TENGE')),
    CONSTRAINT indicator_aggregation CHECK (aggregation IN ('SUM','MAX','LAST'))
);
CREATE INDEX indicator_item ON indicator (roadmap_item);
CREATE INDEX indicator_region ON indicator (region_id);

-- The planned value of an indicator for a year. original_planned keeps the value as approved; a revision after
-- approval changes planned and says why (revision history in indicator_target_revision).
CREATE TABLE indicator_target (
    indicator         BIGINT         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year              INT            NOT NULL,
    planned           NUMERIC(18, 2) NOT NULL,
    original_planned  NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (indicator, year),
    CONSTRAINT indicator_target_planned CHECK (planned >= 0 AND original_planned >= 0)
);

CREATE TABLE indicator_target_revision (
    id           BIGSERIAL PRIMARY KEY,
    indicator_id BIGINT         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year         INT            NOT NULL,
    old_planned  NUMERIC(18, 2) NOT NULL,
    new_planned  NUMERIC(18, 2) NOT NULL,
    reason       VARCHAR(2000)  NOT NULL,
    revised_by   VARCHAR(100)   NOT NULL,
    revised_at   TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX indicator_target_revision_indicator ON indicator_target_revision (indicator_id, year);
