package kz.kenes.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * Rollups of planned vs actual by direction, task, executor, branch or item, for a year or a period within it.
 * Reads only {@code indicator_progress} (one row per indicator and year, kept current in the accepting transaction;
 * see V3_4__indicator_progress.sql) with the two statements in {@code rollup-groups.sql} and
 * {@code rollup-units.sql}, whatever the number of reports. A rollup over the whole country is the sum of its
 * regions' parts, each cached against its region's version, so an accepted report recomputes one region's part
 * (see {@link RollupCache}, {@link RollupGroups}); {@code ProgressRollupsTest} checks the SQL against
 * {@link ProgressStatus#of} and the sum of parts against one plain aggregation.
 */
@Service
@Transactional(readOnly = true)
public class ProgressRollups {

	private static final String GROUPS = sql("rollup-groups.sql");
	private static final String UNITS = sql("rollup-units.sql");

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
	 * As {@link #rollup(RollupFilter)}, running {@code beforeComputing} first when the rollup is not in the cache
	 * (where a caller limits how often a visitor may have one computed).
	 */
	public Rollup rollup(RollupFilter filter, Runnable beforeComputing) {
		return rollup(filter, ActivityLog.today(), beforeComputing);
	}

	/**
	 * The rollup as of today's figures: computed once per filter and day, and again as soon as any figure or name
	 * it shows has changed.
	 */
	public Rollup rollup(RollupFilter filter, LocalDate today) {
		return rollup(filter, today, () -> {
		});
	}

	Rollup rollup(RollupFilter filter, LocalDate today, Runnable beforeComputing) {
		LocalDate asOf = asOf(filter, today);
		if (!RollupCache.shareable()) {
			return named(filter, asOf, groups(filter, asOf));
		}
		RollupCache.Versions versions = cache.versions();
		return cache.get(new CachedRollup(filter, asOf), versions.global(), () -> {
			beforeComputing.run();
			return named(filter, asOf, sumOfRegions(filter, asOf, versions));
		});
	}

	private record CachedRollup(RollupFilter filter, LocalDate asOf) {
	}

	private record CachedPart(RollupFilter filter, LocalDate asOf) {
	}

	private static LocalDate asOf(RollupFilter filter, LocalDate today) {
		return filter.period().end().isBefore(today) ? filter.period().end() : today;
	}

	private RollupGroups sumOfRegions(RollupFilter filter, LocalDate asOf, RollupCache.Versions versions) {
		if (filter.roadmapId() != null || filter.branchId() != null || filter.regionId() != null) {
			return groups(filter, asOf);
		}
		RollupGroups sum = RollupGroups.NONE;
		for (Map.Entry<Long, Long> region : versions.regions().entrySet()) {
			RollupFilter part = filter.region(region.getKey());
			sum = sum.plus(cache.get(new CachedPart(part, asOf), region.getValue(), () -> groups(part, asOf)));
		}
		return sum;
	}

	private RollupGroups groups(RollupFilter filter, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("year", filter.year());
		params.put("month", filter.period().lastMonth());
		params.put("asOf", asOf);
		params.put("start", LocalDate.of(filter.year(), 1, 1));
		RollupDimension by = filter.by();

		Map<Long, Map<String, Rollup.UnitSum>> units = new HashMap<>();
		jdbc.sql(statement(UNITS, by, where)).params(params).query(rs -> {
			units.computeIfAbsent((Long) rs.getObject("key"), k -> new LinkedHashMap<>())
				.put(rs.getString("unit"), new Rollup.UnitSum(rs.getBigDecimal("planned"),
						rs.getBigDecimal("original_planned"), rs.getBigDecimal("actual")));
		});
		Map<Long, RollupGroups.Sums> groups = new HashMap<>();
		jdbc.sql(statement(GROUPS, by, where)).params(params).query(rs -> {
			Long key = (Long) rs.getObject("key");
			groups.put(key, new RollupGroups.Sums(rs.getInt("items"), rs.getInt("no_target"), rs.getInt("done"),
					rs.getInt("on_track"), rs.getInt("behind"), rs.getInt("not_done"), rs.getInt("problem"),
					rs.getBigDecimal("ratio_sum"), rs.getBigDecimal("ratio_count"),
					units.getOrDefault(key, Map.of())));
		});
		return new RollupGroups(groups);
	}

	/** The rollup's rows: the groups in the order of their names (code, names looked up once for all keys). */
	private Rollup named(RollupFilter filter, LocalDate asOf, RollupGroups groups) {
		RollupDimension by = filter.by();
		List<Rollup.Row> rows = new ArrayList<>();
		Set<Long> listed = new HashSet<>();
		jdbc.sql("""
				SELECT n.id, %s AS code, %s AS name_kk, %s AS name_ru, %s AS name_en
				  FROM %s n WHERE n.id = ANY(:ids) ORDER BY %s NULLS LAST, n.id"""
			.formatted(by.code, by.kk, by.ru, by.en, by.nameTable, by.order))
			.param("ids", groups.groups().keySet().stream().filter(k -> k != null).toArray(Long[]::new))
			.query(rs -> {
				long key = rs.getLong("id");
				listed.add(key);
				rows.add(row(key, rs.getString("code"), new LocalizedText(rs.getString("name_kk"),
						rs.getString("name_ru"), rs.getString("name_en")), groups.groups().get(key)));
			});
		groups.groups().keySet().stream()
			.filter(key -> !listed.contains(key))
			.sorted(Comparator.nullsLast(Comparator.naturalOrder()))
			.forEach(key -> rows.add(row(key, null, null, groups.groups().get(key))));
		Rollup.Row total = row(null, null, null, groups.total());
		return new Rollup(filter.year(), filter.period(), asOf, by, rows, total);
	}

	private static Rollup.Row row(Long key, String code, LocalizedText name, RollupGroups.Sums s) {
		return new Rollup.Row(key, code, name, s.items(), s.done(), s.onTrack(), s.behind(), s.notDone(),
				s.problem(), s.noTarget(), mean(s.ratioSum(), s.ratioCount()), new TreeMap<>(s.units()));
	}

	private static BigDecimal mean(BigDecimal sum, BigDecimal count) {
		return count.signum() == 0 ? null
				: sum.multiply(BigDecimal.valueOf(100)).divide(count, 1, RoundingMode.HALF_UP);
	}

	private static String statement(String template, RollupDimension by, String where) {
		return template.replace("{key}", by.key()).replace("{join}", by.join == null ? "" : by.join)
			.replace("{where}", where);
	}

	private static String where(RollupFilter f, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(narrowing(f, params, "p"));
		if (f.by() == RollupDimension.PROJECT && f.projectId() != null) {
			// by project within one project: that project's row only, not the other projects of its items
			sql.append(" AND ip.project_id = :f_project");
		}
		if (f.status() != null || f.overdue()) {
			sql.append(" AND p.roadmap_item IN (").append(judgedItems(f, params)).append(')');
		}
		return sql.toString();
	}

	/** The conditions on the item's columns, for a row of indicator_progress named {@code alias}. */
	private static String narrowing(RollupFilter f, Map<String, Object> params, String alias) {
		StringBuilder sql = new StringBuilder();
		add(sql, params, alias, "roadmap_id", f.roadmapId());
		add(sql, params, alias, "direction_id", f.directionId());
		add(sql, params, alias, "task_id", f.taskId());
		add(sql, params, alias, "lead_executor_id", f.executorId());
		add(sql, params, alias, "branch_id", f.branchId());
		add(sql, params, alias, "region_id", f.regionId());
		if (f.projectId() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM roadmap_item_project fp WHERE fp.roadmap_item = ").append(alias)
				.append(".roadmap_item AND fp.project_id = :f_project)");
			params.put("f_project", f.projectId());
		}
		return sql.toString();
	}

	/**
	 * The items (within the same narrowing) whose computed status is the filter's, or that are overdue (an indicator
	 * past its due date short of the plan), judged as the rollup judges them: one pass over the same rows, a hash
	 * semi-join, no per-item lookups.
	 */
	private static String judgedItems(RollupFilter f, Map<String, Object> params) {
		StringBuilder having = new StringBuilder();
		if (f.status() != null) {
			having.append("""
					max(kenes_progress_severity(s.planned, s.actual, s.due_on, s.short_last_year,
					                            CAST(:asOf AS date), CAST(:start AS date))) = :f_status""");
			params.put("f_status", f.status().ordinal());
		}
		if (f.overdue()) {
			having.append(having.isEmpty() ? "" : " AND ")
				.append("bool_or(s.planned > 0 AND s.actual < s.planned AND s.due_on <= CAST(:asOf AS date))");
		}
		return """
				SELECT s.roadmap_item FROM (
				    SELECT q.roadmap_item, q.planned, COALESCE(q.monthly_actual[:month], 0) AS actual, q.due_on,
				           COALESCE(qp.planned > 0 AND COALESCE(qp.monthly_actual[12], 0) < qp.planned
				                    AND qp.due_on <= :asOf, FALSE) AS short_last_year
				      FROM indicator_progress q
				      LEFT JOIN indicator_progress qp ON qp.indicator = q.indicator AND qp.year = q.year - 1
				     WHERE q.year = :year""" + narrowing(f, params, "q") + ") s GROUP BY s.roadmap_item HAVING " + having;
	}

	private static void add(StringBuilder sql, Map<String, Object> params, String alias, String column, Long value) {
		if (value != null) {
			sql.append(" AND ").append(alias).append('.').append(column).append(" = :f_").append(column);
			params.put("f_" + column, value);
		}
	}

	private static String sql(String name) {
		try {
			return new ClassPathResource(name, ProgressRollups.class).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Years that have targets, latest first (for year pickers). */
	public List<Integer> years() {
		return cache.get("years", () -> jdbc.sql("""
				SELECT year FROM generate_series((SELECT min(year) FROM indicator_progress),
				                                 (SELECT max(year) FROM indicator_progress)) year
				 WHERE EXISTS (SELECT 1 FROM indicator_progress p WHERE p.year = year.year)
				 ORDER BY year DESC""").query(Integer.class).list());
	}

	/** The latest year with an accepted figure, else the latest year with targets (the pages' default year). */
	public int defaultYear() {
		return cache.get("defaultYear", () -> jdbc.sql("""
				SELECT COALESCE((SELECT max(year) FROM indicator_progress WHERE as_of_month IS NOT NULL),
				                (SELECT max(year) FROM indicator_progress), extract(YEAR FROM now())::int)""")
			.query(Integer.class).single());
	}
}
