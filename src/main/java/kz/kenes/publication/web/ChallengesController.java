package kz.kenes.publication.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.FigureChallenge;
import kz.kenes.publication.FigureChallenges;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;

/** Public challenges of published figures, and the department's queue to answer them. */
@Controller
class ChallengesController {

	private final FigureChallenges challenges;
	private final RoadmapCatalog roadmaps;
	private final OrgUnits units;
	private final Access access;
	private final MessageSource messages;

	ChallengesController(FigureChallenges challenges, RoadmapCatalog roadmaps, OrgUnits units, Access access,
			MessageSource messages) {
		this.challenges = challenges;
		this.roadmaps = roadmaps;
		this.units = units;
		this.access = access;
		this.messages = messages;
	}

	record ChallengeForm(Long item, Integer year, String figure, String reason, String evidenceUrl, String website) {
	}

	@GetMapping("/challenges")
	String list(@RequestParam(required = false) Long item, Model model) {
		List<FigureChallenge> list = item == null ? challenges.latest(50) : challenges.ofItem(item);
		model.addAttribute("challenges", list);
		model.addAttribute("items", items(list));
		model.addAttribute("item", item == null ? null : roadmaps.item(item).orElse(null));
		return "publication/challenges";
	}

	@GetMapping("/challenges/new")
	String form(@RequestParam long item, @RequestParam(required = false) Integer year, Model model) {
		return form(new ChallengeForm(item, year, null, null, null, null), null, model);
	}

	@PostMapping("/challenges")
	String submit(ChallengeForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (form.item() == null) {
			throw new NoSuchElementException("item");
		}
		if (form.website() != null && !form.website().isEmpty()) {
			redirect.addFlashAttribute("sent", true);
			return "redirect:/challenges?item=" + form.item();
		}
		try {
			int year = form.year() == null ? challenges.today().getYear() : form.year();
			challenges.submit(new FigureChallenges.Challenge(form.item(), year, form.figure(), form.reason(),
					form.evidenceUrl()), ClientAddress.of(request));
			redirect.addFlashAttribute("sent", true);
			return "redirect:/challenges?item=" + form.item();
		}
		catch (RuleViolation e) {
			return form(form, PublicationErrors.message(messages, e), model);
		}
	}

	@GetMapping("/staff/challenges")
	String queue(Model model) {
		Set<Long> scope = new LinkedHashSet<>();
		Set<Long> branches = new LinkedHashSet<>();
		if (access.isAdmin()) {
			units.findAll().forEach(u -> scope.add(u.getId()));
			branches.addAll(scope);
		}
		for (Role role : List.of(Role.REPORTER, Role.SECRETARY)) {
			access.unitsWith(role).forEach(id -> units.findSubtree(id).forEach(u -> scope.add(u.getId())));
		}
		// a branch secretary handles the disputes of its roadmaps' figures, whichever department executes them
		access.unitsWith(Role.SECRETARY).forEach(id -> units.findSubtree(id).forEach(u -> branches.add(u.getId())));
		List<FigureChallenge> open = challenges.queue(List.copyOf(scope), List.copyOf(branches));
		model.addAttribute("challenges", open);
		model.addAttribute("items", items(open));
		model.addAttribute("departments", units.findAllById(open.stream().map(FigureChallenge::getDepartmentId)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity())));
		model.addAttribute("today", challenges.today());
		return "publication/staff-challenges";
	}

	@PostMapping("/staff/challenges/{id}/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		try {
			challenges.answer(id, version, answer);
			redirect.addFlashAttribute("done", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", PublicationErrors.message(messages, e));
		}
		return "redirect:/staff/challenges";
	}

	private String form(ChallengeForm form, String error, Model model) {
		ItemView item = roadmaps.item(form.item()).orElseThrow(() -> new NoSuchElementException("item"));
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		return "publication/challenge-form";
	}

	private Map<Long, ItemView> items(List<FigureChallenge> list) {
		return list.stream().map(FigureChallenge::getRoadmapItemId).distinct()
			.map(roadmaps::item).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(ItemView::id, Function.identity()));
	}
}
