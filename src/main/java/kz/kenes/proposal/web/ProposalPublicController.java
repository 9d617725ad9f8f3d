package kz.kenes.proposal.web;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.proposal.ProposalQueries;

/** Answered proposals for everyone (the proposer follows their own at /proposals/track, a portal page). */
@Controller
class ProposalPublicController {

	private static final int PAGE = 20;

	private final ProposalQueries queries;

	ProposalPublicController(ProposalQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/proposals")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		int p = Math.max(0, page);
		model.addAttribute("proposals", queries.publicList(PAGE + 1, p * PAGE));
		model.addAttribute("page", p);
		model.addAttribute("pageSize", PAGE);
		return "proposal/public-list";
	}

	@GetMapping("/proposals/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("p", queries.publicView(id).orElseThrow(() -> new NoSuchElementException("proposal " + id)));
		return "proposal/public-proposal";
	}
}
