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
		// Two reviewers accepting two reports of the same item at once: each recomputation must see the other's
		// accepted report, or the later commit writes figures without it (a lost update, found by
		// ConcurrentReportingTest). So the rows are locked first, in a statement of their own; under READ COMMITTED
		// the recomputation below then takes a fresh snapshot that includes whatever the lock waited for.
		jdbc.sql("""
				SELECT indicator FROM indicator_progress WHERE roadmap_item = :item AND year = :year
				 ORDER BY indicator FOR UPDATE""")
			.param("item", itemId).param("year", year).query(Long.class).list();
		jdbc.sql("""
				WITH accepted AS (
				    -- the item's accepted values of the year, found through its reports (a few dozen rows)
				    SELECT v.indicator, r.last_month, r.reviewed_at, v.actual
				      FROM period_report r JOIN report_value v ON v.period_report = r.id
				     WHERE r.roadmap_item = :item AND r.year = :year AND r.status = 'ACCEPTED'
				), monthly AS (
				    SELECT p.indicator, m,
				           (SELECT a.actual FROM accepted a WHERE a.indicator = p.indicator AND a.last_month <= m
				             ORDER BY a.last_month DESC, a.reviewed_at DESC LIMIT 1) AS actual
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
				                       WHERE r.roadmap_item = :item AND r.year = :year AND r.status = 'ACCEPTED'),
				       updated_at = now()
				  FROM per_indicator pi
				 WHERE p.indicator = pi.indicator AND p.year = :year""")
			.param("item", itemId).param("year", year).update();
	}
}
