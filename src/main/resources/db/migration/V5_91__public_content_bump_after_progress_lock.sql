-- Deferred version bumps at commit must take their shared rows in one order, or two writers deadlock: an edit of a
-- roadmap item queues the progress bump (a row trigger) before the public-content note (a statement trigger), an
-- accepted report the other way round. Every bump that touches more than its own row now starts with the
-- progress_version row, as the progress and report-month bumps do (V3_91, V3_93).
CREATE OR REPLACE FUNCTION bump_public_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM progress_version WHERE id = 1 FOR UPDATE;
    UPDATE public_content_version SET version = version + 1, changed_at = now() WHERE id = 1;
    DELETE FROM public_content_change WHERE tx = NEW.tx;
    RETURN NULL;
END
$$;
