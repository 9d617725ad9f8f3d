package kz.kenes.control;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * Visits of one kind and their recommendations, counted for a period by a commission that reports only totals
 * (кезең бойынша жиынтық / итоги за период). A year without months is the whole year.
 */
@Table("control_period_count")
public class ControlPeriodCount {

	/** Counts above this are typing mistakes, not a commission's year. */
	static final int MAX_COUNT = 100_000;

	@Id
	private Long id;
	private Long commissionId;
	private Long branchId;
	private Long regionId;
	private int year;
	private Integer fromMonth;
	private Integer toMonth;
	private VisitType visitType;
	private int visits;
	private int recommendationsIssued;
	private int recommendationsFulfilled;
	@Version
	private Integer version;

	protected ControlPeriodCount() {
	}

	ControlPeriodCount(long commissionId, long branchId, Long regionId, PeriodCountRecord record, LocalDate today) {
		this.commissionId = commissionId;
		this.branchId = branchId;
		this.regionId = regionId;
		change(record, today);
	}

	void change(PeriodCountRecord record, LocalDate today) {
		if (record == null || record.type() == null) {
			throw new RuleViolation("control.error.type");
		}
		if (record.year() == null || record.year() < 2000) {
			throw new RuleViolation("control.error.periodYear");
		}
		Integer from = record.fromMonth();
		Integer to = record.toMonth();
		if (record.quarter() != null) {
			if (from != null || to != null) {
				throw new RuleViolation("control.error.periodQuarterOrMonths");
			}
			if (record.quarter() < 1 || record.quarter() > 4) {
				throw new RuleViolation("control.error.periodQuarter");
			}
			from = record.quarter() * 3 - 2;
			to = record.quarter() * 3;
		}
		if ((from == null) != (to == null) || from != null && (from < 1 || to > 12 || from > to)) {
			throw new RuleViolation("control.error.periodMonths");
		}
		if (LocalDate.of(record.year(), from == null ? 1 : from, 1).isAfter(today)) {
			throw new RuleViolation("control.error.periodFuture");
		}
		if (record.visits() == null || record.issued() == null || record.fulfilled() == null || record.visits() < 0
				|| record.issued() < 0 || record.fulfilled() < 0) {
			throw new RuleViolation("control.error.periodCounts");
		}
		if (record.visits() > MAX_COUNT || record.issued() > MAX_COUNT) {
			throw new RuleViolation("control.error.periodTooMany");
		}
		if (record.fulfilled() > record.issued()) {
			throw new RuleViolation("control.error.periodFulfilled");
		}
		this.year = record.year();
		this.fromMonth = from;
		this.toMonth = to;
		this.visitType = record.type();
		this.visits = record.visits();
		this.recommendationsIssued = record.issued();
		this.recommendationsFulfilled = record.fulfilled();
	}

	/** Whether the two counts cover a common month of the same commission, year and kind (they would count twice). */
	boolean overlaps(ControlPeriodCount other) {
		return !other.id.equals(id) && other.commissionId.equals(commissionId) && other.year == year
				&& other.visitType == visitType && firstMonth() <= other.lastMonth() && other.firstMonth() <= lastMonth();
	}

	private int firstMonth() {
		return fromMonth == null ? 1 : fromMonth;
	}

	private int lastMonth() {
		return toMonth == null ? 12 : toMonth;
	}

	public Long getId() {
		return id;
	}

	public Long getCommissionId() {
		return commissionId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public int getYear() {
		return year;
	}

	public VisitType getVisitType() {
		return visitType;
	}

	public Integer getVersion() {
		return version;
	}

	Snapshot snapshot() {
		return new Snapshot(id, commissionId, year, fromMonth, toMonth, visitType, visits, recommendationsIssued,
				recommendationsFulfilled);
	}

	record Snapshot(Long id, Long commissionId, int year, Integer fromMonth, Integer toMonth, VisitType visitType,
			int visits, int recommendationsIssued, int recommendationsFulfilled) {
	}
}
