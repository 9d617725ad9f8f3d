package kz.kenes.organization.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgDirectory;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.People;
import kz.kenes.organization.Person;

/** Staff pages of people: list with search, create, edit (with the positions they hold). */
@Controller
@RequestMapping("/staff/org/people")
class PersonController {

	static final int LIST_LIMIT = 500;
	/** The person picker of the appoint form offers this many at a time; typing narrows it down. */
	static final int PICKER_LIMIT = 100;

	private final People people;
	private final OrgStructure structure;
	private final OrgDirectory directory;
	private final PersonSearch search;

	PersonController(People people, OrgStructure structure, OrgDirectory directory, PersonSearch search) {
		this.search = search;
		this.people = people;
		this.structure = structure;
		this.directory = directory;
	}

	@ModelAttribute("canEditPeople")
	boolean canEditPeople() {
		return structure.canEditPeople();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Language language, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("people", search.matching(q, LIST_LIMIT, language));
		model.addAttribute("limit", LIST_LIMIT);
		return "organization/people";
	}

	/** Options of the person picker (htmx): people matching the typed text, in alphabetical order. */
	@GetMapping("/options")
	String options(@RequestParam(defaultValue = "") String q, Language language, Model model) {
		model.addAttribute("people", search.matching(q, PICKER_LIMIT, language));
		return "organization/person-options :: options";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonForm());
		return form(null, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.attempt(binding,
				() -> structure.addPerson(PersonForm.blankToNull(form.getCode()), form.fullName(),
						PersonForm.blankToNull(form.getEmail()), PersonForm.blankToNull(form.getPhone())))
			.map(person -> OrgUnitController.saved(redirect, "/staff/org/people/" + person.getId()))
			.orElseGet(() -> form(null, null, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Language language, Model model) {
		model.addAttribute("form", PersonForm.of(person(id)));
		return form(id, language, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
			Language language, Model model, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			binding.reject("error.conflict");
		}
		return FormErrors.attempt(binding,
				() -> structure.updatePerson(id, form.getVersion(), form.fullName(),
						PersonForm.blankToNull(form.getEmail()), PersonForm.blankToNull(form.getPhone())))
			.map(person -> OrgUnitController.saved(redirect, "/staff/org/people/" + id))
			.orElseGet(() -> form(id, language, model));
	}

	private String form(Long id, Language language, Model model) {
		model.addAttribute("personId", id);
		if (id != null) {
			model.addAttribute("appointments", directory.positionsOf(id, language));
		}
		return "organization/person-form";
	}

	private Person person(long id) {
		return people.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
