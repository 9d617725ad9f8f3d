package kz.kenes.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.reporting.Activities;
import kz.kenes.reporting.Activity;
import kz.kenes.reporting.ActivityDetails;
import kz.kenes.reporting.ActivityLog;
import kz.kenes.reporting.Amenity;
import kz.kenes.reporting.Audience;
import kz.kenes.reporting.EvidenceFiles;
import kz.kenes.reporting.Facilities;
import kz.kenes.reporting.FacilityStage;
import kz.kenes.reporting.PeriodReport;
import kz.kenes.reporting.PeriodReports;
import kz.kenes.reporting.ProgressFigures;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.ReportWorkflow;
import kz.kenes.reporting.ReportingAccess;
import kz.kenes.reporting.ReportingItem;
import kz.kenes.reporting.ReportingItems;
import kz.kenes.reporting.SubProjects;

/** An item's reporting workspace: figures, activities, sub-projects, facilities and period reports. */
@Controller
class ItemReportingController {

	private final ReportingItems items;
	private final ReportingAccess access;
	private final ProgressFigures figures;
	private final Activities activities;
	private final SubProjects subProjects;
	private final Facilities facilities;
	private final PeriodReports reports;
	private final ActivityLog log;
	private final ReportWorkflow workflow;
	private final EvidenceFiles evidence;
	private final StaffQueries queries;
	private final JdbcClient jdbc;
	private final kz.kenes.reporting.ProgressRollups rollups;
	private final kz.kenes.reporting.WatchList watchList;

	ItemReportingController(kz.kenes.reporting.ProgressRollups rollups, ReportingItems items, ReportingAccess access, ProgressFigures figures,
			Activities activities, SubProjects subProjects, Facilities facilities, PeriodReports reports,
			ActivityLog log, ReportWorkflow workflow, EvidenceFiles evidence, StaffQueries queries, JdbcClient jdbc,
			kz.kenes.reporting.WatchList watchList) {
		this.watchList = watchList;
		this.items = items;
		this.access = access;
		this.figures = figures;
		this.activities = activities;
		this.subProjects = subProjects;
		this.facilities = facilities;
		this.reports = reports;
		this.log = log;
		this.workflow = workflow;
		this.evidence = evidence;
		this.queries = queries;
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	@GetMapping("/staff/reporting")
	String list(Model model) {
		model.addAttribute("rows", queries.items());
		return "reporting/items";
	}

	@GetMapping("/staff/reporting/items/{id}")
	String item(@PathVariable long id, @RequestParam(required = false) Integer year, Model model,
			Language language) {
		ReportingItem item = items.get(id);
		access.requireRead(item);
		List<Integer> years = items.targetYears(id);
		int preferred = rollups.defaultYear();
		int y = year != null ? year : years.contains(preferred) ? preferred
				: years.stream().filter(v -> v <= LocalDate.now(ActivityLog.ZONE).getYear()).findFirst()
					.orElse(LocalDate.now(ActivityLog.ZONE).getYear());
		List<Activity> all = activities.findByRoadmapItemOrderByHeldOnDesc(id);
		List<Activity> ofYear = all.stream().filter(a -> a.getHeldOn().getYear() == y).toList();
		Set<Long> unitIds = new HashSet<>(item.executorIds());
		ofYear.forEach(a -> {
			unitIds.addAll(a.partnerIds());
			if (a.getWinnerUnitId() != null) {
				unitIds.add(a.getWinnerUnitId());
			}
		});
		var projects = subProjects.findByRoadmapItemOrderById(id);
		projects.forEach(p -> {
			if (p.getWinnerUnitId() != null) {
				unitIds.add(p.getWinnerUnitId());
			}
		});
		model.addAttribute("item", item);
		model.addAttribute("year", y);
		model.addAttribute("years", years);
		model.addAttribute("figures", figures.figures(List.of(id), y).stream().findFirst().orElse(null));
		model.addAttribute("activities", ofYear);
		model.addAttribute("activityTotal", ofYear.size());
		model.addAttribute("participantTotal",
				String.valueOf(ofYear.stream().mapToLong(Activity::getParticipants).sum()));
		model.addAttribute("subProjects", projects);
		model.addAttribute("projectsById", projects.stream()
			.collect(Collectors.toMap(kz.kenes.reporting.SubProject::getId, p -> p)));
		model.addAttribute("facilities", facilities.findByRoadmapItemOrderById(id));
		model.addAttribute("reports", reports.findByRoadmapItemOrderByYearDescLastMonthDescFirstMonthAsc(id).stream()
			.filter(r -> access.canReadReport(item, r.getStatus())).toList());
		model.addAttribute("files", evidence.listForItem(id).stream()
			.collect(Collectors.groupingBy(f -> f.ownerKind().name() + ":" + f.ownerId())));
		model.addAttribute("units", names(unitIds));
		model.addAttribute("partnerOptions", queries.partnerOptions());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("amenities", Amenity.values());
		model.addAttribute("stages", FacilityStage.values());
		model.addAttribute("canWrite", access.canWrite(item));
		model.addAttribute("canReview", access.canReview(item));
		model.addAttribute("today", LocalDate.now(ActivityLog.ZONE));
		model.addAttribute("maxFileMb", evidence.maxBytes() / (1024 * 1024));
		model.addAttribute("watches", watchList.watchesOfItem(id));
		model.addAttribute("watcherUnits", queries.watcherUnits());
		return "reporting/item";
	}

	private Map<Long, LocalizedText> names(Set<Long> ids) {
		Map<Long, LocalizedText> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, name_kk, name_ru, name_en FROM org_unit WHERE id IN (:ids)")
				.param("ids", new ArrayList<>(ids))
				.query((rs, n) -> names.put(rs.getLong(1),
						new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4))))
				.list();
		}
		return names;
	}

	private static String itemUrl(long id, Integer year) {
		return "/staff/reporting/items/" + id + (year == null ? "" : "?year=" + year);
	}

	@PostMapping("/staff/reporting/items/{id}/activities")
	String logActivity(@PathVariable long id, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			String titleKk, String titleRu, String venue, @RequestParam(defaultValue = "0") int participants,
			Audience audience, @RequestParam(required = false) List<Long> partnerIds, String outcomeKk,
			String outcomeRu, Long winnerUnitId, Long subProjectId, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, itemUrl(id, heldOn == null ? null : heldOn.getYear()),
				() -> log.log(id, new ActivityDetails(heldOn, titleKk, titleRu, venue, participants, audience,
						partnerIds == null ? List.of() : partnerIds, outcomeKk, outcomeRu, winnerUnitId,
						subProjectId)));
	}

	@PostMapping("/staff/reporting/activities/{id}/delete")
	String deleteActivity(@PathVariable long id, int version, RedirectAttributes redirect) {
		Activity activity = activities.findById(id).orElseThrow(java.util.NoSuchElementException::new);
		return Outcome.attempt(redirect, itemUrl(activity.getRoadmapItem(), activity.getHeldOn().getYear()),
				() -> log.delete(id, version));
	}

	@PostMapping("/staff/reporting/items/{id}/sub-projects")
	String addSubProject(@PathVariable long id, String nameKk, String nameRu, String nameEn, Long winnerUnitId,
			String outcomeKk, String outcomeRu, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, itemUrl(id, null), () -> log.addSubProject(id,
				new LocalizedText(nameKk, nameRu, nameEn), winnerUnitId, outcomeKk, outcomeRu));
	}

	@PostMapping("/staff/reporting/items/{id}/facilities")
	String addFacility(@PathVariable long id, String nameKk, String nameRu, String address, Integer floors,
			int plannedYear, @RequestParam(required = false) List<Amenity> amenities, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, itemUrl(id, plannedYear), () -> log.addFacility(id,
				new LocalizedText(nameKk, nameRu, null), address, floors, plannedYear,
				amenities == null ? EnumSet.noneOf(Amenity.class) : EnumSet.copyOf(amenities)));
	}

	@PostMapping("/staff/reporting/facilities/{id}/stage")
	String advanceFacility(@PathVariable long id, int version, FacilityStage stage,
			@RequestParam(defaultValue = "-1") int percent,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn, String note,
			RedirectAttributes redirect) {
		var facility = facilities.findById(id).orElseThrow(java.util.NoSuchElementException::new);
		return Outcome.attempt(redirect, itemUrl(facility.getRoadmapItem(), facility.getPlannedYear()),
				() -> log.advanceFacility(id, version, stage, percent, changedOn, note));
	}

	@PostMapping("/staff/reporting/items/{id}/reports")
	String openReport(@PathVariable long id, int year, int firstMonth, int lastMonth, RedirectAttributes redirect) {
		PeriodReport[] opened = new PeriodReport[1];
		String back = Outcome.attempt(redirect, itemUrl(id, year),
				() -> opened[0] = workflow.open(id, new ReportPeriod(year, firstMonth, lastMonth)));
		return opened[0] == null ? back : "redirect:/staff/reporting/reports/" + opened[0].getId();
	}
}
