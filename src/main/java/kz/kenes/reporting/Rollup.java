package kz.kenes.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.kenes.i18n.LocalizedText;

/**
 * Planned vs actual for a year or period, grouped by a dimension. Figures are year-to-date as of the period's last
 * month (officials compare "10 months" actuals with the year's plan); statuses are judged on {@code asOf}.
 */
public record Rollup(int year, ReportPeriod period, LocalDate asOf, RollupDimension by, List<Row> rows, Row total) {

	/** Planned (revised and original) and actual sums of one unit (events, participants, facilities, ...). */
	public record UnitSum(BigDecimal planned, BigDecimal originalPlanned, BigDecimal actual) {

		public BigDecimal percent() {
			return Row.percent(actual, planned);
		}

		UnitSum plus(UnitSum o) {
			return new UnitSum(planned.add(o.planned), originalPlanned.add(o.originalPlanned), actual.add(o.actual));
		}
	}

	/**
	 * One group. {@code percentDone}: the mean over its indicators with a target of actual ÷ planned (capped at
	 * 100 %), so that events and participants weigh alike. Item counts by status.
	 */
	public record Row(Long key, String code, LocalizedText name, int items, int done, int onTrack, int behind,
			int notDone, int problem, int noTarget, BigDecimal percentDone, Map<String, UnitSum> units) {

		public int inProgress() {
			return onTrack + behind;
		}

		static BigDecimal percent(BigDecimal actual, BigDecimal planned) {
			if (planned == null || planned.signum() == 0) {
				return null;
			}
			return actual.multiply(BigDecimal.valueOf(100)).divide(planned, 1, java.math.RoundingMode.HALF_UP);
		}
	}
}
