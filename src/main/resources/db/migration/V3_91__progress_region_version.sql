-- A version per region beside the global one (V3_90), so that a national rollup is the sum of per-region parts
-- and an accepted report recomputes only its own region's part (a twentieth of the country), not the whole.
-- Bumped by the same commit-time trigger, after the global row: every writer takes the global row's lock first,
-- so writers touching several regions cannot deadlock on the region rows either.
CREATE TABLE progress_region_version (
    region_id BIGINT PRIMARY KEY,
    version   BIGINT NOT NULL
);
INSERT INTO progress_region_version (region_id, version)
SELECT DISTINCT region_id, 1 FROM indicator_progress;

CREATE OR REPLACE FUNCTION bump_progress_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tx     TEXT := txid_current()::text;
    region BIGINT;
BEGIN
    IF current_setting('kenes.progress_version_bumped', true) IS DISTINCT FROM tx THEN
        PERFORM set_config('kenes.progress_version_bumped', tx, true);
        UPDATE progress_version SET version = version + 1, changed_at = now() WHERE id = 1;
    END IF;
    IF TG_TABLE_NAME = 'indicator_progress' THEN
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
