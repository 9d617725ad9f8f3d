package kz.kenes.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.publication.NewsQueries;

/** The public home page: latest news, the councils, and a way to send a proposal. */
@Controller
class HomeController {

	static final int LATEST_NEWS = 4;

	private final OrgUnits units;
	private final NewsQueries news;

	HomeController(OrgUnits units, NewsQueries news) {
		this.units = units;
		this.news = news;
	}

	@GetMapping("/")
	String home(Language language, Model model) {
		model.addAttribute("councils", units.findByKind(OrgUnitKind.COUNCIL).stream()
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language))
			.toList());
		model.addAttribute("latestNews", news.latest(language, LATEST_NEWS));
		return "publication/home";
	}
}
