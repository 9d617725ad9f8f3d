-- Questions and appeals recorded by staff as they were received (source APPEAL): how they came (channel) and,
-- optionally, who raised them (citizen_name: a person or a group). Citizens may also leave a Telegram handle.
ALTER TABLE proposal ADD COLUMN channel VARCHAR(20);
ALTER TABLE proposal ADD COLUMN contact_telegram VARCHAR(40);
ALTER TABLE proposal DROP CONSTRAINT proposal_source;
ALTER TABLE proposal ADD CONSTRAINT proposal_source CHECK (source IN ('MEETING', 'CITIZEN', 'APPEAL'));
ALTER TABLE proposal DROP CONSTRAINT proposal_meeting_source;
ALTER TABLE proposal ADD CONSTRAINT proposal_meeting_source
    CHECK (source IN ('CITIZEN', 'APPEAL') OR raised_by_person IS NOT NULL);
ALTER TABLE proposal ADD CONSTRAINT proposal_channel
    CHECK (channel IN ('AT_EVENT', 'PUBLIC_RECEPTION', 'PHONE', 'LETTER', 'PORTAL'));
ALTER TABLE proposal ADD CONSTRAINT proposal_appeal_channel CHECK (source <> 'APPEAL' OR channel IS NOT NULL);

DROP INDEX proposal_contacts_kept;
CREATE INDEX proposal_contacts_kept ON proposal (answered_on)
    WHERE source IN ('CITIZEN', 'APPEAL') AND contacts_erased_on IS NULL
      AND (citizen_name IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL
           OR contact_telegram IS NOT NULL);
