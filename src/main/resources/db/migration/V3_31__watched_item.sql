-- Watch lists: a council, a faction or a branch takes roadmap items under its control until a date. A watch past
-- its date is simply no longer listed (nothing to clean up). One row per watcher and item: watching again changes
-- the date and the note.
CREATE TABLE watched_item (
    id              BIGSERIAL     PRIMARY KEY,
    watcher_unit_id BIGINT        NOT NULL REFERENCES org_unit (id),
    roadmap_item    BIGINT        NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    region_id       BIGINT        NOT NULL,
    until           DATE          NOT NULL,
    note            VARCHAR(1000),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (watcher_unit_id, roadmap_item)
);
-- the item page's watchers; the watcher's list is served by the unique key
CREATE INDEX watched_item_item ON watched_item (roadmap_item, until);

-- The public item page shows who watches the item.
DO $$
BEGIN
    IF to_regproc('watch_public_content') IS NOT NULL THEN
        PERFORM watch_public_content('watched_item');
    END IF;
END
$$;
