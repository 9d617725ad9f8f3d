package kz.kenes.publication.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;

/** Open data: planned vs actual by direction, task, executor, branch or item, as JSON and CSV, without login. */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = "Open data")
class OpenProgressController {

	private final ProgressRollups progress;

	OpenProgressController(ProgressRollups progress) {
		this.progress = progress;
	}

	@GetMapping("/progress")
	@Operation(summary = "Planned vs actual for a year (default: the latest reported), grouped by=direction|task|executor|branch|item|project, narrowed by project, status and overdue")
	Rollup rollup(@RequestParam(required = false) Integer year, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue) {
		return progress.rollup(filter(year, by, project, status, overdue));
	}

	@GetMapping(value = "/progress.csv", produces = "text/csv")
	@Operation(summary = "The same as CSV: one row per group and unit of measure")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue) {
		Rollup rollup = progress.rollup(filter(year, by, project, status, overdue));
		OpenDataController.Csv csv = new OpenDataController.Csv("year", "by", "code", "name_kk", "name_ru", "items",
				"done", "in_progress", "not_done", "problem", "percent_done", "unit", "planned", "actual");
		for (Rollup.Row row : rollup.rows()) {
			if (row.units().isEmpty()) {
				csv.row(rollup.year(), rollup.by().code(), row.code(), kk(row), ru(row), row.items(), row.done(),
						row.inProgress(), row.notDone(), row.problem(), row.percentDone(), "", "", "");
			}
			for (Map.Entry<String, Rollup.UnitSum> unit : row.units().entrySet()) {
				csv.row(rollup.year(), rollup.by().code(), row.code(), kk(row), ru(row), row.items(), row.done(),
						row.inProgress(), row.notDone(), row.problem(), row.percentDone(), unit.getKey(),
						unit.getValue().planned(), unit.getValue().actual());
			}
		}
		return OpenDataController.csvResponse(csv, "progress-" + rollup.year() + "-" + rollup.by().code() + ".csv");
	}

	/** The year's rollup, narrowed to a party project, a computed status (done, on_track, …) and overdue items. */
	private RollupFilter filter(Integer year, String by, Long project, String status, Boolean overdue) {
		int y = year == null ? progress.defaultYear() : year;
		return RollupFilter.of(y, ReportPeriod.wholeYear(y), RollupDimension.parse(by))
			.narrowed(project, RollupFilter.parseStatus(status), Boolean.TRUE.equals(overdue));
	}

	private static String kk(Rollup.Row row) {
		return row.name() == null ? "" : row.name().kk();
	}

	private static String ru(Rollup.Row row) {
		return row.name() == null ? "" : row.name().ru();
	}
}
