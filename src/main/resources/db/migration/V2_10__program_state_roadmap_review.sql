-- Programs have a state: drafted, in force, completed, or superseded by a later program (earlier ones stay in records).
ALTER TABLE program ADD COLUMN state VARCHAR(20) NOT NULL DEFAULT 'IN_FORCE';
ALTER TABLE program ADD CONSTRAINT program_state CHECK (state IN ('DRAFT','IN_FORCE','COMPLETED','SUPERSEDED'));

-- A roadmap is submitted by its branch and approved (or returned with a comment) by the level above.
ALTER TABLE roadmap DROP CONSTRAINT roadmap_status;
ALTER TABLE roadmap ADD CONSTRAINT roadmap_status CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','ARCHIVED'));
ALTER TABLE roadmap ADD COLUMN review_comment VARCHAR(2000);

-- A regional item may name the item of the program's national roadmap that it implements.
ALTER TABLE roadmap_item ADD COLUMN national_item_id BIGINT REFERENCES roadmap_item (id);
CREATE INDEX roadmap_item_national ON roadmap_item (national_item_id) WHERE national_item_id IS NOT NULL;
