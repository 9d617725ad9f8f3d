package kz.kenes.roadmap.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.Program;
import kz.kenes.roadmap.ProgramAdministration;
import kz.kenes.roadmap.ProgramDetails;
import kz.kenes.roadmap.ProgramState;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * Programs for the staff: everyone logged in reads the list with years and states; ADMIN creates and edits a
 * program, its tasks (міндет: add, rename, renumber, move, delete when unused) and the directions.
 */
@Controller
@RequestMapping("/staff/programs")
class StaffProgramController {

	private static final Set<OrgUnitKind> OWNER_KINDS = Set.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH);

	private final RoadmapCatalog catalog;
	private final ProgramAdministration administration;
	private final OrgUnits units;
	private final MessageSource messages;

	StaffProgramController(RoadmapCatalog catalog, ProgramAdministration administration, OrgUnits units,
			MessageSource messages) {
		this.catalog = catalog;
		this.administration = administration;
		this.units = units;
		this.messages = messages;
	}

	/** The program form as typed. */
	record ProgramForm(String code, String nameKk, String nameRu, String nameEn, Long ownerUnitId, Integer firstYear,
			Integer lastYear, ProgramState state, Integer version) {

		static ProgramForm of(Program p) {
			return new ProgramForm(p.getCode(), p.name().kk(), p.name().ru(), p.name().en(), p.getOwnerUnitId(),
					p.getFirstYear(), p.getLastYear(), p.getState(), p.getVersion());
		}

		ProgramDetails details() {
			return new ProgramDetails(code, new LocalizedText(nameKk, nameRu, nameEn), ownerUnitId, firstYear,
					lastYear, state);
		}
	}

	@GetMapping
	String programs(Language language, Model model) {
		List<Program> programs = catalog.programs();
		model.addAttribute("programs", programs);
		model.addAttribute("directions", catalog.directions());
		java.util.Map<Long, String> owners = new java.util.HashMap<>();
		units.findAllById(programs.stream().map(Program::getOwnerUnitId).distinct().toList())
			.forEach(u -> owners.put(u.getId(), u.name(language)));
		model.addAttribute("ownerNames", owners);
		model.addAttribute("canAdminister", administration.canAdminister());
		return "roadmap/staff-programs";
	}

	@GetMapping("/new")
	String newProgram(Language language, Model model) {
		requireAdmin();
		return form(null, new ProgramForm(null, null, null, null, null, null, null, ProgramState.DRAFT, null),
				language, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") ProgramForm form, BindingResult binding, Language language, Model model,
			RedirectAttributes redirect) {
		requireAdmin();
		if (binding.hasErrors()) {
			model.addAttribute("error", typeMismatch(language));
			return form(null, form, language, model);
		}
		try {
			Program program = administration.create(form.details());
			redirect.addFlashAttribute("message", "roadmap.programs.created");
			return "redirect:/staff/programs/" + program.getId();
		}
		catch (RuleViolation e) {
			model.addAttribute("error", message(e, language));
			return form(null, form, language, model);
		}
	}

	@GetMapping("/{id}")
	String program(@PathVariable long id, Language language, Model model) {
		Program program = program(id);
		return form(program, ProgramForm.of(program), language, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ProgramForm form, BindingResult binding,
			Language language, Model model, RedirectAttributes redirect) {
		Program program = program(id);
		requireAdmin();
		if (binding.hasErrors()) {
			model.addAttribute("error", typeMismatch(language));
			return form(program, form, language, model);
		}
		try {
			if (form.version() == null) {
				throw new OptimisticLockingFailureException("no version");
			}
			administration.change(id, form.version(), form.details());
			redirect.addFlashAttribute("message", "roadmap.saved");
			return "redirect:/staff/programs/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
			return form(program, new ProgramForm(form.code(), form.nameKk(), form.nameRu(), form.nameEn(),
					form.ownerUnitId(), form.firstYear(), form.lastYear(), form.state(), program.getVersion()),
					language, model);
		}
		catch (RuleViolation e) {
			model.addAttribute("error", message(e, language));
			return form(program, form, language, model);
		}
	}

	@PostMapping("/{id}/tasks")
	String addTask(@PathVariable long id, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String nameKk, @RequestParam(required = false) String nameRu,
			@RequestParam(required = false) String nameEn, Language language, RedirectAttributes redirect) {
		program(id);
		return done(() -> administration.addTask(id, number, new LocalizedText(nameKk, nameRu, nameEn)),
				"roadmap.saved", id, language, redirect);
	}

	@PostMapping("/{id}/tasks/{taskId}")
	String changeTask(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String nameKk, @RequestParam(required = false) String nameRu,
			@RequestParam(required = false) String nameEn, Language language, RedirectAttributes redirect) {
		taskOf(id, taskId);
		return done(() -> administration.changeTask(taskId, number, new LocalizedText(nameKk, nameRu, nameEn)),
				"roadmap.saved", id, language, redirect);
	}

	@PostMapping("/{id}/tasks/{taskId}/move")
	String moveTask(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "true") boolean up,
			Language language, RedirectAttributes redirect) {
		taskOf(id, taskId);
		return done(() -> administration.moveTask(taskId, up), "roadmap.saved", id, language, redirect);
	}

	@PostMapping("/{id}/tasks/{taskId}/delete")
	String removeTask(@PathVariable long id, @PathVariable long taskId, Language language,
			RedirectAttributes redirect) {
		taskOf(id, taskId);
		return done(() -> administration.removeTask(taskId), "roadmap.programs.task.deleted", id, language,
				redirect);
	}

	@PostMapping("/directions")
	String addDirection(@RequestParam(required = false) String code, @RequestParam(required = false) String nameKk,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
			Language language, RedirectAttributes redirect) {
		return done(() -> administration.addDirection(code, new LocalizedText(nameKk, nameRu, nameEn)),
				"roadmap.saved", null, language, redirect);
	}

	@PostMapping("/directions/{directionId}")
	String renameDirection(@PathVariable long directionId, @RequestParam(required = false) String nameKk,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
			Language language, RedirectAttributes redirect) {
		return done(() -> administration.renameDirection(directionId, new LocalizedText(nameKk, nameRu, nameEn)),
				"roadmap.saved", null, language, redirect);
	}

	@PostMapping("/directions/{directionId}/move")
	String moveDirection(@PathVariable long directionId, @RequestParam(defaultValue = "true") boolean up,
			Language language, RedirectAttributes redirect) {
		return done(() -> administration.moveDirection(directionId, up), "roadmap.saved", null, language, redirect);
	}

	private String done(Runnable change, String messageKey, Long programId, Language language,
			RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("message", messageKey);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/programs" + (programId == null ? "" : "/" + programId);
	}

	private String form(Program program, ProgramForm form, Language language, Model model) {
		model.addAttribute("program", program);
		model.addAttribute("form", form);
		model.addAttribute("tasks", program == null ? List.of() : catalog.tasks(program.getId()));
		model.addAttribute("states", ProgramState.values());
		model.addAttribute("owners", units.findAll().stream()
			.filter(u -> OWNER_KINDS.contains(u.getKind()) || u.getId().equals(form.ownerUnitId()))
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language)).toList());
		model.addAttribute("canAdminister", administration.canAdminister());
		return "roadmap/staff-program";
	}

	private void requireAdmin() {
		if (!administration.canAdminister()) {
			throw new AccessDeniedException("Programs are kept by ADMIN");
		}
	}

	private Program program(long id) {
		return catalog.program(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void taskOf(long programId, long taskId) {
		program(programId);
		if (catalog.tasks(programId).stream().noneMatch(t -> t.getId() == taskId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String typeMismatch(Language language) {
		return messages.getMessage("roadmap.error.program.years", null, language.locale());
	}

	private String message(RuleViolation e, Language language) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), language.locale());
	}
}
