package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.List;

import kz.kenes.i18n.LocalizedText;

/**
 * What an item says, as entered on a form, in the API or in an imported row: the columns of the government plan.
 * {@code coExecutorIds} excludes the lead. {@code nationalItemId}: the item of the program's national roadmap that
 * this (regional) item implements, if any.
 */
public record ItemDetails(String number, LocalizedText name, CompletionForm completionForm, Long taskId,
		Long directionId, Deadline deadline, BigDecimal estimatedCost, FundingSource fundingSource, String notes,
		long leadExecutorId, List<Long> coExecutorIds, Long nationalItemId) {

	public ItemDetails(String number, LocalizedText name, CompletionForm completionForm, Long taskId,
			Long directionId, Deadline deadline, BigDecimal estimatedCost, FundingSource fundingSource, String notes,
			long leadExecutorId, List<Long> coExecutorIds) {
		this(number, name, completionForm, taskId, directionId, deadline, estimatedCost, fundingSource, notes,
				leadExecutorId, coExecutorIds, null);
	}

	public ItemDetails withNationalItem(Long nationalItemId) {
		return new ItemDetails(number, name, completionForm, taskId, directionId, deadline, estimatedCost,
				fundingSource, notes, leadExecutorId, coExecutorIds, nationalItemId);
	}
}
