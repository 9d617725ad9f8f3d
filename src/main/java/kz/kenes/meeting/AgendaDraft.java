package kz.kenes.meeting;

import java.util.List;

/**
 * An agenda question as the secretary enters it; the number is given by the meeting when null. The review period
 * runs from (periodFromYear, periodFromMonth) to (periodYear, periodMonths); without a start it is year-to-date.
 */
public record AgendaDraft(Integer number, String titleKk, String titleRu, String titleEn, Long programId,
		List<Long> directionIds, Integer periodYear, Integer periodMonths, Integer periodFromYear,
		Integer periodFromMonth) {

	/** A year-to-date period: the first {@code periodMonths} months of {@code periodYear}. */
	public AgendaDraft(Integer number, String titleKk, String titleRu, String titleEn, Long programId,
			List<Long> directionIds, Integer periodYear, Integer periodMonths) {
		this(number, titleKk, titleRu, titleEn, programId, directionIds, periodYear, periodMonths, null, null);
	}

	/** A period of any span. */
	public static AgendaDraft spanning(Integer number, String titleKk, String titleRu, String titleEn, Long programId,
			List<Long> directionIds, PeriodSpan span) {
		return span == null ? new AgendaDraft(number, titleKk, titleRu, titleEn, programId, directionIds, null, null)
				: new AgendaDraft(number, titleKk, titleRu, titleEn, programId, directionIds, span.toYear(),
						span.toMonth(), span.fromYear(), span.fromMonth());
	}
}
