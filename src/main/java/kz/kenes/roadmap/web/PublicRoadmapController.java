package kz.kenes.roadmap.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.RoadmapStatus;

/** The public, read-only roadmap: which roadmaps there are, one roadmap's table, one item. */
@Controller
class PublicRoadmapController {

	private final RoadmapCatalog catalog;
	private final RoadmapPages pages;
	private final OrgUnits units;

	PublicRoadmapController(RoadmapCatalog catalog, RoadmapPages pages, OrgUnits units) {
		this.units = units;
		this.catalog = catalog;
		this.pages = pages;
	}

	/**
	 * The published roadmaps, or those of a region or branch and the branches below it ({@code unit}); with a single
	 * published roadmap (the usual case for a branch) go straight to it; {@code roadmap} picks one from the selector.
	 */
	@GetMapping("/roadmap")
	String roadmaps(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long roadmap,
			Language language, Model model) {
		if (roadmap != null) {
			return "redirect:/roadmap/" + published(roadmap).id();
		}
		List<RoadmapSummary> all = published();
		if (unit == null && all.size() == 1) {
			return "redirect:/roadmap/" + all.get(0).id();
		}
		model.addAttribute("roadmaps", unit == null ? all
				: catalog.roadmapsUnder(unit).stream().filter(r -> r.status().isPublic()).toList());
		model.addAttribute("units", unitsOf(all, language));
		model.addAttribute("unit", unit);
		model.addAttribute("base", "/roadmap/");
		return "roadmap/public-list";
	}

	private List<RoadmapSummary> published() {
		return catalog.roadmaps().stream().filter(r -> r.status().isPublic()).toList();
	}

	/** The branches of the published roadmaps and the regions above them, in tree order, for the selector. */
	private List<OrgUnit> unitsOf(List<RoadmapSummary> roadmaps, Language language) {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		roadmaps.forEach(r -> {
			ids.add(r.branchId());
			ids.add(r.regionId());
		});
		return units.findAllById(ids).stream()
			.filter(u -> u.getKind() != kz.kenes.organization.OrgUnitKind.AKIMAT)
			.sorted(java.util.Comparator.comparing((OrgUnit u) -> u.getPath() + u.getId() + "/")
				.thenComparing(kz.kenes.i18n.KazakhCollation.by((OrgUnit u) -> u.name(language), language)))
			.toList();
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
		model.addAttribute("published", published());
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
		if (!roadmap.status().isPublic()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return roadmap;
	}
}
