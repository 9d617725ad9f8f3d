package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import kz.kenes.i18n.LocalizedText;

/**
 * A roadmap item as read for pages, the API, exports and other modules: the government-plan columns with names
 * resolved (task, direction, executors, lead first), its indicators (empty when not asked for) and the ids of its
 * party projects.
 */
public record ItemView(long id, long roadmapId, long regionId, String number, LocalizedText name,
		CompletionForm completionForm, Long taskId, Integer taskNumber, LocalizedText taskName, Long directionId,
		String directionCode, LocalizedText directionName, Deadline deadline, BigDecimal estimatedCost,
		FundingSource fundingSource, String notes, boolean example, int version, List<ExecutorView> executors,
		List<IndicatorView> indicators, Long nationalItemId, List<Long> projectIds) {

	public Optional<ExecutorView> lead() {
		return executors.stream().filter(ExecutorView::lead).findFirst();
	}

	public List<ExecutorView> coExecutors() {
		return executors.stream().filter(e -> !e.lead()).toList();
	}

	public boolean isExecutedBy(long orgUnitId) {
		return executors.stream().anyMatch(e -> e.orgUnitId() == orgUnitId);
	}

	ItemView withIndicators(List<IndicatorView> indicators) {
		return new ItemView(id, roadmapId, regionId, number, name, completionForm, taskId, taskNumber, taskName,
				directionId, directionCode, directionName, deadline, estimatedCost, fundingSource, notes, example,
				version, executors, indicators, nationalItemId, projectIds);
	}
}
