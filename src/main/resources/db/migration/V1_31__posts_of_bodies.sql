-- Posts of the new bodies (akims, deputies of maslikhats and Parliament, faction leaders, maslikhat secretaries,
-- the party's Secretaries, directors, teachers) and a free-text post whose title the position carries.
ALTER TABLE position_held DROP CONSTRAINT position_post;
ALTER TABLE position_held ADD CONSTRAINT position_post CHECK (post IN ('CHAIR','DEPUTY_CHAIR','EXECUTIVE_SECRETARY',
    'SECRETARY','MEMBER','HEAD_OF_DEPARTMENT','DEPUTY_HEAD','SPECIALIST','LEADER','AKIM','DEPUTY_AKIM',
    'MASLIKHAT_DEPUTY','MASLIKHAT_SECRETARY','MAZHILIS_DEPUTY','SENATE_DEPUTY','FACTION_LEADER','PARTY_SECRETARY',
    'DIRECTOR','TEACHER','OTHER'));
ALTER TABLE position_held ADD CONSTRAINT position_other_titled CHECK (post <> 'OTHER' OR title_kk IS NOT NULL);
-- the posts a person holds on a day (a meeting's attendees, the post that fits a unit)
CREATE INDEX position_held_person_dates ON position_held (person_id, start_date);
