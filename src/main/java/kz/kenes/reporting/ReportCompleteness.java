package kz.kenes.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

	ReportCompleteness(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			      LEFT JOIN LATERAL (
			           SELECT min(r.first_submitted_at AT TIME ZONE 'Asia/Almaty') AS first_submitted
			             FROM period_report r
			            WHERE r.roadmap_item = i.roadmap_item AND r.year = :year AND r.last_month = m.m
			              AND r.first_submitted_at IS NOT NULL) s ON TRUE
			)
			""";

	public List<ExecutorCompleteness> byExecutor(int year, Long roadmapId, LocalDate today) {
		return jdbc.sql(EXPECTED.formatted(roadmapId == null ? "" : "AND roadmap_id = :roadmap") + """
				SELECT e.lead_executor_id, u.code, u.name_kk, u.name_ru, u.name_en,
				       count(DISTINCT e.roadmap_item) AS items, count(*) AS expected,
				       count(e.first_submitted) AS received,
				       count(*) FILTER (WHERE e.first_submitted::date <= e.due) AS on_time
				  FROM expected e JOIN org_unit u ON u.id = e.lead_executor_id
				 GROUP BY e.lead_executor_id, u.code, u.name_kk, u.name_ru, u.name_en
				 ORDER BY u.name_kk""")
			.params(params(year, roadmapId, today))
			.query((rs, n) -> new ExecutorCompleteness(rs.getLong(1), rs.getString(2),
					new LocalizedText(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt("items"),
					rs.getInt("expected"), rs.getInt("received"), rs.getInt("on_time")))
			.list();
	}

	/** Items with monthly reports past their due date and not received, per executor when one is given. */
	public List<MissingReports> missing(int year, Long roadmapId, Long executorId, LocalDate today) {
		var params = params(year, roadmapId, today);
		params.put("executor", executorId);
		return jdbc.sql(EXPECTED.formatted(roadmapId == null ? "" : "AND roadmap_id = :roadmap") + """
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

	private static java.util.Map<String, Object> params(int year, Long roadmapId, LocalDate today) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("year", year);
		params.put("today", today);
		if (roadmapId != null) {
			params.put("roadmap", roadmapId);
		}
		return params;
	}
}
