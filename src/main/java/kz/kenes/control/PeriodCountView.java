package kz.kenes.control;

import kz.kenes.i18n.LocalizedText;

/** Totals a commission reported for a period; no months means the whole year. */
public record PeriodCountView(long id, long commissionId, LocalizedText commission, int year, Integer fromMonth,
		Integer toMonth, VisitType type, int visits, int issued, int fulfilled, int version) {
}
