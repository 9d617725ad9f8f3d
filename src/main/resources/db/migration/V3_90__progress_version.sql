-- One version number that moves, at commit, with any change of what rollups read (indicator_progress and the
-- names they show), so that a cached rollup is checked for freshness with one tiny query on every node, with no
-- batch delay. The bump is a deferred constraint trigger: it runs at commit, once per transaction, as the last
-- lock the transaction takes, so writers cannot deadlock on it; readers see the new number only once the change
-- is committed, so a rollup computed from older data is never stored under a newer version.
CREATE TABLE progress_version (
    id         INT         PRIMARY KEY CHECK (id = 1),
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO progress_version (id, version) VALUES (1, 1);

CREATE FUNCTION bump_progress_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kenes.progress_version_bumped', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('kenes.progress_version_bumped', txid_current()::text, true);
    UPDATE progress_version SET version = version + 1, changed_at = now() WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER indicator_progress_version AFTER INSERT OR UPDATE OR DELETE ON indicator_progress
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version();
CREATE CONSTRAINT TRIGGER direction_version AFTER INSERT OR UPDATE OR DELETE ON direction
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version();
CREATE CONSTRAINT TRIGGER program_task_version AFTER INSERT OR UPDATE OR DELETE ON program_task
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version();
CREATE CONSTRAINT TRIGGER org_unit_version AFTER INSERT OR UPDATE OR DELETE ON org_unit
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version();
CREATE CONSTRAINT TRIGGER roadmap_item_version AFTER INSERT OR UPDATE OR DELETE ON roadmap_item
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_progress_version();
