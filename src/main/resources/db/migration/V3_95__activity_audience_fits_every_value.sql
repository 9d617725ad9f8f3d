-- PEOPLE_WITH_DISABILITIES (24 characters) is allowed by the check but did not fit VARCHAR(20).
ALTER TABLE activity ALTER COLUMN audience TYPE VARCHAR(40);
