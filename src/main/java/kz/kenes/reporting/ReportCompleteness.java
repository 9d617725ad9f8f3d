package kz.kenes.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * Completeness and timeliness of monthly reporting, as DHIS2 reports them: every item with a target in a year
 * expects one report per month from its lead executor (a report "for month M" is any report whose span ends in M,
 * so "2024, 10 months" is October's); expected = months already over, received = those with a submitted report,
 * on time = first submitted by the 10th of the next month. Missing = due date passed and nothing received.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompleteness {

	private final JdbcClient jdbc;
	private final RollupCache cache;

	ReportCompleteness(JdbcClient jdbc, RollupCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public record ExecutorCompleteness(long executorId, String code, LocalizedText name, int items, int expected,
			int received, int onTime) {

		public BigDecimal completeness() {
			return percent(received, expected);
		}

		public BigDecimal timeliness() {
			return percent(onTime, expected);
		}

		/** On time among those received. */
		public BigDecimal onTimeRate() {
			return percent(onTime, received);
		}

		private static BigDecimal percent(int part, int whole) {
			return whole == 0 ? null
					: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
		}
	}

	/** An item whose monthly reports are overdue, with the months missing. */
	public record MissingReports(long itemId, String number, LocalizedText itemName, long executorId,
			LocalizedText executorName, List<Integer> months) {
	}

	/**
	 * Every item with a target in the year and a lead executor, once per month already over, with the date its
	 * month was first received ({@code report_month_received}, kept by triggers on {@code period_report}).
	 */
	private static final String EXPECTED = """
			WITH items AS (
			    SELECT DISTINCT roadmap_item, lead_executor_id FROM indicator_progress
			     WHERE year = :year AND lead_executor_id IS NOT NULL %s
			), months AS (
			    SELECT m, make_date(:year, m, 1) + interval '1 month' + interval '9 days' AS due
			      FROM generate_series(1, 12) AS m
			     WHERE make_date(:year, m, 1) + interval '1 month' <= :today
			), expected AS (
			    SELECT i.roadmap_item, i.lead_executor_id, m.m, m.due::date AS due, s.first_submitted
			      FROM items i CROSS JOIN months m
			      LEFT JOIN (SELECT * FROM report_month_received WHERE year = :year %s) s
			             ON s.roadmap_item = i.roadmap_item AND s.month = m.m
			)
			""";

	/**
	 * Which items: the same condition on the progress rows and on the received months, so that a region's or a
	 * roadmap's part reads only its own months, not the country's.
	 */
	private enum Scope {

		NATION("", ""), REGION("AND region_id = :region", "AND region_id = :region"),
		ROADMAP("AND roadmap_id = :roadmap",
				"AND roadmap_item IN (SELECT id FROM roadmap_item WHERE roadmap_id = :roadmap)");

		private final String progress;
		private final String received;

		Scope(String progress, String received) {
			this.progress = progress;
			this.received = received;
		}

		static Scope of(Long roadmapId) {
			return roadmapId == null ? NATION : ROADMAP;
		}

		String expected() {
			return EXPECTED.formatted(progress, received);
		}
	}

	/** Counts of one executor, summable over regions (an item belongs to one region). */
	private record Counts(int items, int expected, int received, int onTime) {

		Counts plus(Counts other) {
			return new Counts(items + other.items, expected + other.expected, received + other.received,
					onTime + other.onTime);
		}
	}

	private record CachedRegion(int year, long regionId, LocalDate today) {
	}

	private record CachedNation(int year, LocalDate today) {
	}

	/**
	 * Completeness per executor, ordered by name. The national figures are the sum of per-region parts, each cached
	 * until its region's progress rows or received months change (a submission recomputes a twentieth of the
	 * country); a roadmap's are computed directly.
	 */
	public List<ExecutorCompleteness> byExecutor(int year, Long roadmapId, LocalDate today) {
		if (roadmapId != null || !RollupCache.shareable()) {
			Map<String, Object> params = params(year, roadmapId, today);
			return named(counts(Scope.of(roadmapId), params));
		}
		Versions versions = versions();
		return cache.get(new CachedNation(year, today), versions.nation(), () -> {
			Map<Long, Counts> sum = new HashMap<>();
			versions.regions().forEach((region, version) -> cache
				.get(new CachedRegion(year, region, today), version, () -> {
					Map<String, Object> params = params(year, null, today);
					params.put("region", region);
					return counts(Scope.REGION, params);
				})
				.forEach((executor, counts) -> sum.merge(executor, counts, Counts::plus)));
			return named(sum);
		});
	}

	private Map<Long, Counts> counts(Scope scope, Map<String, Object> params) {
		Map<Long, Counts> counts = new HashMap<>();
		jdbc.sql(scope.expected() + """
				SELECT e.lead_executor_id, count(DISTINCT e.roadmap_item) AS items, count(*) AS expected,
				       count(e.first_submitted) AS received,
				       count(*) FILTER (WHERE e.first_submitted <= e.due) AS on_time
				  FROM expected e
				 GROUP BY e.lead_executor_id""")
			.params(params)
			.query(rs -> {
				counts.put(rs.getLong("lead_executor_id"), new Counts(rs.getInt("items"), rs.getInt("expected"),
						rs.getInt("received"), rs.getInt("on_time")));
			});
		return counts;
	}

	private List<ExecutorCompleteness> named(Map<Long, Counts> counts) {
		if (counts.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, code, name_kk, name_ru, name_en FROM org_unit WHERE id IN (:ids) ORDER BY name_kk")
			.param("ids", counts.keySet())
			.query((rs, n) -> {
				Counts c = counts.get(rs.getLong("id"));
				return new ExecutorCompleteness(rs.getLong("id"), rs.getString("code"),
						new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
						c.items(), c.expected(), c.received(), c.onTime());
			})
			.list();
	}

	/**
	 * Versions as sums of counters that only grow, so a sum moves whenever any of its counters does: a region's
	 * part depends on its progress rows and received months, the nation on every progress change (items, leads,
	 * names: the global version) and every region's received months.
	 */
	private record Versions(long nation, Map<Long, Long> regions) {
	}

	private Versions versions() {
		long[] nation = new long[1];
		Map<Long, Long> regions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT v.version + (SELECT COALESCE(sum(version), 0) FROM report_month_version) AS nation,
				       p.region_id, p.version + COALESCE(m.version, 0) AS region_version
				  FROM progress_version v
				  LEFT JOIN progress_region_version p ON TRUE
				  LEFT JOIN report_month_version m ON m.region_id = p.region_id
				 WHERE v.id = 1 ORDER BY p.region_id""").query(rs -> {
			nation[0] = rs.getLong("nation");
			long region = rs.getLong("region_id");
			if (!rs.wasNull()) {
				regions.put(region, rs.getLong("region_version"));
			}
		});
		return new Versions(nation[0], regions);
	}

	/** Items with monthly reports past their due date and not received, per executor when one is given. */
	public List<MissingReports> missing(int year, Long roadmapId, Long executorId, LocalDate today) {
		var params = params(year, roadmapId, today);
		params.put("executor", executorId);
		return jdbc.sql(Scope.of(roadmapId).expected() + """
				SELECT e.roadmap_item, ri.number, ri.name_kk, ri.name_ru, COALESCE(ri.name_en, ri.name_ru) AS name_en,
				       e.lead_executor_id, u.name_kk AS u_kk, u.name_ru AS u_ru, u.name_en AS u_en,
				       string_agg(e.m::text, ',' ORDER BY e.m) AS months
				  FROM expected e
				  JOIN roadmap_item ri ON ri.id = e.roadmap_item
				  JOIN org_unit u ON u.id = e.lead_executor_id
				 WHERE e.first_submitted IS NULL AND e.due < :today
				   AND (CAST(:executor AS bigint) IS NULL OR e.lead_executor_id = :executor)
				 GROUP BY e.roadmap_item, ri.number, ri.name_kk, ri.name_ru, ri.name_en, ri.roadmap_id, ri.sort_key,
				          e.lead_executor_id, u.name_kk, u.name_ru, u.name_en
				 ORDER BY u.name_kk, ri.roadmap_id, ri.sort_key""")
			.params(params)
			.query((rs, n) -> new MissingReports(rs.getLong(1), rs.getString(2),
					new LocalizedText(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getLong(6),
					new LocalizedText(rs.getString(7), rs.getString(8), rs.getString(9)),
					Arrays.stream(rs.getString("months").split(",")).map(Integer::valueOf).toList()))
			.list();
	}

	private static Map<String, Object> params(int year, Long roadmapId, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		params.put("today", today);
		if (roadmapId != null) {
			params.put("roadmap", roadmapId);
		}
		return params;
	}
}
