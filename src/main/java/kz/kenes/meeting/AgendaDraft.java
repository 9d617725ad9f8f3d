package kz.kenes.meeting;

import java.util.List;

/** An agenda question as the secretary enters it; the number is given by the meeting when null. */
public record AgendaDraft(Integer number, String titleKk, String titleRu, String titleEn, Long programId,
		List<Long> directionIds, Integer periodYear, Integer periodMonths) {
}
