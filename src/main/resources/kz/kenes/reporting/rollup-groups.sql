-- Items counted by status per group, for ProgressRollups (and bench/run's floor, which fills in the placeholders:
-- "key" in braces the grouping expression (p. and the column), "join" in braces a join it needs (by project: the
-- item's projects), "where" in braces the filter, :year, :month (1-12, year-to-date), :asOf, :start = 1 January).
-- The status rules of ProgressStatus.of: kenes_progress_severity (V3_30); an item takes its worst indicator's.
WITH ind AS (
    SELECT p.roadmap_item, {key} AS key, p.planned, COALESCE(p.monthly_actual[:month], 0) AS actual, p.due_on,
           COALESCE(prev.planned > 0 AND COALESCE(prev.monthly_actual[12], 0) < prev.planned
                    AND prev.due_on <= :asOf, FALSE) AS short_last_year
      FROM indicator_progress p {join}
      LEFT JOIN indicator_progress prev ON prev.indicator = p.indicator AND prev.year = p.year - 1
     WHERE p.year = :year {where}
), judged AS (
    SELECT roadmap_item, key,
           kenes_progress_severity(planned, actual, due_on, short_last_year, CAST(:asOf AS date),
                                   CAST(:start AS date)) AS severity,
           CASE WHEN planned > 0 THEN LEAST(actual / planned, 1) END AS ratio
      FROM ind
), per_item AS (
    SELECT roadmap_item, key, max(severity) AS severity, sum(ratio) AS ratio_sum, count(ratio) AS ratio_count
      FROM judged GROUP BY roadmap_item, key
)
SELECT key, count(*) AS items,
       count(*) FILTER (WHERE severity = 0) AS no_target,
       count(*) FILTER (WHERE severity = 1) AS done,
       count(*) FILTER (WHERE severity = 2) AS on_track,
       count(*) FILTER (WHERE severity = 3) AS behind,
       count(*) FILTER (WHERE severity = 4) AS not_done,
       count(*) FILTER (WHERE severity = 5) AS problem,
       COALESCE(sum(ratio_sum), 0) AS ratio_sum, COALESCE(sum(ratio_count), 0) AS ratio_count
  FROM per_item GROUP BY key
