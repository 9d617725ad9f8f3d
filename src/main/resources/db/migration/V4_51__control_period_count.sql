-- Totals a control commission reports for a period instead of single visits: how many visits of a kind it made and
-- how many recommendations it issued and saw fulfilled. No months: the whole year.
CREATE TABLE control_period_count (
    id              BIGSERIAL PRIMARY KEY,
    commission_id   BIGINT      NOT NULL REFERENCES org_unit (id),
    -- the branch the commission belongs to: counts roll up per branch
    branch_id       BIGINT      NOT NULL REFERENCES org_unit (id),
    region_id       BIGINT,
    year            INT         NOT NULL,
    from_month      INT,
    to_month        INT,
    visit_type      VARCHAR(30) NOT NULL,
    visits          INT         NOT NULL,
    recommendations_issued    INT NOT NULL,
    recommendations_fulfilled INT NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    CONSTRAINT control_period_count_type CHECK (visit_type IN ('SITE_INSPECTION','FACILITY_MONITORING','NIGHT_RAID','RECEPTION')),
    CONSTRAINT control_period_count_months CHECK ((from_month IS NULL AND to_month IS NULL)
        OR (from_month BETWEEN 1 AND 12 AND to_month BETWEEN from_month AND 12)),
    CONSTRAINT control_period_count_figures CHECK (visits >= 0 AND recommendations_issued >= 0
        AND recommendations_fulfilled BETWEEN 0 AND recommendations_issued)
);
CREATE INDEX control_period_count_branch ON control_period_count (branch_id, year);
CREATE INDEX control_period_count_commission ON control_period_count (commission_id, year, visit_type);
CREATE INDEX control_period_count_region ON control_period_count (region_id);
CREATE INDEX monitoring_visit_branch_type ON monitoring_visit (branch_id, visit_type, visited_on);

-- A branch's public control page shows these totals (where the page cache's watcher already exists).
DO $$
BEGIN
    IF to_regproc('watch_public_content') IS NOT NULL THEN
        PERFORM watch_public_content('control_period_count');
    END IF;
END
$$;
