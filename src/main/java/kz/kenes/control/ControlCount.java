package kz.kenes.control;

import kz.kenes.i18n.LocalizedText;

/**
 * Visits of one kind a branch's commission made in a year and the recommendations issued and fulfilled in them:
 * single visits recorded one by one plus the totals reported for periods, added up.
 */
public record ControlCount(long branchId, LocalizedText branch, int year, VisitType type, long visits, long issued,
		long fulfilled) {

	/** Share fulfilled, in percent (0 when none were issued). */
	public long fulfilledPercent() {
		return issued == 0 ? 0 : Math.round(100.0 * fulfilled / issued);
	}
}
