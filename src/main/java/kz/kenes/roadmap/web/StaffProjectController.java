package kz.kenes.roadmap.web;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.ProjectRegistry;

/** The list of party projects, kept by ADMIN: add one, rename one (with the version the form was opened with). */
@Controller
@RequestMapping("/staff/projects")
@PreAuthorize("hasRole('ADMIN')")
class StaffProjectController {

	private final ProjectRegistry projects;
	private final MessageSource messages;

	StaffProjectController(ProjectRegistry projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("projects", projects.projects());
		return "roadmap/staff-projects";
	}

	@PostMapping
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameKk,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
			Language language, RedirectAttributes redirect) {
		try {
			projects.create(code, new LocalizedText(nameKk, nameRu, nameEn));
			redirect.addFlashAttribute("message", "roadmap.created");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/projects";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String code, @RequestParam(required = false) String nameKk,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
			Language language, RedirectAttributes redirect) {
		try {
			projects.change(id, version, code, new LocalizedText(nameKk, nameRu, nameEn));
			redirect.addFlashAttribute("message", "roadmap.saved");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", message(e, language));
		}
		return "redirect:/staff/projects";
	}

	private String message(RuleViolation e, Language language) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), language.locale());
	}
}
