package kz.kenes.control;

import java.time.LocalDate;

import kz.kenes.i18n.LocalizedText;

/**
 * Recommendations of a branch's control commission issued in a period, and how many are fulfilled (e.g. 273 issued,
 * 180 fulfilled); {@code overdue} are not fulfilled past their due date today.
 */
public record ControlSummary(long branchId, LocalizedText branch, LocalDate from, LocalDate to, long visits,
		long issued, long reported, long fulfilled, long overdue) {

	/** Share fulfilled, in percent (0 when none were issued). */
	public long fulfilledPercent() {
		return issued == 0 ? 0 : Math.round(100.0 * fulfilled / issued);
	}
}
