-- Indicators are edited on their own (targets, revisions), so they carry their own optimistic-locking version.
ALTER TABLE indicator ADD COLUMN version INT NOT NULL DEFAULT 0;
-- Items of a roadmap are listed by executor; the executor index alone cannot narrow them to one roadmap.
CREATE INDEX roadmap_item_executor_item ON roadmap_item_executor (roadmap_item, lead);
