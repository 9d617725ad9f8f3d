package kz.kenes.reporting.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;
import kz.kenes.reporting.ProgressStatus;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.RoadmapCatalog;

/** The public progress page: planned vs actual from accepted reports, with a chart and drill-down to items. */
@Controller
class ProgressPageController {

	private final ProgressRollups rollups;
	private final RoadmapCatalog catalog;
	private final RollupRateLimit rateLimit;
	private final ProjectRegistry projects;

	/** The statuses a list may be narrowed to (NO_TARGET is not one: such items have nothing to judge). */
	static final List<ProgressStatus> STATUSES = List.of(ProgressStatus.DONE, ProgressStatus.ON_TRACK,
			ProgressStatus.BEHIND, ProgressStatus.NOT_DONE, ProgressStatus.PROBLEM);

	ProgressPageController(ProgressRollups rollups, RoadmapCatalog catalog, RollupRateLimit rateLimit,
			ProjectRegistry projects) {
		this.projects = projects;
		this.rollups = rollups;
		this.catalog = catalog;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/progress")
	String progress(@RequestParam(required = false) Long roadmap, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String period, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long direction, @RequestParam(required = false) Long task,
			@RequestParam(required = false) Long executor, @RequestParam(required = false) Long branch,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue,
			Model model, kz.kenes.i18n.Language language, HttpServletRequest request) {
		int y = year == null ? rollups.defaultYear() : year;
		RollupFilter filter = RollupFilter.parse(y, period, by, roadmap, direction, task, executor, branch)
			.narrowed(project, statusOf(status, model), Boolean.TRUE.equals(overdue));
		if (filter.by() == RollupDimension.ITEM && roadmap == null && branch == null) {
			// Items are listed per roadmap or branch (a national list would be ~100,000 rows): by branch first.
			filter = filter.by(RollupDimension.BRANCH);
			model.addAttribute("tooBroad", true);
		}
		Rollup rollup = rollups.rollup(filter, rateLimit.beforeComputing(request));
		model.addAttribute("filter", filter);
		model.addAttribute("rollup", rollup);
		model.addAttribute("years", rollups.years());
		// only published roadmaps on the public page, and always offered (by=item needs one)
		model.addAttribute("roadmaps", catalog.roadmaps().stream().filter(r -> r.status().isPublic()).toList());
		model.addAttribute("periods", periodLabels(y, language));
		model.addAttribute("dimensions", RollupDimension.values());
		model.addAttribute("projects", projects.projects());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("base", "/progress");
		return "reporting/progress";
	}

	static java.util.Map<String, String> periodLabels(int year, kz.kenes.i18n.Language language) {
		java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
		for (String code : List.of("year", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "q1", "q2", "q3",
				"q4", "h1", "h2")) {
			labels.put(code, kz.kenes.reporting.ReportPeriod.parse(year, code).label(language));
		}
		return labels;
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
