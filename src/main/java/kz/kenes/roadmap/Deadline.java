package kz.kenes.roadmap;

import java.time.LocalDate;

import kz.kenes.platform.RuleViolation;

/**
 * When an item is due: a date, or a recurrence (quarterly, annually, permanently) that runs until the end of
 * {@code endYear}. Stored in the {@code deadline_*} columns of roadmap_item.
 */
public record Deadline(DeadlineKind kind, LocalDate date, Integer endYear) {

	public Deadline {
		if (kind == null) {
			throw new RuleViolation("roadmap.error.deadline.required");
		}
		if (kind == DeadlineKind.DATE) {
			if (date == null) {
				throw new RuleViolation("roadmap.error.deadline.date");
			}
			endYear = null;
		}
		else {
			if (endYear == null) {
				throw new RuleViolation("roadmap.error.deadline.endYear");
			}
			date = null;
		}
	}

	public static Deadline on(LocalDate date) {
		return new Deadline(DeadlineKind.DATE, date, null);
	}

	public static Deadline recurring(DeadlineKind kind, int endYear) {
		return new Deadline(kind, null, endYear);
	}

	/** The last day by which the item must be done (31 December of the end year for a recurrence). */
	public LocalDate dueBy() {
		return kind == DeadlineKind.DATE ? date : LocalDate.of(endYear, 12, 31);
	}

	/** Whether work on the item is expected in this year (a dated item in its year or earlier, a recurrence until its end). */
	public boolean covers(int year, int programFirstYear) {
		return year >= programFirstYear && year <= dueBy().getYear();
	}
}
