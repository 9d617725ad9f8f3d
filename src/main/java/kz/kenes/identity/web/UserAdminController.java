package kz.kenes.identity.web;

import java.util.Comparator;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import kz.kenes.identity.Role;
import kz.kenes.identity.User;
import kz.kenes.identity.UserAdministration;
import kz.kenes.identity.Users;
import kz.kenes.platform.RuleViolation;

/** ADMIN only: accounts, their roles per org unit, disabling, password resets. */
@Controller
@RequestMapping("/staff/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private final Users users;
	private final UserAdministration admin;
	private final UnitChoices unitChoices;

	UserAdminController(Users users, UserAdministration admin, UnitChoices unitChoices) {
		this.users = users;
		this.admin = admin;
		this.unitChoices = unitChoices;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Language language, Model model) {
		model.addAttribute("form", new UserForm());
		return listPage(language, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Language language, Model model,
			RedirectAttributes redirect) {
		if (form.getOrgUnitId() != null && !unitChoices.exists(form.getOrgUnitId())) {
			binding.rejectValue("orgUnitId", "validation.required");
		}
		if (!binding.hasErrors()) {
			try {
				User user = admin.create(form.getUsername(), form.getDisplayName(), form.getPassword(), null,
						form.getRole(), form.getOrgUnitId());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/admin/users/" + user.getId();
			}
			catch (RuleViolation e) {
				binding.reject(e.messageKey(), e.args(), e.messageKey());
			}
		}
		return listPage(language, model);
	}

	@GetMapping("/{id}")
	String user(@PathVariable long id, Language language, Model model) {
		model.addAttribute("user", users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("units", unitChoices.all(language));
		model.addAttribute("unitNames", unitChoices.names(language));
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		return "identity/user";
	}

	@PostMapping("/{id}/grant")
	String grant(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long orgUnitId, RedirectAttributes redirect) {
		if (role == null || orgUnitId == null || !unitChoices.exists(orgUnitId)) {
			return failed(redirect, id, "identity.user.chooseRoleAndUnit");
		}
		return attempt(redirect, id, () -> admin.grant(id, version, role, orgUnitId));
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam Role role,
			@RequestParam long orgUnitId, RedirectAttributes redirect) {
		return attempt(redirect, id, () -> admin.revoke(id, version, role, orgUnitId));
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		return attempt(redirect, id, () -> admin.setEnabled(id, version, enabled));
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		return attempt(redirect, id, () -> admin.resetPassword(id, version, password));
	}

	private String listPage(Language language, Model model) {
		model.addAttribute("users", users.findAll().stream().sorted(Comparator.comparing(User::getUsername)).toList());
		model.addAttribute("units", unitChoices.all(language));
		model.addAttribute("unitNames", unitChoices.names(language));
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		return "identity/users";
	}

	private static String attempt(RedirectAttributes redirect, long id, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.conflict");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/staff/admin/users/" + id;
	}

	private static String failed(RedirectAttributes redirect, long id, String key) {
		redirect.addFlashAttribute("errorKey", key);
		return "redirect:/staff/admin/users/" + id;
	}
}
