package kz.kenes.roadmap.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.RoadmapStatus;

/** The public, read-only roadmap: which roadmaps there are, one roadmap's table, one item. */
@Controller
class PublicRoadmapController {

	private final RoadmapCatalog catalog;
	private final RoadmapPages pages;

	PublicRoadmapController(RoadmapCatalog catalog, RoadmapPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	/** With a single published roadmap (the usual case for a branch), go straight to it. */
	@GetMapping("/roadmap")
	String roadmaps(Model model) {
		List<RoadmapSummary> published = catalog.roadmaps().stream()
			.filter(r -> r.status() != RoadmapStatus.DRAFT).toList();
		if (published.size() == 1) {
			return "redirect:/roadmap/" + published.get(0).id();
		}
		model.addAttribute("roadmaps", published);
		model.addAttribute("base", "/roadmap/");
		return "roadmap/public-list";
	}

	@GetMapping("/roadmap/{id}")
	String roadmap(@PathVariable long id, @RequestParam(required = false) Long direction,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long executor,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		RoadmapSummary roadmap = published(id);
		pages.table(roadmap, RoadmapPages.filter(direction, task, executor, year, q, project, status, overdue, model),
				page,
				"/roadmap/" + id + "/items/", model);
		return "roadmap/public-roadmap";
	}

	@GetMapping("/roadmap/{id}/items/{itemId}")
	String item(@PathVariable long id, @PathVariable long itemId, Language language, Model model) {
		RoadmapSummary roadmap = published(id);
		pages.item(roadmap, pages.item(roadmap, itemId), language, false, model);
		return "roadmap/public-item";
	}

	/** A draft roadmap is not public yet. */
	private RoadmapSummary published(long id) {
		RoadmapSummary roadmap = pages.roadmap(id);
		if (roadmap.status() == RoadmapStatus.DRAFT) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return roadmap;
	}
}
