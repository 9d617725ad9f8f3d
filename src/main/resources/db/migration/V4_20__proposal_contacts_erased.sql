-- Retention of citizens' contact details: a citizen's name, e-mail and phone are erased once the proposal has been
-- answered for longer than kenes.retention.citizen-contacts (a year by default); the text and answer stay, and the
-- day of the erasure marks the proposal as anonymised.
ALTER TABLE proposal ADD COLUMN contacts_erased_on DATE;
CREATE INDEX proposal_contacts_kept ON proposal (answered_on)
    WHERE source = 'CITIZEN' AND contacts_erased_on IS NULL
      AND (citizen_name IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL);
