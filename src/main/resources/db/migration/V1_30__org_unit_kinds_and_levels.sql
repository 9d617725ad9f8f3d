-- Bodies beyond party branches and councils: maslikhats and the party factions in them and in Parliament's
-- chambers, rural district akimats, branch bureaus, state institutions and enterprises.
ALTER TABLE org_unit DROP CONSTRAINT org_unit_kind;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_kind CHECK (kind IN ('PARTY','REGIONAL_BRANCH','CITY_BRANCH',
    'DISTRICT_BRANCH','COUNCIL','CONTROL_COMMISSION','AKIMAT','DEPARTMENT','NGO','MASLIKHAT','FACTION',
    'PARLIAMENT_CHAMBER','RURAL_AKIMAT','BUREAU','INSTITUTION'));

-- The level of the territory a body serves (облыс / қала / аудан / ауылдық округ): official titles depend on it.
ALTER TABLE org_unit ADD COLUMN level VARCHAR(20);
ALTER TABLE org_unit ADD CONSTRAINT org_unit_level CHECK (level IN ('REPUBLIC','REGION','CITY','DISTRICT',
    'RURAL_DISTRICT'));

UPDATE org_unit SET level = CASE kind
    WHEN 'PARTY' THEN 'REPUBLIC'
    WHEN 'REGIONAL_BRANCH' THEN 'REGION'
    WHEN 'CITY_BRANCH' THEN 'CITY'
    WHEN 'DISTRICT_BRANCH' THEN 'DISTRICT'
    WHEN 'AKIMAT' THEN CASE WHEN name_ru ILIKE '%город%' THEN 'CITY'
                            WHEN parent_id IS NULL THEN 'REGION' ELSE 'DISTRICT' END
    END;
