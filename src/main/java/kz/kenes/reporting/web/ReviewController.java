package kz.kenes.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.reporting.ActivityLog;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.ReportCompleteness;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;

/**
 * The secretary's desk: reports waiting for review, completeness and timeliness per executor, missing monthly
 * reports and overdue items, for the roadmaps of the branches the secretary serves.
 */
@Controller
class ReviewController {

	private final Access access;
	private final StaffQueries queries;
	private final ReportCompleteness completeness;
	private final ProgressRollups rollups;
	private final RoadmapCatalog catalog;

	ReviewController(Access access, StaffQueries queries, ReportCompleteness completeness, ProgressRollups rollups,
			RoadmapCatalog catalog) {
		this.access = access;
		this.queries = queries;
		this.completeness = completeness;
		this.rollups = rollups;
		this.catalog = catalog;
	}

	@GetMapping("/staff/reporting/review")
	String review(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long roadmap,
			Model model) {
		Map<Long, RoadmapSummary> roadmaps = new LinkedHashMap<>();
		if (access.isAdmin()) {
			catalog.roadmaps().forEach(r -> roadmaps.put(r.id(), r)); // one query, not one per branch
		}
		else {
			List<Long> units = access.unitsWith(Role.SECRETARY);
			if (units.isEmpty()) {
				throw new AccessDeniedException("Secretaries only");
			}
			units.forEach(u -> catalog.roadmapsUnder(u).forEach(r -> roadmaps.put(r.id(), r)));
		}
		if (roadmap != null && !roadmaps.containsKey(roadmap)) {
			throw new AccessDeniedException("Not a roadmap of this secretary's branches");
		}
		Long roadmapId = roadmap != null ? roadmap : roadmaps.keySet().stream().findFirst().orElse(null);
		int y = year == null ? rollups.defaultYear() : year;
		LocalDate today = LocalDate.now(ActivityLog.ZONE);
		model.addAttribute("year", y);
		model.addAttribute("years", rollups.years());
		model.addAttribute("roadmaps", roadmaps.values());
		model.addAttribute("roadmapId", roadmapId);
		model.addAttribute("queue", queries.reviewQueue());
		if (roadmapId != null) {
			model.addAttribute("completeness", completeness.byExecutor(y, roadmapId, today));
			model.addAttribute("missing", completeness.missing(y, roadmapId, null, today));
			Rollup items = rollups.rollup(new RollupFilter(y, ReportPeriod.wholeYear(y), RollupDimension.ITEM,
					roadmapId, null, null, null, null, null), today);
			model.addAttribute("overdue",
					items.rows().stream().filter(r -> r.notDone() + r.problem() > 0).toList());
		}
		else {
			model.addAttribute("completeness", List.of());
			model.addAttribute("missing", List.of());
			model.addAttribute("overdue", List.of());
		}
		return "reporting/review";
	}
}
