-- Party projects: national initiatives the party runs across regions («Таза Қазақстан», …). ADMIN keeps the list.
CREATE TABLE party_project (
    id      BIGSERIAL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL UNIQUE,
    name_kk VARCHAR(300) NOT NULL,
    name_ru VARCHAR(300) NOT NULL,
    name_en VARCHAR(300),
    version INT          NOT NULL DEFAULT 0
);

-- The projects an item belongs to (zero or more). An item with two projects counts in both project rollups.
-- region_id is the item's (the distribution key); the primary key serves "projects of these items", the second
-- index "items of this project" (the project filter and rollup join indicator_progress on roadmap_item).
CREATE TABLE roadmap_item_project (
    roadmap_item BIGINT NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    project_id   BIGINT NOT NULL REFERENCES party_project (id),
    region_id    BIGINT NOT NULL,
    PRIMARY KEY (roadmap_item, project_id)
);
CREATE INDEX roadmap_item_project_project ON roadmap_item_project (project_id, roadmap_item);

-- Public pages show both (V5_90 watches every table that exists when it runs; this covers a database that had it).
DO $$
BEGIN
    IF to_regproc('watch_public_content') IS NOT NULL THEN
        PERFORM watch_public_content('party_project');
        PERFORM watch_public_content('roadmap_item_project');
    END IF;
END
$$;
