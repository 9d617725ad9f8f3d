/**
 * What executors report and how it rolls up: activities held (with sub-projects and partners), facilities and their
 * stages, period reports with evidence moving draft → submitted → accepted / returned → resubmitted, the computed
 * item status, completeness and timeliness, and rollups of planned vs actual.
 * <p>
 * Public API for other modules: {@link kz.kenes.reporting.ProgressFigures} (figures of given items as of a date,
 * e.g. for a meeting), {@link kz.kenes.reporting.ProgressRollups} with {@link kz.kenes.reporting.RollupFilter} and
 * {@link kz.kenes.reporting.Rollup}, {@link kz.kenes.reporting.ProgressStatus}, {@link kz.kenes.reporting.ReportPeriod},
 * {@link kz.kenes.reporting.ReportCompleteness}; the event {@link kz.kenes.reporting.ReportWorkflow.ProgressChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package kz.kenes.reporting;
