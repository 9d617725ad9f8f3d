package kz.kenes.publication.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.organization.OrgUnit;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.CitizenSubmissions;
import kz.kenes.publication.NewsDesk;
import kz.kenes.roadmap.Direction;
import kz.kenes.roadmap.RoadmapCatalog;

/** The moderation queue of citizens' proposals: forward into the proposal workflow, or reject with a reason. */
@Controller
@RequestMapping("/staff/news/proposals")
class StaffSubmissionsController {

	private final CitizenSubmissions submissions;
	private final NewsDesk desk;
	private final RoadmapCatalog roadmaps;
	private final MessageSource messages;

	StaffSubmissionsController(CitizenSubmissions submissions, NewsDesk desk, RoadmapCatalog roadmaps,
			MessageSource messages) {
		this.submissions = submissions;
		this.desk = desk;
		this.roadmaps = roadmaps;
		this.messages = messages;
	}

	@GetMapping
	String queue(Model model) {
		Map<Long, OrgUnit> units = desk.writableUnits().stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
		model.addAttribute("submissions", submissions.pendingFor(units.keySet().stream().toList()));
		model.addAttribute("units", units);
		model.addAttribute("directions",
				roadmaps.directions().stream().collect(Collectors.toMap(Direction::getId, Function.identity())));
		return "publication/staff-submissions";
	}

	@PostMapping("/{id}/forward")
	String forward(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			var submission = submissions.forward(id, version);
			// The proposal now lives in the proposal workflow: continue there (review, executor, answer).
			return "redirect:/staff/proposals/" + submission.getProposalId();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", PublicationErrors.message(messages, e));
		}
		return "redirect:/staff/news/proposals";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			submissions.reject(id, version, reason);
			redirect.addFlashAttribute("done", "publication.proposal.rejected");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", PublicationErrors.message(messages, e));
		}
		return "redirect:/staff/news/proposals";
	}
}
