package kz.kenes.reporting;

/** Where a period report stands: draft → submitted → accepted, or returned (with a comment) → resubmitted. */
public enum ReportStatus {
	DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

	/** Executors may change the report. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Waiting for the secretary. */
	public boolean awaitingReview() {
		return this == SUBMITTED || this == RESUBMITTED;
	}

	public String messageKey() {
		return "reporting.report.status." + name();
	}
}
