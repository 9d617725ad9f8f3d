package kz.kenes.meeting;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A question on the agenda, numbered within the meeting, tied to directions of the roadmap and to the review period
 * it hears: from (periodFromYear, periodFromMonth) to (periodYear, periodMonths), both inclusive — e.g. 10 months of
 * 2024 is 2024-01 to 2024-10, the years 2023–2024 are 2023-01 to 2024-12.
 */
@Table("meeting_agenda_item")
public record AgendaItem(int number, String titleKk, String titleRu, String titleEn, Long programId,
		List<Long> directionIds, Integer periodYear, Integer periodMonths, Integer periodFromYear,
		Integer periodFromMonth) {

	@PersistenceCreator
	public AgendaItem {
		if (titleKk == null || titleKk.isBlank() || titleRu == null || titleRu.isBlank()) {
			throw new RuleViolation("meeting.error.agendaTitle");
		}
		if ((periodYear == null) != (periodMonths == null) || (periodYear == null && periodFromYear != null)) {
			throw new RuleViolation("meeting.error.period");
		}
		if (periodYear != null && (periodFromYear == null || periodFromMonth == null)) {
			periodFromYear = periodYear;
			periodFromMonth = 1;
		}
		if (periodYear == null) {
			periodFromYear = null;
			periodFromMonth = null;
		}
		else {
			new PeriodSpan(periodFromYear, periodFromMonth, periodYear, periodMonths); // checks the span
		}
		directionIds = directionIds == null ? List.of() : List.copyOf(directionIds);
	}

	/** A year-to-date period (the first {@code periodMonths} months of {@code periodYear}). */
	public AgendaItem(int number, String titleKk, String titleRu, String titleEn, Long programId,
			List<Long> directionIds, Integer periodYear, Integer periodMonths) {
		this(number, titleKk, titleRu, titleEn, programId, directionIds, periodYear, periodMonths, null, null);
	}

	public LocalizedText title() {
		return new LocalizedText(titleKk, titleRu, titleEn);
	}

	/** The review period, or null when the question hears none. */
	public PeriodSpan span() {
		return periodYear == null ? null : new PeriodSpan(periodFromYear, periodFromMonth, periodYear, periodMonths);
	}
}
