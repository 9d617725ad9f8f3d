-- The statements behind GET /api/v1/progress?year=2026&by=direction at the national root (ProgressRollups, with
-- :year = 2026, :month = 12, :asOf = the run's date capped at 2026-12-31, :start = 2026-01-01): the floor of the API.
SELECT p.direction_id AS key, p.unit, sum(p.planned) AS planned, sum(p.original_planned) AS original_planned,
       sum(COALESCE(p.monthly_actual[12], 0)) AS actual
  FROM indicator_progress p WHERE p.year = 2026
 GROUP BY 1, 2 ORDER BY 2;
WITH ind AS (
    SELECT p.roadmap_item, p.direction_id AS key, p.planned, COALESCE(p.monthly_actual[12], 0) AS actual,
           p.due_on,
           COALESCE(prev.planned > 0 AND COALESCE(prev.monthly_actual[12], 0) < prev.planned
                    AND prev.due_on <= LEAST(current_date, DATE '2026-12-31'), FALSE) AS short_last_year
      FROM indicator_progress p
      LEFT JOIN indicator_progress prev ON prev.indicator = p.indicator AND prev.year = p.year - 1
     WHERE p.year = 2026
), judged AS (
    SELECT roadmap_item, key,
           CASE WHEN planned <= 0 THEN 0
                WHEN actual >= planned THEN 1
                WHEN short_last_year THEN 5
                WHEN LEAST(current_date, DATE '2026-12-31') >= due_on THEN 4
                WHEN actual * ((due_on - DATE '2026-01-01') + 1)
                     >= planned * LEAST(GREATEST((LEAST(current_date, DATE '2026-12-31') - DATE '2026-01-01') + 1, 0),
                                        (due_on - DATE '2026-01-01') + 1) THEN 2
                ELSE 3 END AS severity,
           CASE WHEN planned > 0 THEN LEAST(actual / planned, 1) END AS ratio
      FROM ind
), per_item AS (
    SELECT roadmap_item, key, max(severity) AS severity, sum(ratio) AS ratio_sum,
           count(ratio) AS ratio_count
      FROM judged GROUP BY roadmap_item, key
), g AS (
    SELECT key, count(*) AS items,
           count(*) FILTER (WHERE severity = 0) AS no_target,
           count(*) FILTER (WHERE severity = 1) AS done,
           count(*) FILTER (WHERE severity = 2) AS on_track,
           count(*) FILTER (WHERE severity = 3) AS behind,
           count(*) FILTER (WHERE severity = 4) AS not_done,
           count(*) FILTER (WHERE severity = 5) AS problem,
           COALESCE(sum(ratio_sum), 0) AS ratio_sum, COALESCE(sum(ratio_count), 0) AS ratio_count
      FROM per_item GROUP BY key
)
SELECT g.*, NULL AS code, n.name_kk, n.name_ru, n.name_en
  FROM g LEFT JOIN direction n ON n.id = g.key
 ORDER BY n.sort_order NULLS LAST, g.key;
