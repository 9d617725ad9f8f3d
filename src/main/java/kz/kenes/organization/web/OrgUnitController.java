package kz.kenes.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgDirectory;
import kz.kenes.organization.OrgLevel;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.OrgTree;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnitNames;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.Post;

/** Staff pages of the org tree: the tree, a unit with its people, create/edit a unit, appoint and end positions. */
@Controller
@RequestMapping("/staff/org")
class OrgUnitController {

	private final OrgUnits units;
	private final OrgStructure structure;
	private final OrgDirectory directory;
	private final PersonSearch personSearch;
	private final OrgUnitNames names;
	private final Clock clock;


	OrgUnitController(OrgUnits units, OrgStructure structure, OrgDirectory directory, PersonSearch personSearch,
			OrgUnitNames names, Clock clock) {
		this.clock = clock;
		this.names = names;
		this.personSearch = personSearch;
		this.units = units;
		this.structure = structure;
		this.directory = directory;
	}

	@ModelAttribute("kinds")
	OrgUnitKind[] kinds() {
		return OrgUnitKind.values();
	}

	@ModelAttribute("levels")
	OrgLevel[] levels() {
		return new OrgLevel[] { OrgLevel.REGION, OrgLevel.CITY, OrgLevel.DISTRICT };
	}

	@ModelAttribute("posts")
	Post[] posts() {
		return Post.values();
	}

	@GetMapping
	String tree(Language language, Model model) {
		model.addAttribute("rows", OrgTree.of(units.findAll(), language));
		model.addAttribute("canAddRoot", structure.canEdit(null));
		return "organization/tree";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, Language language, Model model) {
		model.addAttribute("appointForm", new AppointForm());
		return unitPage(id, language, model);
	}

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) Long parentId, Language language, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parentId);
		model.addAttribute("form", form);
		return unitForm(null, language, model);
	}

	@PostMapping("/units")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Language language,
			Model model, RedirectAttributes redirect) {
		return FormErrors.attempt(binding,
				() -> structure.addUnit(form.getParentId(), form.getKind(), form.getLevel(), form.getCode(),
						form.name()))
			.map(unit -> saved(redirect, "/staff/org/units/" + unit.getId()))
			.orElseGet(() -> unitForm(null, language, model));
	}

	@GetMapping("/units/{id}/edit")
	String edit(@PathVariable long id, Language language, Model model) {
		model.addAttribute("form", UnitForm.of(unit(id)));
		return unitForm(id, language, model);
	}

	@PostMapping("/units/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			Language language, Model model, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			binding.reject("error.conflict");
		}
		return FormErrors.attempt(binding, () -> structure.updateUnit(id, form.getVersion(), form.getParentId(),
				form.getKind(), form.getLevel(), form.getCode(), form.name(), form.getRenamedOn(),
				form.isNameCorrection()))
			.map(unit -> saved(redirect, "/staff/org/units/" + id))
			.orElseGet(() -> unitForm(id, language, model));
	}

	@PostMapping("/units/{id}/positions")
	String appoint(@PathVariable long id, @Valid @ModelAttribute("appointForm") AppointForm form,
			BindingResult binding, Language language, Model model, RedirectAttributes redirect) {
		return FormErrors.attempt(binding,
				() -> structure.appoint(form.getPersonId(), id, form.getPost(), form.title(), form.getStartDate()))
			.map(position -> saved(redirect, "/staff/org/units/" + id))
			.orElseGet(() -> unitPage(id, language, model));
	}

	@PostMapping("/positions/{positionId}/end")
	String end(@PathVariable long positionId, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			RedirectAttributes redirect) {
		long unitId = structure.positionUnit(positionId);
		try {
			structure.endPosition(positionId, version, endDate == null ? LocalDate.now(clock) : endDate);
			redirect.addFlashAttribute("saved", true);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.conflict");
		}
		catch (kz.kenes.platform.RuleViolation e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
		}
		return "redirect:/staff/org/units/" + unitId;
	}

	private String unitPage(long id, Language language, Model model) {
		OrgUnit unit = unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", units.findAllById(unit.lineage()).stream()
			.sorted(java.util.Comparator.comparingInt(OrgUnit::depth)).toList());
		model.addAttribute("children", units.findByParentId(id).stream()
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language)).toList());
		model.addAttribute("appointments", directory.positionsIn(id, language));
		model.addAttribute("unitPosts", Post.in(unit.getKind()));
		model.addAttribute("names", names.history(id));
		boolean canEdit = structure.canEdit(id);
		model.addAttribute("canEdit", canEdit);
		if (canEdit) {
			model.addAttribute("people", personSearch.matching("", PersonController.PICKER_LIMIT, language));
		}
		return "organization/unit";
	}

	private String unitForm(Long id, Language language, Model model) {
		model.addAttribute("unitId", id);
		// Parents offered: every unit except the edited one and its subtree.
		List<Long> excluded = id == null ? List.of() : units.findSubtree(id).stream().map(OrgUnit::getId).toList();
		model.addAttribute("parents", OrgTree.of(units.findAll(), language).stream()
			.filter(r -> !excluded.contains(r.unit().getId())).toList());
		return "organization/unit-form";
	}

	private OrgUnit unit(long id) {
		return units.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static String saved(RedirectAttributes redirect, String url) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + url;
	}
}
