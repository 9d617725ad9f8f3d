package kz.kenes.reporting;

import java.util.Locale;

import kz.kenes.platform.RuleViolation;

/**
 * Which rows a rollup covers: a year (required) and optionally a period within it, a roadmap, and a drill-down to
 * one direction, task, executor, branch, region or party project; and optionally only the items of one computed
 * status ({@code status}) or only those past their due date short of the plan ({@code overdue}), both judged as of
 * the rollup's day. Null means "all".
 */
public record RollupFilter(int year, ReportPeriod period, RollupDimension by, Long roadmapId, Long directionId,
		Long taskId, Long executorId, Long branchId, Long regionId, Long projectId, ProgressStatus status,
		boolean overdue) {

	public RollupFilter {
		if (period == null) {
			period = ReportPeriod.wholeYear(year);
		}
		if (period.year() != year) {
			throw new IllegalArgumentException("period outside the year");
		}
		if (by == null) {
			by = RollupDimension.DIRECTION;
		}
	}

	public RollupFilter(int year, ReportPeriod period, RollupDimension by, Long roadmapId, Long directionId,
			Long taskId, Long executorId, Long branchId, Long regionId) {
		this(year, period, by, roadmapId, directionId, taskId, executorId, branchId, regionId, null, null, false);
	}

	/** From request parameters as pages and the API take them ({@code period} and {@code by} as short codes). */
	public static RollupFilter parse(int year, String period, String by, Long roadmapId, Long directionId,
			Long taskId, Long executorId, Long branchId) {
		return new RollupFilter(year, ReportPeriod.parse(year, period), RollupDimension.parse(by), roadmapId,
				directionId, taskId, executorId, branchId, null);
	}

	/**
	 * A status as the pages and the API write it ({@code done}, {@code on_track}, {@code behind}, {@code not_done},
	 * {@code problem}; blank: any), refused with a message otherwise.
	 */
	public static ProgressStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			ProgressStatus parsed = ProgressStatus.valueOf(status.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
			if (parsed != ProgressStatus.NO_TARGET) {
				return parsed;
			}
		}
		catch (IllegalArgumentException e) {
			// refused below
		}
		throw new RuleViolation("reporting.error.status");
	}

	/** This filter narrowed to a project and to items of a status or overdue (null, null, false: unchanged). */
	public RollupFilter narrowed(Long project, ProgressStatus status, boolean overdue) {
		return new RollupFilter(year, period, by, roadmapId, directionId, taskId, executorId, branchId, regionId,
				project, status, overdue);
	}

	/** The drill-down of a row of this rollup: the items of that group. */
	public RollupFilter drillInto(Long key) {
		Long direction = by == RollupDimension.DIRECTION ? key : directionId;
		Long task = by == RollupDimension.TASK ? key : taskId;
		Long executor = by == RollupDimension.EXECUTOR ? key : executorId;
		Long branch = by == RollupDimension.BRANCH ? key : branchId;
		Long project = by == RollupDimension.PROJECT ? key : projectId;
		return new RollupFilter(year, period, RollupDimension.ITEM, roadmapId, direction, task, executor, branch,
				regionId, project, status, overdue);
	}

	/** The filter as URL query parameters (for links to a page showing it). */
	public String query() {
		StringBuilder q = new StringBuilder("year=").append(year).append("&period=").append(period.code())
			.append("&by=").append(by.code());
		append(q, "roadmap", roadmapId);
		append(q, "direction", directionId);
		append(q, "task", taskId);
		append(q, "executor", executorId);
		append(q, "branch", branchId);
		append(q, "project", projectId);
		if (status != null) {
			q.append("&status=").append(statusCode());
		}
		if (overdue) {
			q.append("&overdue=true");
		}
		return q.toString();
	}

	/** The status as a query parameter ({@code on_track}), or null. */
	public String statusCode() {
		return status == null ? null : status.name().toLowerCase(Locale.ROOT);
	}

	private static void append(StringBuilder q, String name, Long value) {
		if (value != null) {
			q.append('&').append(name).append('=').append(value);
		}
	}

	public boolean drilledDown() {
		return directionId != null || taskId != null || executorId != null || branchId != null || projectId != null
				|| status != null || overdue;
	}

	public static RollupFilter of(int year, ReportPeriod period, RollupDimension by) {
		return new RollupFilter(year, period, by, null, null, null, null, null, null);
	}

	public RollupFilter by(RollupDimension dimension) {
		return new RollupFilter(year, period, dimension, roadmapId, directionId, taskId, executorId, branchId,
				regionId, projectId, status, overdue);
	}

	/** The same filter within one region (a part of a national rollup). */
	public RollupFilter region(Long id) {
		return new RollupFilter(year, period, by, roadmapId, directionId, taskId, executorId, branchId, id,
				projectId, status, overdue);
	}

	public RollupFilter roadmap(Long id) {
		return new RollupFilter(year, period, by, id, directionId, taskId, executorId, branchId, regionId,
				projectId, status, overdue);
	}
}
