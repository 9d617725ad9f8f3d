-- One number that moves, at commit, with any change of what public pages show, so that every node checks its page
-- cache with one tiny query (PageCacheFilter). Every table is watched except those below, which public pages do not
-- show or which change on every visit (view counts: the cached page shows the count of when it was rendered).
-- A statement trigger notes the first change of a transaction in public_content_change (no lock on a shared row);
-- a deferred constraint trigger on that note bumps the version at commit, as the transaction's last lock, so
-- writers are not serialized on the version row during their work and cannot deadlock on it, and a reader sees
-- the new number only once the change is visible.
CREATE TABLE public_content_version (
    id         INT         PRIMARY KEY CHECK (id = 1),
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO public_content_version (id, version) VALUES (1, 1);

CREATE TABLE public_content_change (
    tx BIGINT NOT NULL
);

CREATE FUNCTION note_public_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kenes.public_content_changed', true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config('kenes.public_content_changed', txid_current()::text, true);
        INSERT INTO public_content_change (tx) VALUES (txid_current());
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION bump_public_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE public_content_version SET version = version + 1, changed_at = now() WHERE id = 1;
    DELETE FROM public_content_change WHERE tx = NEW.tx;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER public_content_change_committed AFTER INSERT ON public_content_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_public_content_version();

-- Tables created later get the same trigger by calling this in their migration (a test checks that none is missed).
CREATE FUNCTION watch_public_content(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE OR REPLACE TRIGGER public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                   'ON %s FOR EACH STATEMENT EXECUTE FUNCTION note_public_content_change()', t);
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT quote_ident(table_name) FROM information_schema.tables
              WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                AND lower(table_name) NOT IN ('flyway_schema_history', 'shedlock', 'spring_session',
                    'spring_session_attributes', 'app_user', 'user_role', 'login_attempt', 'audit_event',
                    'roadmap_import_upload', 'report_reminder', 'progress_version', 'progress_region_version',
                    'news_stats', 'news_view', 'view_salt', 'public_content_version', 'public_content_change') LOOP
        PERFORM watch_public_content(t::regclass);
    END LOOP;
END
$$;
