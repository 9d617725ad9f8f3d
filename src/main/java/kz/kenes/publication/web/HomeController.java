package kz.kenes.publication.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.publication.NewsQueries;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public home page: the program's progress by direction (chart and table), latest news, councils, and a way to
 * send a proposal.
 */
@Controller
class HomeController {

	static final int LATEST_NEWS = 4;

	private final OrgUnits units;
	private final NewsQueries news;
	private final ProgressRollups progress;
	private final JsonMapper json;
	private final MessageSource messages;

	HomeController(OrgUnits units, NewsQueries news, ProgressRollups progress, JsonMapper json,
			MessageSource messages) {
		this.units = units;
		this.news = news;
		this.progress = progress;
		this.json = json;
		this.messages = messages;
	}

	record DirectionProgress(String name, BigDecimal percentDone, int items, int done, int inProgress, int notDone) {
	}

	@GetMapping("/")
	String home(Language language, Model model) {
		model.addAttribute("councils", units.findByKind(OrgUnitKind.COUNCIL).stream()
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language))
			.toList());
		model.addAttribute("latestNews", news.latest(language, LATEST_NEWS));
		int year = progress.defaultYear();
		Rollup rollup = progress.rollup(RollupFilter.of(year, null, RollupDimension.DIRECTION));
		List<DirectionProgress> rows = rollup.rows().stream()
			.map(r -> new DirectionProgress(r.name() == null ? "—" : r.name().in(language), r.percentDone(), r.items(),
					r.done(), r.inProgress(), r.notDone()))
			.toList();
		model.addAttribute("progressYear", String.valueOf(year));
		model.addAttribute("progress", rows);
		model.addAttribute("progressTotal", rollup.total());
		model.addAttribute("progressChart", json.writeValueAsString(Map.of(
				"label", messages.getMessage("publication.progress.percent", null, language.locale()),
				"labels", rows.stream().map(DirectionProgress::name).toList(),
				"values", rows.stream().map(r -> r.percentDone() == null ? 0 : r.percentDone()).toList())));
		return "publication/home";
	}
}
