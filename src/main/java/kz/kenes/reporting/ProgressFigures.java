package kz.kenes.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * Progress figures of given items as plain records, for other modules: a meeting freezes them "as heard on the
 * meeting day", a news item quotes them. Actuals are those of reports accepted by {@code asOf} for periods ending
 * within {@code period}; statuses are judged on the period's last day (or {@code asOf}, when earlier).
 */
@Service
@Transactional(readOnly = true)
public class ProgressFigures {

	private final JdbcClient jdbc;

	ProgressFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One indicator: planned (revised and as approved), the accepted year-to-date actual and its status. */
	public record IndicatorFigure(long indicatorId, LocalizedText name, String unit, BigDecimal planned,
			BigDecimal originalPlanned, BigDecimal actual, Integer asOfMonth, ProgressStatus status) {

		public BigDecimal percent() {
			return Rollup.Row.percent(actual, planned);
		}
	}

	/** One item with its indicators; its status is the worst of theirs. */
	public record ItemFigures(long itemId, String number, LocalizedText name, ReportPeriod period, LocalDate judgedOn,
			ProgressStatus status, List<IndicatorFigure> indicators) {
	}

	/** Activities logged for items between two dates: how many, how many took part, how many of them young. */
	public record ActivityTotals(long itemId, int activities, long participants, long youthParticipants) {
	}

	public List<ItemFigures> figures(Collection<Long> itemIds, ReportPeriod period, LocalDate asOf) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		LocalDate judgedOn = asOf.isBefore(period.end()) ? asOf : period.end();
		OffsetDateTime acceptedBy = asOf.atTime(LocalTime.MAX).atZone(ActivityLog.ZONE).toOffsetDateTime();
		Map<Long, ItemFigures> items = new LinkedHashMap<>();
		Map<Long, List<IndicatorFigure>> indicators = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT ri.id AS item, ri.number, ri.name_kk, ri.name_ru, COALESCE(ri.name_en, ri.name_ru) AS name_en,
				       ri.deadline_kind, ri.deadline_date,
				       i.id AS indicator, i.name_kk AS i_kk, i.name_ru AS i_ru, COALESCE(i.name_en, i.name_ru) AS i_en,
				       i.unit, t.planned, t.original_planned, a.actual, a.last_month,
				       COALESCE(prev.planned > 0 AND COALESCE(prev.monthly_actual[12], 0) < prev.planned
				                AND prev.due_on <= :judgedOn, FALSE) AS short_last_year
				  FROM roadmap_item ri
				  JOIN indicator i ON i.roadmap_item = ri.id
				  LEFT JOIN indicator_target t ON t.indicator = i.id AND t.year = :year
				  LEFT JOIN indicator_progress prev ON prev.indicator = i.id AND prev.year = :year - 1
				  LEFT JOIN LATERAL (
				       SELECT v.actual, r.last_month FROM report_value v JOIN period_report r ON r.id = v.period_report
				        WHERE v.indicator = i.id AND r.year = :year AND r.last_month <= :month
				          AND r.status = 'ACCEPTED' AND r.reviewed_at <= :acceptedBy
				        ORDER BY r.last_month DESC, r.reviewed_at DESC LIMIT 1) a ON TRUE
				 WHERE ri.id IN (:items)
				 ORDER BY ri.roadmap_id, ri.sort_key, i.sort_order, i.id""")
			.param("items", List.copyOf(itemIds)).param("year", period.year()).param("month", period.lastMonth())
			.param("acceptedBy", acceptedBy).param("judgedOn", judgedOn)
			.query((rs, n) -> {
				long item = rs.getLong("item");
				LocalDate due = dueOn(rs.getString("deadline_kind"), rs.getObject("deadline_date", LocalDate.class),
						period.year());
				BigDecimal actual = rs.getBigDecimal("actual");
				ProgressStatus status = ProgressStatus.of(rs.getBigDecimal("planned"), actual,
						LocalDate.of(period.year(), 1, 1), due, judgedOn, rs.getBoolean("short_last_year"));
				indicators.computeIfAbsent(item, k -> new ArrayList<>()).add(new IndicatorFigure(
						rs.getLong("indicator"),
						new LocalizedText(rs.getString("i_kk"), rs.getString("i_ru"), rs.getString("i_en")),
						rs.getString("unit"), rs.getBigDecimal("planned"), rs.getBigDecimal("original_planned"),
						actual == null ? BigDecimal.ZERO : actual, (Integer) rs.getObject("last_month"), status));
				items.putIfAbsent(item, new ItemFigures(item, rs.getString("number"),
						new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
						period, judgedOn, null, null));
				return null;
			}).list();
		return items.values().stream().map(f -> {
			List<IndicatorFigure> list = indicators.get(f.itemId());
			return new ItemFigures(f.itemId(), f.number(), f.name(), period, judgedOn,
					ProgressStatus.worst(list.stream().map(IndicatorFigure::status).toList()), List.copyOf(list));
		}).toList();
	}

	/** Current figures of a year (all accepted reports up to today). */
	public List<ItemFigures> figures(Collection<Long> itemIds, int year) {
		return figures(itemIds, ReportPeriod.wholeYear(year), ActivityLog.today());
	}

	public List<ActivityTotals> activityTotals(Collection<Long> itemIds, LocalDate from, LocalDate to) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT roadmap_item, count(*) AS n, COALESCE(sum(participants), 0) AS participants,
				       COALESCE(sum(participants) FILTER (WHERE audience = 'YOUTH'), 0) AS youth
				  FROM activity WHERE roadmap_item IN (:items) AND held_on BETWEEN :from AND :to
				 GROUP BY roadmap_item ORDER BY roadmap_item""")
			.param("items", List.copyOf(itemIds)).param("from", from).param("to", to)
			.query((rs, n) -> new ActivityTotals(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	static LocalDate dueOn(String kind, LocalDate deadline, int year) {
		return "DATE".equals(kind) && deadline != null && deadline.getYear() == year ? deadline
				: LocalDate.of(year, 12, 31);
	}
}
