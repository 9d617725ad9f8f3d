package kz.kenes.organization;

import java.time.LocalDate;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/** A position as pages show it: who holds which post in which unit, and since/until when. */
public record Appointment(long positionId, int version, long personId, LocalizedText personName, long unitId,
		LocalizedText unitName, Post post, LocalDate startDate, LocalDate endDate) {

	public boolean isCurrent() {
		return endDate == null || !endDate.isBefore(LocalDate.now());
	}

	public String personName(Language language) {
		return personName.in(language);
	}

	public String unitName(Language language) {
		return unitName.in(language);
	}
}
