package kz.kenes.roadmap.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.Deadline;
import kz.kenes.roadmap.DeadlineKind;
import kz.kenes.roadmap.FundingSource;
import kz.kenes.roadmap.ItemDetails;
import kz.kenes.roadmap.ItemView;

/** The item form as posted; the version is the one the form was opened with (optimistic locking). */
public record ItemForm(String number, String nameKk, String nameRu, String nameEn, CompletionForm completionForm,
		Long taskId, Long directionId, DeadlineKind deadlineKind,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineDate, Integer deadlineEndYear,
		BigDecimal estimatedCost, FundingSource fundingSource, String notes, Long leadExecutorId,
		List<Long> coExecutorIds, Integer version, Long nationalItemId) {

	static ItemForm empty(int lastYear) {
		return new ItemForm("", "", "", "", CompletionForm.REPORT, null, null, DeadlineKind.ANNUALLY, null, lastYear,
				null, null, "", null, List.of(), null, null);
	}

	static ItemForm of(ItemView item) {
		return new ItemForm(item.number(), item.name().kk(), item.name().ru(), item.name().en(),
				item.completionForm(), item.taskId(), item.directionId(), item.deadline().kind(),
				item.deadline().date(), item.deadline().endYear(), item.estimatedCost(), item.fundingSource(),
				item.notes(), item.lead().map(e -> e.orgUnitId()).orElse(null),
				item.coExecutors().stream().map(e -> e.orgUnitId()).toList(), item.version(), item.nationalItemId());
	}

	ItemForm withVersion(int version) {
		return new ItemForm(number, nameKk, nameRu, nameEn, completionForm, taskId, directionId, deadlineKind,
				deadlineDate, deadlineEndYear, estimatedCost, fundingSource, notes, leadExecutorId, coExecutorIds,
				version, nationalItemId);
	}

	/** The item's columns; a missing deadline or lead executor is refused with the domain's message. */
	ItemDetails details() {
		if (leadExecutorId == null) {
			throw new RuleViolation("roadmap.error.item.executor");
		}
		Deadline deadline = deadlineKind == null ? null
				: new Deadline(deadlineKind, deadlineKind == DeadlineKind.DATE ? deadlineDate : null,
						deadlineKind == DeadlineKind.DATE ? null : deadlineEndYear);
		return new ItemDetails(number, new LocalizedText(nameKk, nameRu, nameEn), completionForm, taskId,
				directionId, deadline, estimatedCost, fundingSource, notes, leadExecutorId,
				coExecutorIds == null ? List.of() : coExecutorIds, nationalItemId);
	}

	public boolean isCoExecutor(Long unitId) {
		return coExecutorIds != null && coExecutorIds.contains(unitId);
	}
}
