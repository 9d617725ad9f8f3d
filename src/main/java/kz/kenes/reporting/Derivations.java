package kz.kenes.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the logged activities and facilities say an indicator's year-to-date actual is, as of a period's end:
 * events → the number of activities held, participants/people → the sum of their participants, facilities → how
 * many were commissioned, percent → the facilities' average percent complete. Other units are not derived.
 */
@Component
class Derivations {

	private final JdbcClient jdbc;

	Derivations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, BigDecimal> derive(long itemId, ReportPeriod period, List<IndicatorTarget> indicators) {
		Map<String, Object> totals = jdbc.sql("""
				SELECT (SELECT count(*) FROM activity a
				         WHERE a.roadmap_item = :item AND a.held_on BETWEEN :from AND :to) AS events,
				       (SELECT COALESCE(sum(a.participants), 0) FROM activity a
				         WHERE a.roadmap_item = :item AND a.held_on BETWEEN :from AND :to) AS participants,
				       (SELECT count(*) FROM facility f WHERE f.roadmap_item = :item AND EXISTS (
				            SELECT 1 FROM facility_stage_change c WHERE c.facility = f.id
				               AND c.stage = 'COMMISSIONED' AND c.changed_on <= :to)) AS facilities,
				       (SELECT count(*) FROM facility f WHERE f.roadmap_item = :item) AS facility_count,
				       (SELECT round(avg(f.percent_complete), 2) FROM facility f WHERE f.roadmap_item = :item) AS percent
				""")
			.param("item", itemId).param("from", period.start().withMonth(1)).param("to", period.end())
			.query().singleRow();
		Map<Long, BigDecimal> derived = new HashMap<>();
		for (IndicatorTarget indicator : indicators) {
			BigDecimal value = switch (indicator.unit()) {
				case "EVENTS" -> decimal(totals.get("events"));
				case "PARTICIPANTS", "PEOPLE" -> decimal(totals.get("participants"));
				case "FACILITIES" -> ((Number) totals.get("facility_count")).longValue() > 0
						? decimal(totals.get("facilities")) : null;
				case "PERCENT" -> totals.get("percent") == null ? null : decimal(totals.get("percent"));
				default -> null;
			};
			if (value != null) {
				derived.put(indicator.indicatorId(), value.setScale(2, java.math.RoundingMode.HALF_UP));
			}
		}
		return derived;
	}

	private static BigDecimal decimal(Object n) {
		return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
	}
}
