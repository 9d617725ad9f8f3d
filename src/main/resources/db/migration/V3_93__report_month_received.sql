-- Completeness per executor read a LATERAL min(first_submitted_at) over all period reports for every item and month:
-- seconds at national scale. This table holds, per item and month of a year, the local (Almaty) date the first
-- report for that month (a report whose span ends in it) was first submitted; it is kept by triggers on
-- period_report in the same transaction, so a submission counts at once.
CREATE TABLE report_month_received (
    roadmap_item    BIGINT NOT NULL REFERENCES roadmap_item (id),
    year            INT    NOT NULL,
    month           INT    NOT NULL,
    region_id       BIGINT NOT NULL,
    first_submitted DATE   NOT NULL,
    PRIMARY KEY (roadmap_item, year, month)
);
-- A region's months of a year without reading the table's rows (the national figures are summed over regions).
CREATE INDEX report_month_received_region ON report_month_received (year, region_id)
    INCLUDE (roadmap_item, month, first_submitted);

INSERT INTO report_month_received (roadmap_item, year, month, region_id, first_submitted)
SELECT roadmap_item, year, last_month, min(region_id), min(first_submitted_at AT TIME ZONE 'Asia/Almaty')::date
  FROM period_report
 WHERE first_submitted_at IS NOT NULL
 GROUP BY roadmap_item, year, last_month;

-- Recomputes one item's month from its reports (updates and deletes come one report at a time).
CREATE FUNCTION report_month_received_refresh(item BIGINT, in_year INT, in_month INT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_month_received WHERE roadmap_item = item AND year = in_year AND month = in_month;
    INSERT INTO report_month_received (roadmap_item, year, month, region_id, first_submitted)
    SELECT roadmap_item, year, last_month, min(region_id), min(first_submitted_at AT TIME ZONE 'Asia/Almaty')::date
      FROM period_report
     WHERE roadmap_item = item AND year = in_year AND last_month = in_month AND first_submitted_at IS NOT NULL
     GROUP BY roadmap_item, year, last_month;
END
$$;

CREATE FUNCTION report_month_received_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_month_received_refresh(OLD.roadmap_item, OLD.year, OLD.last_month);
    IF TG_OP = 'UPDATE' THEN
        PERFORM report_month_received_refresh(NEW.roadmap_item, NEW.year, NEW.last_month);
    END IF;
    RETURN NULL;
END
$$;

-- Inserts set-based per statement (a bulk load inserts millions of reports with one COPY).
CREATE FUNCTION report_month_received_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_month_received (roadmap_item, year, month, region_id, first_submitted)
    SELECT roadmap_item, year, last_month, min(region_id), min(first_submitted_at AT TIME ZONE 'Asia/Almaty')::date
      FROM inserted
     WHERE first_submitted_at IS NOT NULL
     GROUP BY roadmap_item, year, last_month
    ON CONFLICT (roadmap_item, year, month) DO UPDATE
       SET first_submitted = EXCLUDED.first_submitted
     WHERE EXCLUDED.first_submitted < report_month_received.first_submitted;
    RETURN NULL;
END
$$;

CREATE TRIGGER period_report_received_inserted AFTER INSERT ON period_report
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION report_month_received_inserted();
CREATE TRIGGER period_report_received_updated AFTER UPDATE OF roadmap_item, year, last_month, first_submitted_at
    ON period_report FOR EACH ROW
    WHEN ((OLD.roadmap_item, OLD.year, OLD.last_month, OLD.first_submitted_at)
          IS DISTINCT FROM (NEW.roadmap_item, NEW.year, NEW.last_month, NEW.first_submitted_at))
    EXECUTE FUNCTION report_month_received_changed();
CREATE TRIGGER period_report_received_deleted AFTER DELETE ON period_report
    FOR EACH ROW EXECUTE FUNCTION report_month_received_changed();

-- A version per region of what completeness reads from this table, bumped at commit like progress_region_version
-- (V3_91), so that a cached national completeness recomputes only the region a report was submitted in. Every
-- writer locks the global progress_version row first, as the progress bump does, so writers touching several
-- regions cannot deadlock on the region rows.
CREATE TABLE report_month_version (
    region_id BIGINT PRIMARY KEY,
    version   BIGINT NOT NULL
);

CREATE FUNCTION bump_report_month_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tx     TEXT := txid_current()::text;
    region BIGINT;
BEGIN
    FOREACH region IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.region_id END,
                                  CASE WHEN TG_OP <> 'DELETE' THEN NEW.region_id END] LOOP
        CONTINUE WHEN region IS NULL
                   OR current_setting('kenes.received_bumped_' || region, true) IS NOT DISTINCT FROM tx;
        PERFORM set_config('kenes.received_bumped_' || region, tx, true);
        PERFORM 1 FROM progress_version WHERE id = 1 FOR UPDATE;
        INSERT INTO report_month_version (region_id, version) VALUES (region, 1)
        ON CONFLICT (region_id) DO UPDATE SET version = report_month_version.version + 1;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER report_month_received_version AFTER INSERT OR UPDATE OR DELETE ON report_month_received
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_report_month_version();
