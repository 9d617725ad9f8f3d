package kz.kenes.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kz.kenes.i18n.Language;
import kz.kenes.reporting.Activities;
import kz.kenes.reporting.Activity;
import kz.kenes.reporting.ActivityDetails;
import kz.kenes.reporting.ActivityLog;
import kz.kenes.reporting.PeriodReport;
import kz.kenes.reporting.PeriodReports;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.ReportValue;
import kz.kenes.reporting.ReportWorkflow;
import kz.kenes.reporting.ReportingAccess;
import kz.kenes.reporting.ReportingItem;
import kz.kenes.reporting.ReportingItems;

/**
 * The reporting API for staff: activities and period reports of an item, and the review transitions. Authorized
 * exactly as the pages are (executors write, the branch secretary reviews, drafts stay with the executors).
 */
@RestController
@RequestMapping("/api/v1/reporting")
class ReportingApiController {

	private final ReportingItems items;
	private final ReportingAccess access;
	private final PeriodReports reports;
	private final ReportWorkflow workflow;
	private final Activities activities;
	private final ActivityLog activityLog;

	ReportingApiController(ReportingItems items, ReportingAccess access, PeriodReports reports,
			ReportWorkflow workflow, Activities activities, ActivityLog activityLog) {
		this.items = items;
		this.access = access;
		this.reports = reports;
		this.workflow = workflow;
		this.activities = activities;
		this.activityLog = activityLog;
	}

	record ValueJson(long indicator, BigDecimal actual, BigDecimal derived, String reason) {

		static ValueJson of(ReportValue v) {
			return new ValueJson(v.indicator(), v.actual(), v.derived(), v.reason());
		}
	}

	record ReportJson(long id, long itemId, int year, int firstMonth, int lastMonth, String period,
			String periodLabel, String status, List<ValueJson> values, String narrativeKk, String narrativeRu,
			String reviewerComment, Instant firstSubmittedAt, Instant reviewedAt, int version) {

		static ReportJson of(PeriodReport r, Language language) {
			ReportPeriod p = r.period();
			return new ReportJson(r.getId(), r.getRoadmapItem(), p.year(), p.firstMonth(), p.lastMonth(), p.code(),
					p.label(language), r.getStatus().name(), r.getValues().stream().map(ValueJson::of).toList(),
					r.getNarrativeKk(), r.getNarrativeRu(), r.getReviewerComment(), r.getFirstSubmittedAt(),
					r.getReviewedAt(), r.getVersion());
		}
	}

	record OpenReport(int year, int firstMonth, int lastMonth) {
	}

	record EditReport(int version, List<ValueJson> values, String narrativeKk, String narrativeRu) {
	}

	record Transition(int version, String comment) {
	}

	record ActivityJson(long id, LocalDate heldOn, String titleKk, String titleRu, String venue, int participants,
			String audience, List<Long> partnerIds, String outcomeKk, String outcomeRu, Long winnerUnitId,
			Long subProjectId, int version) {

		static ActivityJson of(Activity a) {
			return new ActivityJson(a.getId(), a.getHeldOn(), a.getTitleKk(), a.getTitleRu(), a.getVenue(),
					a.getParticipants(), a.getAudience().name(), a.partnerIds(), a.getOutcomeKk(), a.getOutcomeRu(),
					a.getWinnerUnitId(), a.getSubProjectId(), a.getVersion());
		}
	}

	@GetMapping("/items/{itemId}/reports")
	List<ReportJson> reports(@PathVariable long itemId, Language language) {
		ReportingItem item = items.get(itemId);
		access.requireRead(item);
		return reports.findByRoadmapItemOrderByYearDescLastMonthDescFirstMonthAsc(itemId).stream()
			.filter(r -> access.canReadReport(item, r.getStatus())).map(r -> ReportJson.of(r, language)).toList();
	}

	@PostMapping("/items/{itemId}/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.canWrite(@reportingItems.get(#itemId))") // before the body is read (AuthorityBeforeBody)
	ReportJson open(@PathVariable long itemId, @RequestBody OpenReport body, Language language) {
		return ReportJson.of(workflow.open(itemId, new ReportPeriod(body.year(), body.firstMonth(), body.lastMonth())),
				language);
	}

	@GetMapping("/reports/{id}")
	ReportJson report(@PathVariable long id, Language language) {
		PeriodReport report = reports.findById(id).orElseThrow(NoSuchElementException::new);
		access.requireReadReport(items.get(report.getRoadmapItem()), report.getStatus());
		return ReportJson.of(report, language);
	}

	@PutMapping("/reports/{id}")
	ReportJson edit(@PathVariable long id, @RequestBody EditReport body, Language language) {
		Map<Long, PeriodReport.Entry> entries = new HashMap<>();
		for (ValueJson v : body.values() == null ? List.<ValueJson>of() : body.values()) {
			entries.put(v.indicator(), new PeriodReport.Entry(v.actual(), v.reason()));
		}
		return ReportJson.of(workflow.edit(id, body.version(), entries, body.narrativeKk(), body.narrativeRu()),
				language);
	}

	@PostMapping("/reports/{id}/submit")
	ReportJson submit(@PathVariable long id, @RequestBody Transition body, Language language) {
		return ReportJson.of(workflow.submit(id, body.version()), language);
	}

	@PostMapping("/reports/{id}/accept")
	ReportJson accept(@PathVariable long id, @RequestBody Transition body, Language language) {
		return ReportJson.of(workflow.accept(id, body.version()), language);
	}

	@PostMapping("/reports/{id}/return")
	ReportJson returnReport(@PathVariable long id, @RequestBody Transition body, Language language) {
		return ReportJson.of(workflow.returnWith(id, body.version(), body.comment()), language);
	}

	@PostMapping("/reports/{id}/reopen")
	ReportJson reopen(@PathVariable long id, @RequestBody Transition body, Language language) {
		return ReportJson.of(workflow.reopen(id, body.version(), body.comment()), language);
	}

	@GetMapping("/items/{itemId}/activities")
	List<ActivityJson> activities(@PathVariable long itemId) {
		access.requireRead(items.get(itemId));
		return activities.findByRoadmapItemOrderByHeldOnDesc(itemId).stream().map(ActivityJson::of).toList();
	}

	@PostMapping("/items/{itemId}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.canWrite(@reportingItems.get(#itemId))") // before the body is read (AuthorityBeforeBody)
	ActivityJson log(@PathVariable long itemId, @RequestBody ActivityDetails body) {
		return ActivityJson.of(activityLog.log(itemId, body));
	}
}
