package kz.kenes.meeting;

import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A question on the agenda, numbered within the meeting, tied to directions of the roadmap and to the reporting
 * period it hears (e.g. year 2024, 10 months).
 */
@Table("meeting_agenda_item")
public record AgendaItem(int number, String titleKk, String titleRu, String titleEn, Long programId,
		List<Long> directionIds, Integer periodYear, Integer periodMonths) {

	public AgendaItem {
		if (titleKk == null || titleKk.isBlank() || titleRu == null || titleRu.isBlank()) {
			throw new RuleViolation("meeting.error.agendaTitle");
		}
		if ((periodYear == null) != (periodMonths == null)
				|| (periodMonths != null && (periodMonths < 1 || periodMonths > 12))
				|| (periodYear != null && (periodYear < 2000 || periodYear > 2100))) {
			throw new RuleViolation("meeting.error.period");
		}
		directionIds = directionIds == null ? List.of() : List.copyOf(directionIds);
	}

	public LocalizedText title() {
		return new LocalizedText(titleKk, titleRu, titleEn);
	}
}
