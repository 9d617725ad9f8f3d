package kz.kenes.organization.web;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.xlsx.OrgImport;
import kz.kenes.platform.RuleViolation;

/** One XLSX of units and people into a subtree: upload, dry-run preview, apply (ADMIN, SECRETARY of the subtree). */
@Controller
@RequestMapping("/staff/org/units/{id}/import")
class OrgImportController {

	private final OrgUnits units;
	private final OrgStructure structure;
	private final OrgImport importer;
	private final MessageSource messages;

	OrgImportController(OrgUnits units, OrgStructure structure, OrgImport importer, MessageSource messages) {
		this.units = units;
		this.structure = structure;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping
	String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Language language,
			Model model) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		model.addAttribute("preview", importer.preview(id, file == null ? null : file.getOriginalFilename(), content,
				language));
		return page(id, model);
	}

	@PostMapping("/apply")
	String apply(@PathVariable long id, @RequestParam(required = false) String token, Language language,
			Model model, RedirectAttributes redirect) {
		try {
			OrgImport.Preview applied = importer.apply(id, token, language);
			if (!applied.errors().isEmpty()) {
				model.addAttribute("preview", applied);
				return page(id, model);
			}
			redirect.addFlashAttribute("imported", messages.getMessage("organization.import.applied",
					new Object[] { String.valueOf(applied.units().size()), String.valueOf(applied.posts().size()) },
					language.locale()));
			return "redirect:/staff/org/units/" + id;
		}
		catch (RuleViolation e) {
			model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), language.locale()));
		}
		catch (org.springframework.dao.ConcurrencyFailureException | org.springframework.dao.DuplicateKeyException e) {
			model.addAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
		}
		return page(id, model);
	}

	private String page(long id, Model model) {
		OrgUnit unit = units.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("unit", unit);
		model.addAttribute("canEdit", structure.canEdit(id));
		model.addAttribute("columns", OrgImport.COLUMNS);
		model.addAttribute("maxMegabytes", Math.max(1, importer.limits().maxBytes() / (1024 * 1024)));
		model.addAttribute("maxRows", importer.limits().maxRows());
		return "organization/import";
	}
}
