package kz.kenes.organization;

import java.time.LocalDate;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/**
 * A position as pages show it: who holds which post in which unit, since/until when, and the post's official
 * title in that unit ({@link PostTitles}), and whether it is held today ({@code current}).
 */
public record Appointment(long positionId, int version, long personId, LocalizedText personName, long unitId,
		LocalizedText unitName, Post post, LocalDate startDate, LocalDate endDate, OrgUnitKind unitKind,
		OrgLevel unitLevel, LocalizedText title, boolean current) {

	/** Held today (by the application's clock, when the appointment was read): not ended before today. */
	public boolean isCurrent() {
		return current;
	}

	public boolean heldOn(LocalDate date) {
		return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
	}

	public String personName(Language language) {
		return personName.in(language);
	}

	public String unitName(Language language) {
		return unitName.in(language);
	}

	public String title(Language language) {
		return title.in(language);
	}
}
