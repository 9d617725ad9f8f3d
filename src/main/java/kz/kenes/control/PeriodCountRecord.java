package kz.kenes.control;

/**
 * Totals a commission reports for a period: a year, optionally narrowed to months {@code fromMonth}–{@code toMonth}
 * (1–12) or to a {@code quarter} (1–4), never both.
 */
public record PeriodCountRecord(VisitType type, Integer year, Integer fromMonth, Integer toMonth, Integer quarter,
		Integer visits, Integer issued, Integer fulfilled) {
}
