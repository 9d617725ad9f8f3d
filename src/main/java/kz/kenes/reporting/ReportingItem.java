package kz.kenes.reporting;

import java.time.LocalDate;
import java.util.List;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/**
 * What reporting needs to know about a roadmap item: where it belongs (roadmap, branch, region), who executes it
 * (the lead first), its direction and task, and its deadline.
 */
public record ReportingItem(long id, long roadmapId, long regionId, long branchId, String number, LocalizedText name,
		Long directionId, Long taskId, String completionForm, long leadExecutorId, List<Long> executorIds,
		String deadlineKind, LocalDate deadlineDate, Integer deadlineEndYear) {

	public boolean executedBy(long orgUnitId) {
		return executorIds.contains(orgUnitId);
	}

	public String name(Language language) {
		return name.in(language);
	}

	/** The day the year's work is due: the dated deadline within that year, else 31 December. */
	public LocalDate dueOn(int year) {
		return "DATE".equals(deadlineKind) && deadlineDate != null && deadlineDate.getYear() == year ? deadlineDate
				: LocalDate.of(year, 12, 31);
	}
}
