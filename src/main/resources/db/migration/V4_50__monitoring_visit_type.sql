-- The kind of a monitoring visit; visits recorded before it was asked for were site inspections.
ALTER TABLE monitoring_visit ADD COLUMN visit_type VARCHAR(30) NOT NULL DEFAULT 'SITE_INSPECTION'
    CONSTRAINT monitoring_visit_type CHECK (visit_type IN ('SITE_INSPECTION','FACILITY_MONITORING','NIGHT_RAID','RECEPTION'));
