package kz.kenes.control;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * A recommendation of the control commission to an executor. The executor reports what was done; the commission
 * accepts it as fulfilled or returns it with a comment.
 */
@Table("recommendation")
public class Recommendation {

	@Id
	private Long id;
	private Long visitId;
	private Long branchId;
	private Long regionId;
	private LocalDate issuedOn;
	private String textKk;
	private String textRu;
	private Long executorId;
	private LocalDate dueDate;
	private RecommendationStatus status = RecommendationStatus.ISSUED;
	private String fulfilmentReport;
	private LocalDate reportedOn;
	private String reviewComment;
	private LocalDate fulfilledOn;
	@Version
	private Integer version;

	protected Recommendation() {
	}

	Recommendation(MonitoringVisit visit, String textKk, String textRu, long executorId, LocalDate dueDate) {
		if (textKk == null || textKk.isBlank() || textRu == null || textRu.isBlank()) {
			throw new RuleViolation("control.error.text");
		}
		if (textKk.length() > 4000 || textRu.length() > 4000) {
			throw new RuleViolation("control.error.tooLong");
		}
		if (dueDate == null || dueDate.isBefore(visit.getVisitedOn())) {
			throw new RuleViolation("control.error.due");
		}
		this.visitId = visit.getId();
		this.branchId = visit.getBranchId();
		this.regionId = visit.getRegionId();
		this.issuedOn = visit.getVisitedOn();
		this.textKk = textKk.strip();
		this.textRu = textRu.strip();
		this.executorId = executorId;
		this.dueDate = dueDate;
	}

	void report(String text, LocalDate on) {
		if (status != RecommendationStatus.ISSUED) {
			throw new RuleViolation("control.error.notIssued");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolation("control.error.reportText");
		}
		if (text.length() > 4000) {
			throw new RuleViolation("control.error.tooLong");
		}
		this.fulfilmentReport = text.strip();
		this.reportedOn = on;
		this.status = RecommendationStatus.REPORTED;
	}

	void confirm(LocalDate on) {
		if (status != RecommendationStatus.REPORTED) {
			throw new RuleViolation("control.error.notReported");
		}
		this.fulfilledOn = on;
		this.reviewComment = null;
		this.status = RecommendationStatus.FULFILLED;
	}

	void returnWith(String comment) {
		if (status != RecommendationStatus.REPORTED) {
			throw new RuleViolation("control.error.notReported");
		}
		if (comment == null || comment.isBlank()) {
			throw new RuleViolation("control.error.comment");
		}
		this.reviewComment = comment.strip();
		this.status = RecommendationStatus.ISSUED;
	}

	public Long getId() {
		return id;
	}

	public Long getVisitId() {
		return visitId;
	}

	public Long getBranchId() {
		return branchId;
	}

	public Long getExecutorId() {
		return executorId;
	}

	public RecommendationStatus getStatus() {
		return status;
	}

	public Integer getVersion() {
		return version;
	}

	Snapshot snapshot() {
		return new Snapshot(id, visitId, textKk, textRu, executorId, dueDate, status, fulfilmentReport, reportedOn,
				reviewComment, fulfilledOn);
	}

	record Snapshot(Long id, Long visitId, String textKk, String textRu, Long executorId, LocalDate dueDate,
			RecommendationStatus status, String fulfilmentReport, LocalDate reportedOn, String reviewComment,
			LocalDate fulfilledOn) {
	}
}
