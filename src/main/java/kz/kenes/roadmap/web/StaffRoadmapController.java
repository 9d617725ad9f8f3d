package kz.kenes.roadmap.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.Aggregation;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.DeadlineKind;
import kz.kenes.roadmap.FundingSource;
import kz.kenes.roadmap.IndicatorUnit;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapItem;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.roadmap.RoadmapStatus;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.identity.Access;

/**
 * Staff pages of the roadmap: every logged-in user reads; the branch's SECRETARY (or ADMIN) creates, edits and
 * deletes items and plans targets ({@link RoadmapPlanning} checks the role in the branch on every change).
 */
@Controller
@RequestMapping("/staff/roadmaps")
class StaffRoadmapController {

	private final RoadmapCatalog catalog;
	private final RoadmapPlanning planning;
	private final RoadmapPages pages;
	private final OrgUnits units;
	private final MessageSource messages;
	private final Access access;
	private final ProjectRegistry projects;

	StaffRoadmapController(RoadmapCatalog catalog, RoadmapPlanning planning, RoadmapPages pages, OrgUnits units,
			MessageSource messages, Access access, ProjectRegistry projects) {
		this.access = access;
		this.projects = projects;
		this.catalog = catalog;
		this.planning = planning;
		this.pages = pages;
		this.units = units;
		this.messages = messages;
	}

	/** Party units that keep roadmaps, for the selector and the new-roadmap form. */
	private static final java.util.Set<OrgUnitKind> BRANCH_KINDS = java.util.Set.of(OrgUnitKind.PARTY,
			OrgUnitKind.REGIONAL_BRANCH, OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH);

	/** Every roadmap, or those of a region or branch and the branches below it; a new roadmap for own branches. */
	@GetMapping
	String roadmaps(@RequestParam(required = false) Long unit, Language language, Model model) {
		model.addAttribute("roadmaps", unit == null ? catalog.roadmaps() : catalog.roadmapsUnder(unit));
		model.addAttribute("base", "/staff/roadmaps/");
		List<OrgUnit> branches = units.findAll().stream().filter(u -> BRANCH_KINDS.contains(u.getKind()))
			.sorted(java.util.Comparator.comparing((OrgUnit u) -> u.depth())
				.thenComparing(KazakhCollation.by((OrgUnit u) -> u.name(language), language)))
			.toList();
		model.addAttribute("branches", treeOrder(branches, language));
		model.addAttribute("unit", unit);
		java.util.Set<Long> secretaryOf = new java.util.HashSet<>(access.unitsWith(kz.kenes.identity.Role.SECRETARY));
		boolean admin = access.isAdmin();
		model.addAttribute("ownBranches", branches.stream()
			.filter(b -> admin || secretaryOf.contains(b.getId())
					|| b.lineage().stream().anyMatch(secretaryOf::contains))
			.toList());
		model.addAttribute("openPrograms", catalog.programs().stream()
			.filter(p -> p.getState().acceptsNewRoadmaps()).toList());
		return "roadmap/staff-list";
	}

	/** Branches in tree order (each followed by the branches below it), for an indented selector. */
	private static List<OrgUnit> treeOrder(List<OrgUnit> branches, Language language) {
		java.util.Map<Long, List<OrgUnit>> children = new java.util.HashMap<>();
		java.util.Set<Long> ids = new java.util.HashSet<>();
		branches.forEach(b -> ids.add(b.getId()));
		List<OrgUnit> roots = new java.util.ArrayList<>();
		for (OrgUnit b : branches) {
			Long parent = b.lineage().isEmpty() ? null : b.lineage().get(b.lineage().size() - 1);
			if (parent != null && ids.contains(parent)) {
				children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(b);
			}
			else {
				roots.add(b);
			}
		}
		List<OrgUnit> ordered = new java.util.ArrayList<>();
		java.util.Deque<OrgUnit> stack = new java.util.ArrayDeque<>();
		for (int i = roots.size() - 1; i >= 0; i--) {
			stack.push(roots.get(i));
		}
		while (!stack.isEmpty()) {
			OrgUnit b = stack.pop();
			ordered.add(b);
			List<OrgUnit> below = children.getOrDefault(b.getId(), List.of());
			for (int i = below.size() - 1; i >= 0; i--) {
				stack.push(below.get(i));
			}
		}
		return ordered;
	}

	@PostMapping
	String create(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long branchId,
			Language language, RedirectAttributes redirect) {
		try {
			if (programId == null) {
				throw new RuleViolation("roadmap.error.roadmap.program");
			}
			if (branchId == null) {
				throw new RuleViolation("roadmap.error.roadmap.branch");
			}
			long id = planning.startRoadmap(programId, branchId).getId();
			redirect.addFlashAttribute("message", "roadmap.new.created");
			return "redirect:/staff/roadmaps/" + id;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
			return "redirect:/staff/roadmaps";
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) Integer version, Language language,
			RedirectAttributes redirect) {
		pages.roadmap(id);
		return review(id, () -> planning.submit(id, version), "roadmap.review.submitted", language, redirect);
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version, Language language,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response, Model model) {
		pages.roadmap(id);
		return wrongLevelOr(id, () -> review(id, () -> planning.approve(id, version), "roadmap.review.approved",
				language, redirect), language, response, model);
	}

	@PostMapping("/{id}/return")
	String returnRoadmap(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String comment, Language language, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		pages.roadmap(id);
		return wrongLevelOr(id, () -> review(id, () -> planning.returnWith(id, version, comment),
				"roadmap.review.returned", language, redirect), language, response, model);
	}

	private String review(long id, Runnable step, String messageKey, Language language,
			RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("message", messageKey);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/roadmaps/" + id;
	}

	/** A review by the wrong level: 403 with the roadmap page saying who approves it; nothing changed. */
	private String wrongLevelOr(long id, java.util.function.Supplier<String> review, Language language,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		try {
			return review.get();
		}
		catch (org.springframework.security.access.AccessDeniedException e) {
			response.setStatus(org.springframework.http.HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", messages.getMessage("roadmap.error.roadmap.approverLevel", null,
					language.locale()));
			return roadmap(id, null, null, null, null, null, null, null, null, 0, language, model);
		}
	}

	@GetMapping("/{id}")
	String roadmap(@PathVariable long id, @RequestParam(required = false) Long direction,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long executor,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			Language language, Model model) {
		RoadmapSummary roadmap = pages.roadmap(id);
		pages.table(roadmap, RoadmapPages.filter(direction, task, executor, year, q, project, status, overdue, model),
				page,
				"/staff/roadmaps/" + id + "/items/", model);
		boolean canEdit = planning.canEdit(id);
		model.addAttribute("canEdit", canEdit && roadmap.status() != RoadmapStatus.SUBMITTED);
		model.addAttribute("canSubmit", canEdit && roadmap.status() == RoadmapStatus.DRAFT);
		model.addAttribute("canReview", roadmap.status() == RoadmapStatus.SUBMITTED && planning.canApprove(id));
		Long approver = planning.approverUnit(roadmap.branchId());
		model.addAttribute("approverName", approver == null ? null
				: units.findById(approver).map(u -> u.name(language)).orElse(null));
		return "roadmap/staff-roadmap";
	}

	@GetMapping("/{id}/items/{itemId}")
	String item(@PathVariable long id, @PathVariable long itemId, Language language, Model model) {
		RoadmapSummary roadmap = pages.roadmap(id);
		pages.item(roadmap, pages.item(roadmap, itemId), language, true, model);
		model.addAttribute("canEdit", planning.canEdit(id));
		model.addAttribute("units", IndicatorUnit.values());
		model.addAttribute("aggregations", Aggregation.values());
		return "roadmap/staff-item";
	}

	@GetMapping("/{id}/items/new")
	String newItem(@PathVariable long id, Language language, Model model) {
		RoadmapSummary roadmap = pages.roadmap(id);
		return form(roadmap, null, ItemForm.empty(roadmap.lastYear()), language, model);
	}

	@PostMapping("/{id}/items")
	String create(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult binding,
			@RequestParam(required = false) List<Long> projectIds, Language language, Model model,
			RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		model.addAttribute("selectedProjects", projectIds == null ? List.of() : projectIds);
		if (binding.hasErrors()) {
			model.addAttribute("error", bindingError(binding, language));
			return form(roadmap, null, form, language, model);
		}
		try {
			RoadmapItem item = projects.addItem(id, form.details(), projectIds);
			redirect.addFlashAttribute("message", "roadmap.created");
			return "redirect:/staff/roadmaps/" + id + "/items/" + item.getId();
		}
		catch (RuleViolation e) {
			model.addAttribute("error", message(e, language));
			return form(roadmap, null, form, language, model);
		}
	}

	@GetMapping("/{id}/items/{itemId}/edit")
	String edit(@PathVariable long id, @PathVariable long itemId, Language language, Model model) {
		RoadmapSummary roadmap = pages.roadmap(id);
		ItemView item = pages.item(roadmap, itemId);
		model.addAttribute("selectedProjects", item.projectIds());
		return form(roadmap, item, ItemForm.of(item), language, model);
	}

	@PostMapping("/{id}/items/{itemId}")
	String update(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") ItemForm form,
			BindingResult binding, @RequestParam(required = false) List<Long> projectIds, Language language,
			Model model, RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		// the form always lists the projects: none chosen means none
		model.addAttribute("selectedProjects", projectIds == null ? List.of() : projectIds);
		ItemView current = pages.item(roadmap, itemId);
		if (binding.hasErrors() || form.version() == null) {
			model.addAttribute("error", bindingError(binding, language));
			return form(roadmap, current, form, language, model);
		}
		try {
			projects.changeItem(itemId, form.version(), form.details(),
					projectIds == null ? List.of() : projectIds);
			redirect.addFlashAttribute("message", "roadmap.saved");
			return "redirect:/staff/roadmaps/" + id + "/items/" + itemId;
		}
		catch (OptimisticLockingFailureException e) {
			// Keep what this user typed, show what the other person saved, and let them save again knowingly.
			model.addAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
			model.addAttribute("conflict", current);
			return form(roadmap, current, form.withVersion(current.version()), language, model);
		}
		catch (RuleViolation e) {
			model.addAttribute("error", message(e, language));
			return form(roadmap, current, form, language, model);
		}
	}

	@PostMapping("/{id}/items/{itemId}/delete")
	String delete(@PathVariable long id, @PathVariable long itemId, @RequestParam int version, Language language,
			RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		pages.item(roadmap, itemId);
		try {
			planning.removeItem(itemId, version);
			redirect.addFlashAttribute("message", "roadmap.deleted");
			return "redirect:/staff/roadmaps/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/roadmaps/" + id + "/items/" + itemId;
	}

	@PostMapping("/{id}/items/{itemId}/indicators")
	String addIndicator(@PathVariable long id, @PathVariable long itemId, @RequestParam String nameKk,
			@RequestParam String nameRu, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) IndicatorUnit unit, @RequestParam(required = false) Aggregation aggregation,
			Language language, RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		pages.item(roadmap, itemId);
		try {
			planning.addIndicator(itemId, new LocalizedText(nameKk, nameRu, nameEn), unit, aggregation);
			redirect.addFlashAttribute("message", "roadmap.saved");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/roadmaps/" + id + "/items/" + itemId;
	}

	@PostMapping("/{id}/items/{itemId}/indicators/{indicatorId}/targets")
	String planTarget(@PathVariable long id, @PathVariable long itemId, @PathVariable long indicatorId,
			@RequestParam int version, @RequestParam int year, @RequestParam(required = false) String planned,
			@RequestParam(required = false) String reason, Language language, RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		ItemView item = pages.item(roadmap, itemId);
		if (item.indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		try {
			BigDecimal value = parseNumber(planned);
			planning.planTarget(indicatorId, version, year, value, reason);
			redirect.addFlashAttribute("message", "roadmap.saved");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/roadmaps/" + id + "/items/" + itemId;
	}

	static BigDecimal parseNumber(String text) {
		// a number longer than any amount is refused before BigDecimal spends quadratic time on it
		if (text == null || text.isBlank() || text.length() > 64) {
			throw new RuleViolation("roadmap.error.target.value");
		}
		try {
			return new BigDecimal(text.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("roadmap.error.target.value");
		}
	}

	private String form(RoadmapSummary roadmap, ItemView item, ItemForm form, Language language, Model model) {
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("canEdit", planning.canEdit(roadmap.id()));
		model.addAttribute("directions", catalog.directions());
		model.addAttribute("tasks", catalog.tasks(roadmap.programId()));
		model.addAttribute("forms", CompletionForm.values());
		model.addAttribute("fundingSources", FundingSource.values());
		model.addAttribute("deadlineKinds", DeadlineKind.values());
		model.addAttribute("executorChoices", executorChoices(language));
		model.addAttribute("nationalItems", roadmap.national() ? List.of() : catalog.nationalItems(roadmap.programId()));
		model.addAttribute("projects", projects.projects());
		return "roadmap/staff-item-form";
	}

	/** Units that can execute an item: departments, akimats, NGOs, councils and branches, in Kazakh order. */
	private List<OrgUnit> executorChoices(Language language) {
		return units.findAll().stream().filter(u -> u.getKind() != OrgUnitKind.PARTY)
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language)).toList();
	}

	private String message(RuleViolation e, Language language) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), language.locale());
	}

	private String bindingError(BindingResult binding, Language language) {
		FieldError field = binding.getFieldError();
		String name = field == null ? "" : messages.getMessage(fieldLabel(field.getField()), null, field.getField(),
				language.locale());
		return messages.getMessage("roadmap.error.typeMismatch", new Object[] { name }, language.locale());
	}

	private static String fieldLabel(String field) {
		return switch (field) {
			case "estimatedCost" -> "roadmap.field.cost";
			case "deadlineDate" -> "roadmap.field.deadlineDate";
			case "deadlineEndYear" -> "roadmap.field.deadlineEndYear";
			case "taskId" -> "roadmap.field.task";
			case "directionId" -> "roadmap.field.direction";
			case "leadExecutorId" -> "roadmap.field.lead";
			default -> "roadmap.field." + field;
		};
	}
}
