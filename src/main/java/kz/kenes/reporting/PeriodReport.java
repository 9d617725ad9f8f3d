package kz.kenes.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * The report of one item for one period: year-to-date actual per indicator, narrative (kk/ru) and evidence. It
 * guards its own workflow (draft → submitted → accepted, or returned with the reviewer's comment → resubmitted;
 * an accepted report is locked until the secretary reopens it with a reason). Who may do what is checked by
 * {@link ReportWorkflow}; which transition is allowed from which state is checked here.
 */
@Table("period_report")
public class PeriodReport {

	static final int MAX_NARRATIVE = 20_000;
	static final int MAX_COMMENT = 4000;

	@Id
	private Long id;
	private Long roadmapItem;
	private Long regionId;
	private Long executorId;
	private int year;
	private int firstMonth;
	private int lastMonth;
	private ReportStatus status = ReportStatus.DRAFT;
	private String narrativeKk;
	private String narrativeRu;
	private String reviewerComment;
	private String reopenReason;
	private Instant firstSubmittedAt;
	private Instant submittedAt;
	private String submittedBy;
	private Instant reviewedAt;
	private String reviewedBy;
	private String createdBy;
	private Instant createdAt;
	@MappedCollection(idColumn = "period_report")
	private Set<ReportValue> values = new LinkedHashSet<>();
	@Version
	private Integer version;

	protected PeriodReport() {
	}

	/** Opens a draft with every indicator pre-filled (from the logged activities where they tell). */
	PeriodReport(long roadmapItem, long regionId, long executorId, ReportPeriod period, String createdBy,
			Map<Long, BigDecimal> prefilled, Map<Long, BigDecimal> derived) {
		this.roadmapItem = roadmapItem;
		this.regionId = regionId;
		this.executorId = executorId;
		this.year = period.year();
		this.firstMonth = period.firstMonth();
		this.lastMonth = period.lastMonth();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		prefilled.forEach((indicator, value) -> values
			.add(new ReportValue(indicator, regionId, value, derived.get(indicator), null)));
	}

	/** An entry of the form: the actual and, when it differs from what activities gave, the reason. */
	public record Entry(BigDecimal actual, String reason) {
	}

	/**
	 * Changes values and narrative. Only a draft or a returned report can change; a value other than the derived
	 * one needs a reason; nothing changes when a rule fails.
	 */
	void edit(Map<Long, Entry> entries, Map<Long, BigDecimal> derived, String narrativeKk, String narrativeRu) {
		requireEditable();
		if (length(narrativeKk) > MAX_NARRATIVE || length(narrativeRu) > MAX_NARRATIVE) {
			throw new RuleViolation("reporting.error.tooLong", MAX_NARRATIVE);
		}
		Map<Long, ReportValue> next = new HashMap<>();
		values.forEach(v -> next.put(v.indicator(), v));
		entries.forEach((indicator, entry) -> {
			if (!next.containsKey(indicator)) {
				throw new RuleViolation("reporting.error.report.indicator");
			}
			if (entry.actual() == null) {
				throw new RuleViolation("reporting.error.report.valueRequired");
			}
			if (!kz.kenes.platform.Amounts.fit(entry.actual())) {
				throw new RuleViolation("reporting.error.report.valueRange");
			}
			BigDecimal fromActivities = derived.get(indicator);
			String reason = Activity.trimToNull(entry.reason());
			ReportValue value = new ReportValue(indicator, regionId, entry.actual(), fromActivities, reason);
			if (value.differsFromDerived() && reason == null) {
				throw new RuleViolation("reporting.error.report.reasonRequired");
			}
			if (reason != null && reason.length() > 2000) {
				throw new RuleViolation("reporting.error.tooLong", 2000);
			}
			next.put(indicator, value);
		});
		this.values = new LinkedHashSet<>(next.values());
		this.narrativeKk = Activity.trimToNull(narrativeKk);
		this.narrativeRu = Activity.trimToNull(narrativeRu);
	}

	/** Draft → submitted, returned → resubmitted. A report needs a narrative and a value for every indicator. */
	void submit(Collection<Long> indicators, String by, Instant at) {
		requireEditable();
		if (narrativeKk == null && narrativeRu == null) {
			throw new RuleViolation("reporting.error.report.narrative");
		}
		if (!values.stream().map(ReportValue::indicator).toList().containsAll(indicators)) {
			throw new RuleViolation("reporting.error.report.valueRequired");
		}
		this.status = status == ReportStatus.RETURNED ? ReportStatus.RESUBMITTED : ReportStatus.SUBMITTED;
		this.submittedAt = at;
		this.submittedBy = by;
		if (firstSubmittedAt == null) {
			this.firstSubmittedAt = at;
		}
	}

	/** Submitted or resubmitted → accepted: the period is locked and its figures count. */
	void accept(String by, Instant at) {
		requireAwaitingReview();
		this.status = ReportStatus.ACCEPTED;
		this.reviewedAt = at;
		this.reviewedBy = by;
	}

	/** Submitted or resubmitted → returned, with what to fix. */
	void returnWith(String comment, String by, Instant at) {
		requireAwaitingReview();
		String text = Activity.trimToNull(comment);
		if (text == null) {
			throw new RuleViolation("reporting.error.report.commentRequired");
		}
		if (text.length() > MAX_COMMENT) {
			throw new RuleViolation("reporting.error.tooLong", MAX_COMMENT);
		}
		this.status = ReportStatus.RETURNED;
		this.reviewerComment = text;
		this.reviewedAt = at;
		this.reviewedBy = by;
	}

	/** Accepted → returned: unlocks the period for a correction, for a stated reason. */
	void reopen(String reason, String by, Instant at) {
		if (status != ReportStatus.ACCEPTED) {
			throw new RuleViolation("reporting.error.report.state", status.name());
		}
		String text = Activity.trimToNull(reason);
		if (text == null) {
			throw new RuleViolation("reporting.error.report.reasonRequired");
		}
		if (text.length() > MAX_COMMENT) {
			throw new RuleViolation("reporting.error.tooLong", MAX_COMMENT);
		}
		this.status = ReportStatus.RETURNED;
		this.reopenReason = text;
		this.reviewerComment = text;
		this.reviewedAt = at;
		this.reviewedBy = by;
	}

	void requireEditable() {
		if (!status.editable()) {
			throw new RuleViolation(status == ReportStatus.ACCEPTED ? "reporting.error.report.locked"
					: "reporting.error.report.state", status.name());
		}
	}

	private void requireAwaitingReview() {
		if (!status.awaitingReview()) {
			throw new RuleViolation("reporting.error.report.state", status.name());
		}
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	/** Whether it was (first) submitted by the 10th of the month after its period. */
	public boolean onTime(java.time.ZoneId zone) {
		return firstSubmittedAt != null
				&& !firstSubmittedAt.atZone(zone).toLocalDate().isAfter(period().dueDate());
	}

	public ReportPeriod period() {
		return new ReportPeriod(year, firstMonth, lastMonth);
	}

	public Optional<ReportValue> value(long indicator) {
		return values.stream().filter(v -> v.indicator() == indicator).findFirst();
	}

	public List<ReportValue> getValues() {
		return values.stream().sorted(Comparator.comparing(ReportValue::indicator)).toList();
	}

	public Long getId() {
		return id;
	}

	public Long getRoadmapItem() {
		return roadmapItem;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Long getExecutorId() {
		return executorId;
	}

	public int getYear() {
		return year;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public String getNarrativeKk() {
		return narrativeKk;
	}

	public String getNarrativeRu() {
		return narrativeRu;
	}

	public String getReviewerComment() {
		return reviewerComment;
	}

	public String getReopenReason() {
		return reopenReason;
	}

	public Instant getFirstSubmittedAt() {
		return firstSubmittedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Integer getVersion() {
		return version;
	}
}
