package kz.kenes.roadmap;

import java.util.List;
import java.util.Locale;

import kz.kenes.platform.RuleViolation;

/**
 * Narrows a roadmap's items: by direction, task, executor (lead or co-executor), a year (items with a target in
 * that year or work due in it), words in the name, a party project, a computed status today ({@code status}: the
 * name of the reporting module's {@code ProgressStatus}, e.g. {@code BEHIND}) and overdue (an indicator past its due
 * date short of the plan); status and overdue are judged for {@code year}, else the current year. Any null part
 * does not narrow.
 */
public record ItemFilter(Long directionId, Long taskId, Long executorId, Integer year, String text, Long projectId,
		String status, boolean overdue) {

	/** The statuses one may filter by, as the reporting module names them (worst last). */
	public static final List<String> STATUSES = List.of("DONE", "ON_TRACK", "BEHIND", "NOT_DONE", "PROBLEM");

	public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null);

	public ItemFilter(Long directionId, Long taskId, Long executorId, Integer year, String text) {
		this(directionId, taskId, executorId, year, text, null, null, false);
	}

	public ItemFilter {
		if (status != null && !STATUSES.contains(status)) {
			throw new RuleViolation("roadmap.error.filter.status");
		}
	}

	/** A status as a query parameter writes it ({@code on_track}); blank: any; anything else is refused. */
	public static String parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String name = status.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		if (!STATUSES.contains(name)) {
			throw new RuleViolation("roadmap.error.filter.status");
		}
		return name;
	}

	/** This filter narrowed to a project, a status and overdue. */
	public ItemFilter narrowed(Long project, String status, boolean overdue) {
		return new ItemFilter(directionId, taskId, executorId, year, text, project, status, overdue);
	}

	/** The status as a query parameter ({@code on_track}), or null. */
	public String statusCode() {
		return status == null ? null : status.toLowerCase(Locale.ROOT);
	}

	public boolean judged() {
		return status != null || overdue;
	}

	public boolean isEmpty() {
		return directionId == null && taskId == null && executorId == null && year == null
				&& (text == null || text.isBlank()) && projectId == null && !judged();
	}
}
