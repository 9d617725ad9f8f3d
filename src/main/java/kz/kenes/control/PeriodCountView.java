package kz.kenes.control;

import kz.kenes.i18n.LocalizedText;

/** Totals a commission reported for a period; no months means the whole year. */
public record PeriodCountView(long id, long commissionId, LocalizedText commission, int year, Integer fromMonth,
		Integer toMonth, VisitType type, int visits, int issued, int fulfilled, int version) {

	/** How the form names the period: empty for the whole year, {@code Q1}–{@code Q4}, or {@code M} for months. */
	public String periodCode() {
		if (fromMonth == null) {
			return "";
		}
		return fromMonth % 3 == 1 && toMonth == fromMonth + 2 ? "Q" + (toMonth / 3) : "M";
	}
}
