package kz.kenes.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the accepted actuals in {@code indicator_progress} current, in the transaction that accepts or reopens a
 * report (see V3_4__indicator_progress.sql for the whole design). For an item and year it recomputes, per
 * indicator, the year-to-date actual as of the end of each month from the accepted reports (at most a dozen rows),
 * so rollups for a year or for "10 months" read one small row per indicator instead of the report history.
 */
@Component
class ProgressLedger {

	private final JdbcClient jdbc;

	ProgressLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(long itemId, int year) {
		jdbc.sql("""
				WITH monthly AS (
				    SELECT p.indicator, m,
				           (SELECT v.actual FROM report_value v JOIN period_report r ON r.id = v.period_report
				             WHERE v.indicator = p.indicator AND r.year = p.year AND r.status = 'ACCEPTED'
				               AND r.last_month <= m
				             ORDER BY r.last_month DESC, r.reviewed_at DESC LIMIT 1) AS actual
				      FROM indicator_progress p CROSS JOIN generate_series(1, 12) AS m
				     WHERE p.roadmap_item = :item AND p.year = :year
				), per_indicator AS (
				    SELECT indicator, array_agg(actual ORDER BY m) AS months,
				           max(m) FILTER (WHERE actual IS NOT NULL) AS as_of
				      FROM monthly GROUP BY indicator
				)
				UPDATE indicator_progress p
				   SET monthly_actual = pi.months,
				       actual = COALESCE(pi.months[12], 0),
				       as_of_month = (SELECT max(r.last_month) FROM period_report r
				                       WHERE r.roadmap_item = p.roadmap_item AND r.year = p.year
				                         AND r.status = 'ACCEPTED'),
				       updated_at = now()
				  FROM per_indicator pi
				 WHERE p.indicator = pi.indicator AND p.year = :year""")
			.param("item", itemId).param("year", year).update();
	}
}
