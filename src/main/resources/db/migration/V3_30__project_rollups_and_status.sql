-- Rollups by party project (roadmap_item_project, V2_20) and the status filter.
--
-- A project's rollup joins indicator_progress to roadmap_item_project by item, so a change of an item's projects
-- (or of a project's name) must move the versions the rollup cache checks (V3_90, V3_91), at commit, like any change
-- of indicator_progress: the global version first, then the item's region (same lock order, no deadlock).
CREATE FUNCTION bump_progress_version_for_projects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tx     TEXT := txid_current()::text;
    region BIGINT;
BEGIN
    IF current_setting('kenes.progress_version_bumped', true) IS DISTINCT FROM tx THEN
        PERFORM set_config('kenes.progress_version_bumped', tx, true);
        UPDATE progress_version SET version = version + 1, changed_at = now() WHERE id = 1;
    END IF;
    IF TG_TABLE_NAME = 'roadmap_item_project' THEN
        FOREACH region IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.region_id END,
                                      CASE WHEN TG_OP <> 'DELETE' THEN NEW.region_id END] LOOP
            CONTINUE WHEN region IS NULL
                       OR current_setting('kenes.region_bumped_' || region, true) IS NOT DISTINCT FROM tx;
            PERFORM set_config('kenes.region_bumped_' || region, tx, true);
            INSERT INTO progress_region_version (region_id, version) VALUES (region, 1)
            ON CONFLICT (region_id) DO UPDATE SET version = progress_region_version.version + 1;
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER party_project_version AFTER INSERT OR UPDATE OR DELETE ON party_project
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version_for_projects();
CREATE CONSTRAINT TRIGGER roadmap_item_project_version AFTER INSERT OR UPDATE OR DELETE ON roadmap_item_project
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version_for_projects();

-- The status rules of ProgressStatus.of in SQL, in one place for every query that judges an indicator: the
-- severity is the enum's ordinal (0 no target, 1 done, 2 on track, 3 behind, 4 not done, 5 problem); an item takes
-- its worst indicator's. Plain SQL and IMMUTABLE, so that the planner inlines it (no call per row).
CREATE FUNCTION kenes_progress_severity(planned NUMERIC, actual NUMERIC, due_on DATE, short_last_year BOOLEAN,
                                        as_of DATE, start DATE) RETURNS INT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN planned <= 0 THEN 0
                WHEN actual >= planned THEN 1
                WHEN short_last_year THEN 5
                WHEN as_of >= due_on THEN 4
                WHEN actual * ((due_on - start) + 1)
                     >= planned * LEAST(GREATEST((as_of - start) + 1, 0), (due_on - start) + 1) THEN 2
                ELSE 3 END
$$;

-- Every item of a roadmap with an indicator in a year, judged as of a day with the same rule: its status (the
-- ProgressStatus name of its worst indicator) and whether it is overdue (an indicator past its due date short of
-- the plan). For the roadmap module's status filter (one indexed pass over the roadmap's rows of the year, joined
-- to the items as a set, never a call per item); reporting owns the rule, roadmap only names the function.
CREATE FUNCTION kenes_judged_items(roadmap BIGINT, yr INT, as_of DATE)
    RETURNS TABLE (roadmap_item BIGINT, status TEXT, overdue BOOLEAN)
    LANGUAGE sql STABLE AS $$
    SELECT s.roadmap_item,
           (ARRAY['NO_TARGET', 'DONE', 'ON_TRACK', 'BEHIND', 'NOT_DONE', 'PROBLEM'])[1 + max(
               kenes_progress_severity(s.planned, s.actual, s.due_on, s.short_last_year, as_of, make_date(yr, 1, 1)))],
           bool_or(s.planned > 0 AND s.actual < s.planned AND s.due_on <= as_of)
      FROM (SELECT p.roadmap_item, p.planned, p.actual, p.due_on,
                   COALESCE(prev.planned > 0 AND prev.actual < prev.planned AND prev.due_on <= as_of, FALSE)
                       AS short_last_year
              FROM indicator_progress p
              LEFT JOIN indicator_progress prev ON prev.indicator = p.indicator AND prev.year = p.year - 1
             WHERE p.year = yr AND p.roadmap_id = roadmap) s
     GROUP BY s.roadmap_item
$$;
