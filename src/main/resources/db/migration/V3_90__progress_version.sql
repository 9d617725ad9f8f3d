-- A version per region that moves in the same transaction as any change of what rollups read, so that a cached
-- rollup can be checked for freshness with one tiny query, on every node, with no batch delay.
-- region_id 0 stands for changes of names (directions, tasks, org units, items) that every rollup shows.
CREATE TABLE progress_version (
    region_id  BIGINT      PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION bump_progress_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO progress_version AS v (region_id, version)
    SELECT DISTINCT region_id, 1 FROM changed_rows
    ON CONFLICT (region_id) DO UPDATE SET version = v.version + 1, changed_at = now();
    RETURN NULL;
END
$$;
-- PostgreSQL allows transition tables only on single-event triggers: one trigger per event.
CREATE TRIGGER indicator_progress_version_insert AFTER INSERT ON indicator_progress
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_progress_version();
CREATE TRIGGER indicator_progress_version_update AFTER UPDATE ON indicator_progress
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_progress_version();
CREATE TRIGGER indicator_progress_version_delete AFTER DELETE ON indicator_progress
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_progress_version();

CREATE FUNCTION bump_names_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO progress_version AS v (region_id, version) VALUES (0, 1)
    ON CONFLICT (region_id) DO UPDATE SET version = v.version + 1, changed_at = now();
    RETURN NULL;
END
$$;
CREATE TRIGGER direction_names_version AFTER INSERT OR UPDATE OR DELETE ON direction
    FOR EACH STATEMENT EXECUTE FUNCTION bump_names_version();
CREATE TRIGGER program_task_names_version AFTER INSERT OR UPDATE OR DELETE ON program_task
    FOR EACH STATEMENT EXECUTE FUNCTION bump_names_version();
CREATE TRIGGER org_unit_names_version AFTER INSERT OR UPDATE OR DELETE ON org_unit
    FOR EACH STATEMENT EXECUTE FUNCTION bump_names_version();
CREATE TRIGGER roadmap_item_names_version AFTER INSERT OR UPDATE OR DELETE ON roadmap_item
    FOR EACH STATEMENT EXECUTE FUNCTION bump_names_version();

INSERT INTO progress_version (region_id, version) SELECT DISTINCT region_id, 1 FROM indicator_progress;
INSERT INTO progress_version (region_id, version) VALUES (0, 1) ON CONFLICT DO NOTHING;
