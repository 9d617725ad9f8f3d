package kz.kenes.reporting;

/**
 * Which rows a rollup covers: a year (required) and optionally a period within it, a roadmap, and a drill-down to
 * one direction, task, executor, branch or region. Null means "all".
 */
public record RollupFilter(int year, ReportPeriod period, RollupDimension by, Long roadmapId, Long directionId,
		Long taskId, Long executorId, Long branchId, Long regionId) {

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

	/** From request parameters as pages and the API take them ({@code period} and {@code by} as short codes). */
	public static RollupFilter parse(int year, String period, String by, Long roadmapId, Long directionId,
			Long taskId, Long executorId, Long branchId) {
		return new RollupFilter(year, ReportPeriod.parse(year, period), RollupDimension.parse(by), roadmapId,
				directionId, taskId, executorId, branchId, null);
	}

	/** The drill-down of a row of this rollup: the items of that group. */
	public RollupFilter drillInto(Long key) {
		Long direction = by == RollupDimension.DIRECTION ? key : directionId;
		Long task = by == RollupDimension.TASK ? key : taskId;
		Long executor = by == RollupDimension.EXECUTOR ? key : executorId;
		Long branch = by == RollupDimension.BRANCH ? key : branchId;
		return new RollupFilter(year, period, RollupDimension.ITEM, roadmapId, direction, task, executor, branch,
				regionId);
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
		return q.toString();
	}

	private static void append(StringBuilder q, String name, Long value) {
		if (value != null) {
			q.append('&').append(name).append('=').append(value);
		}
	}

	public boolean drilledDown() {
		return directionId != null || taskId != null || executorId != null || branchId != null;
	}

	public static RollupFilter of(int year, ReportPeriod period, RollupDimension by) {
		return new RollupFilter(year, period, by, null, null, null, null, null, null);
	}

	public RollupFilter by(RollupDimension dimension) {
		return new RollupFilter(year, period, dimension, roadmapId, directionId, taskId, executorId, branchId,
				regionId);
	}

	/** The same filter within one region (a part of a national rollup). */
	public RollupFilter region(Long id) {
		return new RollupFilter(year, period, by, roadmapId, directionId, taskId, executorId, branchId, id);
	}

	public RollupFilter roadmap(Long id) {
		return new RollupFilter(year, period, by, id, directionId, taskId, executorId, branchId, regionId);
	}
}
