-- The names an org unit has had, each from the day it took it (valid_from null: since before anything recorded);
-- a name holds until the next one's valid_from. org_unit keeps the current name; a unit never renamed has no rows.
-- AMANAT was called Nur Otan until the congress of 1 March 2022: a protocol of 2021 shows the old name.
CREATE TABLE org_unit_name (
    id           BIGSERIAL PRIMARY KEY,
    org_unit_id  BIGINT       NOT NULL REFERENCES org_unit (id),
    valid_from   DATE,
    name_kk      VARCHAR(400) NOT NULL,
    name_ru      VARCHAR(400) NOT NULL,
    name_en      VARCHAR(400) NOT NULL
);
CREATE UNIQUE INDEX org_unit_name_from ON org_unit_name (org_unit_id, valid_from);
CREATE UNIQUE INDEX org_unit_name_first ON org_unit_name (org_unit_id) WHERE valid_from IS NULL;
