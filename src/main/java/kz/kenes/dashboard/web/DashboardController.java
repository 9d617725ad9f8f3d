package kz.kenes.dashboard.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.i18n.Language;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.ReportCompleteness;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;
import kz.kenes.reporting.ProgressStatus;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * The staff dashboard: planned vs actual by direction, task, executor, branch or item with drill-down to the items
 * and on to their reporting pages, original and revised plans side by side, and reporting completeness.
 * Progress figures are public, so any logged-in staff member may see them.
 */
@Controller
class DashboardController {

	private static final List<String> PERIODS = List.of("year", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9",
			"m10", "m11", "q1", "q2", "q3", "q4", "h1", "h2");

	private final ProgressRollups rollups;
	private final ReportCompleteness completeness;
	private final RoadmapCatalog catalog;
	private final ProjectRegistry projects;

	private static final List<ProgressStatus> STATUSES = List.of(ProgressStatus.DONE, ProgressStatus.ON_TRACK,
			ProgressStatus.BEHIND, ProgressStatus.NOT_DONE, ProgressStatus.PROBLEM);

	DashboardController(ProgressRollups rollups, ReportCompleteness completeness, RoadmapCatalog catalog,
			ProjectRegistry projects) {
		this.projects = projects;
		this.rollups = rollups;
		this.completeness = completeness;
		this.catalog = catalog;
	}

	@GetMapping("/staff/dashboard")
	String dashboard(@RequestParam(required = false) Long roadmap, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String period, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long direction, @RequestParam(required = false) Long task,
			@RequestParam(required = false) Long executor, @RequestParam(required = false) Long branch,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue,
			Model model, Language language) {
		int y = year == null ? rollups.defaultYear() : year;
		RollupFilter filter = RollupFilter.parse(y, period, by, roadmap, direction, task, executor, branch)
			.narrowed(project, statusOf(status, model), Boolean.TRUE.equals(overdue));
		Rollup rollup = rollups.rollup(filter);
		Map<String, String> periods = new LinkedHashMap<>();
		PERIODS.forEach(code -> periods.put(code, ReportPeriod.parse(y, code).label(language)));
		model.addAttribute("filter", filter);
		model.addAttribute("rollup", rollup);
		model.addAttribute("years", rollups.years());
		model.addAttribute("roadmaps", catalog.roadmaps());
		model.addAttribute("periods", periods);
		model.addAttribute("dimensions", RollupDimension.values());
		model.addAttribute("projects", projects.projects());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("completeness",
				completeness.byExecutor(y, roadmap, LocalDate.now(kz.kenes.reporting.ActivityLog.ZONE)));
		model.addAttribute("base", "/staff/dashboard");
		return "dashboard/dashboard";
	}

	/** A wrong status on a page is said there ({@code statusRefused}) and not applied; the API refuses it (422). */
	private static ProgressStatus statusOf(String status, Model model) {
		try {
			return RollupFilter.parseStatus(status);
		}
		catch (kz.kenes.platform.RuleViolation e) {
			model.addAttribute("statusRefused", true);
			return null;
		}
	}
}
