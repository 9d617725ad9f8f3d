package kz.kenes.control.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.kenes.control.ControlCount;
import kz.kenes.control.ControlQueries;
import kz.kenes.control.ControlSummary;
import kz.kenes.control.ControlWorkflow;
import kz.kenes.control.PeriodCountRecord;
import kz.kenes.control.PeriodCountView;
import kz.kenes.control.RecommendationView;
import kz.kenes.control.VisitRecord;
import kz.kenes.control.VisitType;
import kz.kenes.control.VisitView;
import kz.kenes.identity.PublicPaths;

/**
 * REST API of party control. The counts per branch are public; visits and recommendations are for the commission
 * (SECRETARY records, MEMBER reads) and for executors (REPORTER reports fulfilment).
 */
@RestController
@RequestMapping("/api/v1/control")
@Tag(name = "Party control", description = "Monitoring visits and recommendations with their fulfilment")
class ControlApi {

	record VisitRequest(long commissionId, VisitPayload visit) {
	}

	/** A visit as the API takes it; {@code type} is a {@link VisitType} name, an unknown one gets a problem detail. */
	record VisitPayload(String type, LocalDate visitedOn, String siteKk, String siteRu, Long subjectUnitId,
			List<Long> memberIds, String findingsKk, String findingsRu) {

		VisitRecord record() {
			return new VisitRecord(VisitType.parse(type), visitedOn, siteKk, siteRu, subjectUnitId, memberIds, findingsKk,
					findingsRu);
		}
	}

	record RecommendationRequest(String textKk, String textRu, long executorId, LocalDate dueDate) {
	}

	record ReportRequest(int version, String text) {
	}

	record ReturnRequest(int version, String comment) {
	}

	record VersionRequest(int version) {
	}

	/** Totals for a period; {@code type} a {@link VisitType} name; months 1–12 or a quarter 1–4, or neither. */
	record PeriodCountRequest(long commissionId, String type, Integer year, Integer fromMonth, Integer toMonth,
			Integer quarter, Integer visits, Integer recommendationsIssued, Integer recommendationsFulfilled,
			Integer version) {

		PeriodCountRecord record() {
			return new PeriodCountRecord(VisitType.parse(type), year, fromMonth, toMonth, quarter, visits,
					recommendationsIssued, recommendationsFulfilled);
		}
	}

	record Created(long id) {
	}

	private final ControlQueries queries;
	private final ControlWorkflow workflow;

	ControlApi(ControlQueries queries, ControlWorkflow workflow) {
		this.queries = queries;
		this.workflow = workflow;
	}

	@GetMapping("/summary")
	@Operation(summary = "Recommendations issued and fulfilled per branch for visits in a period (public)")
	List<ControlSummary> summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("'to' is before 'from'");
		}
		return queries.summaries(from, to);
	}

	@GetMapping("/counts")
	@Operation(summary = "Visits and recommendations issued and fulfilled by branch, year and kind of visit, single "
			+ "visits and period totals added up (public); give a branch, a year or both")
	List<ControlCount> counts(@RequestParam(required = false) Long branchId,
			@RequestParam(required = false) Integer year) {
		if (branchId == null && year == null) {
			throw new IllegalArgumentException("give 'branchId', 'year' or both");
		}
		return queries.counts(branchId, year);
	}

	@GetMapping("/period-counts")
	@Operation(summary = "Period totals of the commissions the caller keeps or sits on, for a year")
	List<PeriodCountView> periodCounts(@RequestParam int year) {
		return queries.periodCounts(year);
	}

	@PostMapping("/period-counts")
	@Operation(summary = "Record totals for a period instead of single visits (SECRETARY of the commission)")
	ResponseEntity<Created> recordPeriodCount(@RequestBody PeriodCountRequest r) {
		long id = workflow.recordPeriodCount(r.commissionId(), r.record());
		return ResponseEntity.created(URI.create("/api/v1/control/period-counts/" + id)).body(new Created(id));
	}

	@PutMapping("/period-counts/{id}")
	@Operation(summary = "Correct totals for a period; a stale version is 409")
	void changePeriodCount(@PathVariable long id, @RequestBody PeriodCountRequest r) {
		if (r.version() == null) {
			throw new IllegalArgumentException("'version' is required");
		}
		workflow.changePeriodCount(id, r.version(), r.record());
	}

	@GetMapping("/visits")
	@Operation(summary = "Visits of the commissions the caller keeps or sits on, in a period")
	List<VisitView> visits(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return queries.visits(from, to, 1000);
	}

	@GetMapping("/visits/{id}")
	@Operation(summary = "A visit with its members, findings and recommendations")
	VisitView visit(@PathVariable long id) {
		return queries.staffVisit(id);
	}

	@PostMapping("/visits")
	@Operation(summary = "Record a monitoring visit (SECRETARY of the commission)")
	ResponseEntity<Created> record(@RequestBody VisitRequest r) {
		long id = workflow.recordVisit(r.commissionId(), r.visit() == null ? null : r.visit().record());
		return ResponseEntity.created(URI.create("/api/v1/control/visits/" + id)).body(new Created(id));
	}

	@PostMapping("/visits/{id}/recommendations")
	@Operation(summary = "Issue a recommendation to an executor")
	ResponseEntity<Created> recommend(@PathVariable long id, @RequestBody RecommendationRequest r) {
		long recId = workflow.recommend(id, r.textKk(), r.textRu(), r.executorId(), r.dueDate());
		return ResponseEntity.created(URI.create("/api/v1/control/visits/" + id)).body(new Created(recId));
	}

	@GetMapping("/recommendations/mine")
	@Operation(summary = "Recommendations to the units the caller reports for")
	List<RecommendationView> mine() {
		return queries.assignedToMe(1000);
	}

	@PostMapping("/recommendations/{id}/report")
	@Operation(summary = "The executor reports what was done (issued → reported)")
	void report(@PathVariable long id, @RequestBody ReportRequest r) {
		workflow.reportFulfilment(id, r.version(), r.text());
	}

	@PostMapping("/recommendations/{id}/confirm")
	@Operation(summary = "The commission accepts it as fulfilled (reported → fulfilled)")
	void confirm(@PathVariable long id, @RequestBody VersionRequest r) {
		workflow.confirmFulfilled(id, r.version());
	}

	@PostMapping("/recommendations/{id}/return")
	@Operation(summary = "The commission returns it to the executor with a comment (reported → issued)")
	void returnIt(@PathVariable long id, @RequestBody ReturnRequest r) {
		workflow.returnToExecutor(id, r.version(), r.comment());
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicControlPaths {

		@Bean
		PublicPaths controlPublicPaths() {
			return PublicPaths.of("/api/v1/control/summary", "/api/v1/control/counts");
		}
	}
}
