package kz.kenes.roadmap.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.ItemPage;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.ItemWatchers;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;

/** What the public and the staff roadmap pages share: the filtered, paged table and the item page's model. */
@Component
class RoadmapPages {

	static final int PAGE_SIZE = 50;

	private final RoadmapCatalog catalog;
	private final ProjectRegistry projects;
	private final List<ItemWatchers> watchers;

	RoadmapPages(RoadmapCatalog catalog, ProjectRegistry projects, List<ItemWatchers> watchers) {
		this.catalog = catalog;
		this.projects = projects;
		this.watchers = watchers;
	}

	RoadmapSummary roadmap(long id) {
		return catalog.roadmap(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	ItemView item(RoadmapSummary roadmap, long itemId) {
		return catalog.item(itemId).filter(i -> i.roadmapId() == roadmap.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	void table(RoadmapSummary roadmap, ItemFilter filter, int page, String itemBase, Model model) {
		ItemPage items = catalog.items(roadmap.id(), filter, page, PAGE_SIZE);
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("filter", filter);
		model.addAttribute("page", items);
		model.addAttribute("itemBase", itemBase);
		model.addAttribute("directions", catalog.directions());
		model.addAttribute("tasks", catalog.tasks(roadmap.programId()));
		model.addAttribute("executors", catalog.executorsOf(roadmap.id()));
		model.addAttribute("years", years(roadmap));
		model.addAttribute("projects", projects.projects());
		model.addAttribute("prevUrl", pageUrl(items.page() - 1));
		model.addAttribute("nextUrl", pageUrl(items.page() + 1));
		model.addAttribute("resetUrl", ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString());
	}

	void item(RoadmapSummary roadmap, ItemView item, Language language, boolean showRevisedBy, Model model) {
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("item", item);
		model.addAttribute("years", years(roadmap));
		model.addAttribute("revisions", catalog.revisions(item.id()));
		model.addAttribute("showRevisedBy", showRevisedBy);
		model.addAttribute("itemProjects", projects.projectsOf(item.id()));
		model.addAttribute("itemWatchers", watchers.stream().flatMap(w -> w.watchersOf(item.id()).stream()).toList());
		Map<Long, String> names = item.indicators().stream()
			.collect(Collectors.toMap(IndicatorView::id, i -> i.name().in(language)));
		model.addAttribute("indicatorNames", names);
	}

	static List<Integer> years(RoadmapSummary roadmap) {
		return IntStream.rangeClosed(roadmap.firstYear(), roadmap.lastYear()).boxed().toList();
	}

	static ItemFilter filter(Long direction, Long task, Long executor, Integer year, String q) {
		return new ItemFilter(direction, task, executor, year, q == null || q.isBlank() ? null : q.trim());
	}

	/** With a party project, a status ({@code behind}; a wrong one is a RuleViolation) and overdue as well. */
	static ItemFilter filter(Long direction, Long task, Long executor, Integer year, String q, Long project,
			String status, Boolean overdue) {
		return filter(direction, task, executor, year, q).narrowed(project, ItemFilter.parseStatus(status),
				Boolean.TRUE.equals(overdue));
	}

	/** As above for a page: a wrong status is said on the page ({@code statusRefused}) and not applied. */
	static ItemFilter filter(Long direction, Long task, Long executor, Integer year, String q, Long project,
			String status, Boolean overdue, Model model) {
		try {
			return filter(direction, task, executor, year, q, project, status, overdue);
		}
		catch (kz.kenes.platform.RuleViolation e) {
			model.addAttribute("statusRefused", true);
			return filter(direction, task, executor, year, q, project, null, overdue);
		}
	}

	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
			.toUriString();
	}
}
