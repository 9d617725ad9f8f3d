-- The current progress of every indicator in every year with a target: the one small table that rollups read
-- (one row per indicator and year, ~5 rows per item-year, so ~0.5M rows per year at national scale).
-- It is kept current in the SAME transaction as the change that moves it, so there is no batch delay:
--   * planned values, the item's direction/task/lead executor and the due date by the triggers below, whichever
--     module changes targets or items;
--   * accepted actuals by ProgressLedger (Java) when a report is accepted or reopened.
-- A rollup by direction, task, executor, branch or item is then one indexed GROUP BY over the rows of one year,
-- without touching the millions of report values.
CREATE TABLE indicator_progress (
    indicator        BIGINT         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year             INT            NOT NULL,
    region_id        BIGINT         NOT NULL,
    roadmap_id       BIGINT         NOT NULL,
    branch_id        BIGINT         NOT NULL,
    roadmap_item     BIGINT         NOT NULL,
    direction_id     BIGINT,
    task_id          BIGINT,
    lead_executor_id BIGINT,
    unit             VARCHAR(20)    NOT NULL,
    planned          NUMERIC(18, 2) NOT NULL DEFAULT 0,
    original_planned NUMERIC(18, 2) NOT NULL DEFAULT 0,
    -- the last day of the year's work: the item's dated deadline within that year, otherwise 31 December
    due_on           DATE           NOT NULL,
    -- accepted year-to-date actual as of the end of month 1..12 (null: nothing accepted up to that month)
    monthly_actual   NUMERIC(18, 2)[] NOT NULL DEFAULT array_fill(NULL::numeric, ARRAY[12]),
    -- the latest accepted year-to-date actual and the month it stands at
    actual           NUMERIC(18, 2) NOT NULL DEFAULT 0,
    as_of_month      INT,
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator, year)
);
CREATE INDEX indicator_progress_roadmap ON indicator_progress (year, roadmap_id);
CREATE INDEX indicator_progress_region ON indicator_progress (year, region_id);
CREATE INDEX indicator_progress_item ON indicator_progress (roadmap_item, year);

CREATE FUNCTION kenes_due_on(kind VARCHAR, deadline DATE, yr INT) RETURNS DATE
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN kind = 'DATE' AND deadline IS NOT NULL AND extract(YEAR FROM deadline) = yr THEN deadline
                ELSE make_date(yr, 12, 31) END
$$;

CREATE FUNCTION indicator_progress_target() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        -- Spring Data JDBC deletes and re-inserts child rows on save: keep the row (and its actuals).
        UPDATE indicator_progress SET planned = 0, original_planned = 0, updated_at = now()
         WHERE indicator = OLD.indicator AND year = OLD.year;
        RETURN OLD;
    END IF;
    INSERT INTO indicator_progress (indicator, year, region_id, roadmap_id, branch_id, roadmap_item, direction_id,
                                    task_id, lead_executor_id, unit, planned, original_planned, due_on)
    SELECT i.id, NEW.year, ri.region_id, ri.roadmap_id, r.branch_id, ri.id, ri.direction_id, ri.task_id,
           (SELECT e.org_unit_id FROM roadmap_item_executor e WHERE e.roadmap_item = ri.id AND e.lead),
           i.unit, NEW.planned, NEW.original_planned, kenes_due_on(ri.deadline_kind, ri.deadline_date, NEW.year)
      FROM indicator i
      JOIN roadmap_item ri ON ri.id = i.roadmap_item
      JOIN roadmap r ON r.id = ri.roadmap_id
     WHERE i.id = NEW.indicator
    ON CONFLICT (indicator, year) DO UPDATE
       SET planned = EXCLUDED.planned, original_planned = EXCLUDED.original_planned, unit = EXCLUDED.unit,
           direction_id = EXCLUDED.direction_id, task_id = EXCLUDED.task_id, due_on = EXCLUDED.due_on,
           updated_at = now()
     -- unchanged rows stay untouched (a re-save of the same targets, a restore of a backup); the lead executor
     -- of an existing row is kept current by the executor trigger alone
     WHERE (indicator_progress.planned, indicator_progress.original_planned, indicator_progress.unit,
            indicator_progress.direction_id, indicator_progress.task_id, indicator_progress.due_on)
           IS DISTINCT FROM (EXCLUDED.planned, EXCLUDED.original_planned, EXCLUDED.unit, EXCLUDED.direction_id,
                             EXCLUDED.task_id, EXCLUDED.due_on);
    RETURN NEW;
END
$$;
CREATE TRIGGER indicator_target_progress AFTER INSERT OR UPDATE OR DELETE ON indicator_target
    FOR EACH ROW EXECUTE FUNCTION indicator_progress_target();

CREATE FUNCTION indicator_progress_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE indicator_progress
       SET direction_id = NEW.direction_id, task_id = NEW.task_id, region_id = NEW.region_id,
           due_on = kenes_due_on(NEW.deadline_kind, NEW.deadline_date, year), updated_at = now()
     WHERE roadmap_item = NEW.id
       AND (direction_id, task_id, region_id, due_on) IS DISTINCT FROM
           (NEW.direction_id, NEW.task_id, NEW.region_id, kenes_due_on(NEW.deadline_kind, NEW.deadline_date, year));
    RETURN NEW;
END
$$;
CREATE TRIGGER roadmap_item_progress AFTER UPDATE OF direction_id, task_id, region_id, deadline_kind, deadline_date
    ON roadmap_item FOR EACH ROW EXECUTE FUNCTION indicator_progress_item();

CREATE FUNCTION indicator_progress_lead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.roadmap_item ELSE NEW.roadmap_item END;
BEGIN
    UPDATE indicator_progress
       SET lead_executor_id = lead.id
      FROM (SELECT (SELECT e.org_unit_id FROM roadmap_item_executor e
                     WHERE e.roadmap_item = item AND e.lead) AS id) lead
     WHERE roadmap_item = item AND lead_executor_id IS DISTINCT FROM lead.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER roadmap_item_executor_progress AFTER INSERT OR UPDATE OR DELETE ON roadmap_item_executor
    FOR EACH ROW EXECUTE FUNCTION indicator_progress_lead();

CREATE FUNCTION indicator_progress_indicator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE indicator_progress SET unit = NEW.unit, updated_at = now() WHERE indicator = NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER indicator_unit_progress AFTER UPDATE OF unit ON indicator
    FOR EACH ROW EXECUTE FUNCTION indicator_progress_indicator();

-- Rows for targets that exist already.
INSERT INTO indicator_progress (indicator, year, region_id, roadmap_id, branch_id, roadmap_item, direction_id, task_id,
                                lead_executor_id, unit, planned, original_planned, due_on)
SELECT i.id, t.year, ri.region_id, ri.roadmap_id, r.branch_id, ri.id, ri.direction_id, ri.task_id,
       (SELECT e.org_unit_id FROM roadmap_item_executor e WHERE e.roadmap_item = ri.id AND e.lead),
       i.unit, t.planned, t.original_planned, kenes_due_on(ri.deadline_kind, ri.deadline_date, t.year)
  FROM indicator_target t
  JOIN indicator i ON i.id = t.indicator
  JOIN roadmap_item ri ON ri.id = i.roadmap_item
  JOIN roadmap r ON r.id = ri.roadmap_id;
