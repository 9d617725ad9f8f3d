package kz.kenes.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * Rollups of planned vs actual by direction, task, executor, branch or item, for a year or a period within it.
 * Reads only {@code indicator_progress} (one row per indicator and year, kept current in the accepting transaction;
 * see V3_4__indicator_progress.sql): two indexed GROUP BY statements per rollup, whatever the number of reports.
 * The status rules of {@link ProgressStatus#of} are mirrored in SQL (severity = the enum's ordinal), so that a
 * national rollup counts items by status without loading them; {@code ProgressRollupsTest} checks they agree.
 */
@Service
@Transactional(readOnly = true)
public class ProgressRollups {

	private final JdbcClient jdbc;
	private final RollupCache cache;

	ProgressRollups(JdbcClient jdbc, RollupCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Rollup rollup(RollupFilter filter) {
		return rollup(filter, ActivityLog.today());
	}

	/**
	 * The rollup as of today's figures: computed once per filter and day, and again as soon as any figure or name
	 * it shows has changed (see {@link RollupCache}).
	 */
	public Rollup rollup(RollupFilter filter, LocalDate today) {
		return cache.get(new CachedRollup(filter, asOf(filter, today)), () -> compute(filter, today));
	}

	private record CachedRollup(RollupFilter filter, LocalDate asOf) {
	}

	private static LocalDate asOf(RollupFilter filter, LocalDate today) {
		return filter.period().end().isBefore(today) ? filter.period().end() : today;
	}

	private Rollup compute(RollupFilter filter, LocalDate today) {
		ReportPeriod period = filter.period();
		LocalDate asOf = asOf(filter, today);
		RollupDimension by = filter.by();
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("year", filter.year());
		params.put("month", period.lastMonth());
		params.put("asOf", asOf);
		params.put("start", LocalDate.of(filter.year(), 1, 1));

		String groups = """
				WITH ind AS (
				    SELECT p.roadmap_item, p.%1$s AS key, p.planned, COALESCE(p.monthly_actual[:month], 0) AS actual,
				           p.due_on,
				           COALESCE(prev.planned > 0 AND COALESCE(prev.monthly_actual[12], 0) < prev.planned
				                    AND prev.due_on <= :asOf, FALSE) AS short_last_year
				      FROM indicator_progress p
				      LEFT JOIN indicator_progress prev ON prev.indicator = p.indicator AND prev.year = p.year - 1
				     WHERE p.year = :year %2$s
				), judged AS (
				    SELECT roadmap_item, key,
				           CASE WHEN planned <= 0 THEN 0
				                WHEN actual >= planned THEN 1
				                WHEN short_last_year THEN 5
				                WHEN :asOf >= due_on THEN 4
				                WHEN actual * ((due_on - CAST(:start AS date)) + 1)
				                     >= planned * LEAST(GREATEST((CAST(:asOf AS date) - CAST(:start AS date)) + 1, 0),
				                                        (due_on - CAST(:start AS date)) + 1) THEN 2
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
				SELECT g.*, %3$s AS code, %4$s AS name_kk, %5$s AS name_ru, %6$s AS name_en
				  FROM g LEFT JOIN %7$s n ON n.id = g.key
				 ORDER BY %8$s NULLS LAST, g.key
				""".formatted(by.column, where, by.code, by.kk, by.ru, by.en, by.nameTable, by.order);

		Map<Long, Map<String, Rollup.UnitSum>> units = new HashMap<>();
		jdbc.sql("""
				SELECT p.%s AS key, p.unit, sum(p.planned) AS planned, sum(p.original_planned) AS original_planned,
				       sum(COALESCE(p.monthly_actual[:month], 0)) AS actual
				  FROM indicator_progress p WHERE p.year = :year %s
				 GROUP BY 1, 2 ORDER BY 2""".formatted(by.column, where))
			.params(params)
			.query((rs, n) -> units.computeIfAbsent((Long) rs.getObject("key"), k -> new LinkedHashMap<>())
				.put(rs.getString("unit"), new Rollup.UnitSum(rs.getBigDecimal("planned"),
						rs.getBigDecimal("original_planned"), rs.getBigDecimal("actual"))))
			.list();

		List<Rollup.Row> rows = new ArrayList<>();
		BigDecimal[] ratio = { BigDecimal.ZERO, BigDecimal.ZERO };
		jdbc.sql(groups).params(params).query((rs, n) -> {
			Long key = (Long) rs.getObject("key");
			BigDecimal ratioSum = rs.getBigDecimal("ratio_sum");
			BigDecimal ratioCount = rs.getBigDecimal("ratio_count");
			ratio[0] = ratio[0].add(ratioSum);
			ratio[1] = ratio[1].add(ratioCount);
			rows.add(new Rollup.Row(key, rs.getString("code"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					rs.getInt("items"), rs.getInt("done"), rs.getInt("on_track"), rs.getInt("behind"),
					rs.getInt("not_done"), rs.getInt("problem"), rs.getInt("no_target"), mean(ratioSum, ratioCount),
					units.getOrDefault(key, Map.of())));
			return null;
		}).list();
		return new Rollup(filter.year(), period, asOf, by, rows, total(rows, units, mean(ratio[0], ratio[1])));
	}

	private static Rollup.Row total(List<Rollup.Row> rows, Map<Long, Map<String, Rollup.UnitSum>> units,
			BigDecimal percent) {
		Map<String, Rollup.UnitSum> sums = new LinkedHashMap<>();
		units.values().forEach(m -> m.forEach((unit, s) -> sums.merge(unit, s,
				(a, b) -> new Rollup.UnitSum(a.planned().add(b.planned()),
						a.originalPlanned().add(b.originalPlanned()), a.actual().add(b.actual())))));
		return new Rollup.Row(null, null, null, rows.stream().mapToInt(Rollup.Row::items).sum(),
				rows.stream().mapToInt(Rollup.Row::done).sum(), rows.stream().mapToInt(Rollup.Row::onTrack).sum(),
				rows.stream().mapToInt(Rollup.Row::behind).sum(), rows.stream().mapToInt(Rollup.Row::notDone).sum(),
				rows.stream().mapToInt(Rollup.Row::problem).sum(), rows.stream().mapToInt(Rollup.Row::noTarget).sum(),
				percent, sums);
	}

	private static BigDecimal mean(BigDecimal sum, BigDecimal count) {
		return count.signum() == 0 ? null
				: sum.multiply(BigDecimal.valueOf(100)).divide(count, 1, RoundingMode.HALF_UP);
	}

	private static String where(RollupFilter f, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		add(sql, params, "roadmap_id", f.roadmapId());
		add(sql, params, "direction_id", f.directionId());
		add(sql, params, "task_id", f.taskId());
		add(sql, params, "lead_executor_id", f.executorId());
		add(sql, params, "branch_id", f.branchId());
		add(sql, params, "region_id", f.regionId());
		return sql.toString();
	}

	private static void add(StringBuilder sql, Map<String, Object> params, String column, Long value) {
		if (value != null) {
			sql.append(" AND p.").append(column).append(" = :f_").append(column);
			params.put("f_" + column, value);
		}
	}

	/** Years that have targets, latest first (for year pickers). */
	public List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT year FROM indicator_progress ORDER BY year DESC").query(Integer.class).list();
	}

	/** The latest year with an accepted figure, else the latest year with targets (the pages' default year). */
	public int defaultYear() {
		return jdbc.sql("""
				SELECT COALESCE((SELECT max(year) FROM indicator_progress WHERE as_of_month IS NOT NULL),
				                (SELECT max(year) FROM indicator_progress), extract(YEAR FROM now())::int)""")
			.query(Integer.class).single();
	}
}
