package kz.kenes.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;

/** The public home page. */
@Controller
class HomeController {

	private final OrgUnits units;

	HomeController(OrgUnits units) {
		this.units = units;
	}

	@GetMapping("/")
	String home(Language language, Model model) {
		model.addAttribute("councils", units.findByKind(OrgUnitKind.COUNCIL).stream()
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language))
			.toList());
		return "publication/home";
	}
}
