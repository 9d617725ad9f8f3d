-- Every kind of event (issue 17): a meeting becomes an event with a kind, an online platform, co-chairs, unnamed
-- audience groups and review periods of any length. council_id keeps its name but now holds the HOST: any org unit
-- (a council, a branch, a faction, a maslikhat, an akimat, a college); the branch is derived from its ancestors.
ALTER TABLE meeting ADD COLUMN kind VARCHAR(40) NOT NULL DEFAULT 'COUNCIL_MEETING';
ALTER TABLE meeting ADD COLUMN online_platform VARCHAR(100);
ALTER TABLE meeting ADD CONSTRAINT meeting_kind CHECK (kind IN ('COUNCIL_MEETING','BRANCH_MEETING',
    'FACTION_MEETING','PRESS_CONFERENCE','RESIDENTS_MEETING','LABOUR_COLLECTIVE_MEETING','PUBLIC_RECEPTION',
    'ROUND_TABLE','FIELD_VISIT','FORUM'));
-- the public list filters by kind and format, newest first
CREATE INDEX meeting_public_kind ON meeting (kind, starts_at DESC) WHERE status IN ('HELD','PROTOCOL_SIGNED');
CREATE INDEX meeting_public_format ON meeting (format, starts_at DESC) WHERE status IN ('HELD','PROTOCOL_SIGNED');

-- Co-chairs beside the chair (chair_person_id), each in the post held that day, from any level.
CREATE TABLE meeting_chair (
    meeting      BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    position_id  BIGINT NOT NULL REFERENCES position_held (id),
    sort_order   INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting, person_id)
);
CREATE INDEX meeting_chair_person ON meeting_chair (person_id);

-- The unnamed part of the audience: "200 residents", "40 teachers and students".
CREATE TABLE meeting_audience_group (
    meeting  BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind     VARCHAR(40) NOT NULL,
    count    INT         NOT NULL,
    PRIMARY KEY (meeting, kind),
    CONSTRAINT audience_count CHECK (count BETWEEN 1 AND 100000),
    CONSTRAINT audience_kind CHECK (kind IN ('RESIDENTS','TEACHERS_AND_STUDENTS','YOUTH','JOURNALISTS','DEPUTIES',
        'PARTY_MEMBERS','LABOUR_COLLECTIVE','PUBLIC_REPRESENTATIVES','OTHER'))
);

-- A review period of any length: from (year, month) to (period_year, period_months), both months inclusive.
-- Existing periods "2024, 10 months" ran from January: from = (2024, 1).
ALTER TABLE meeting_agenda_item ADD COLUMN period_from_year INT;
ALTER TABLE meeting_agenda_item ADD COLUMN period_from_month INT;
UPDATE meeting_agenda_item SET period_from_year = period_year, period_from_month = 1 WHERE period_year IS NOT NULL;
ALTER TABLE meeting_agenda_item ADD CONSTRAINT agenda_period_from CHECK (
    (period_from_year IS NULL) = (period_year IS NULL) AND (period_from_month IS NULL) = (period_year IS NULL)
    AND (period_from_month IS NULL OR period_from_month BETWEEN 1 AND 12)
    AND (period_from_year IS NULL OR period_from_year * 12 + period_from_month <= period_year * 12 + period_months));
