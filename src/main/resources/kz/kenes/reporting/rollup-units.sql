-- Planned and year-to-date actual sums per group and unit, for ProgressRollups (placeholders as in rollup-groups.sql).
SELECT {key} AS key, p.unit, sum(p.planned) AS planned, sum(p.original_planned) AS original_planned,
       sum(COALESCE(p.monthly_actual[:month], 0)) AS actual
  FROM indicator_progress p {join}
 WHERE p.year = :year {where}
 GROUP BY 1, 2 ORDER BY 2
