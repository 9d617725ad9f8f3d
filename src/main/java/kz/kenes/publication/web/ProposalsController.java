package kz.kenes.publication.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.CitizenSubmission;
import kz.kenes.publication.CitizenSubmissions;
import kz.kenes.roadmap.RoadmapCatalog;

/** Citizens send proposals and follow them with a private code. */
@Controller
class ProposalsController {

	private final CitizenSubmissions submissions;
	private final OrgUnits units;
	private final RoadmapCatalog roadmaps;
	private final MessageSource messages;

	ProposalsController(CitizenSubmissions submissions, OrgUnits units, RoadmapCatalog roadmaps,
			MessageSource messages) {
		this.submissions = submissions;
		this.units = units;
		this.roadmaps = roadmaps;
		this.messages = messages;
	}

	record ProposalForm(Long addresseeId, Long directionId, String name, String contact, String text,
			String website) {
	}

	@GetMapping("/proposals/new")
	String form(@RequestParam(required = false) Long to, Language language, Model model) {
		return form(new ProposalForm(to, null, null, null, null, null), null, language, model);
	}

	@PostMapping("/proposals")
	String submit(ProposalForm form, Language language, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		// A filled honeypot means a robot: it gets a code that leads nowhere and nothing is stored.
		if (form.website() != null && !form.website().isEmpty()) {
			redirect.addFlashAttribute("sent", true);
			return "redirect:/proposals/track";
		}
		try {
			CitizenSubmission submission = submissions.submit(new CitizenSubmissions.Submission(form.addresseeId(),
					form.directionId(), form.name(), form.contact(), form.text(), language), ClientAddress.of(request));
			redirect.addFlashAttribute("sent", true);
			return "redirect:/proposals/track/" + submission.getTrackingCode();
		}
		catch (RuleViolation e) {
			return form(form, PublicationErrors.message(messages, e), language, model);
		}
	}

	@GetMapping("/proposals/track")
	String trackForm(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:/proposals/track/" + code.strip().toUpperCase();
		}
		return "publication/proposal-track";
	}

	@GetMapping("/proposals/track/{code}")
	String track(@PathVariable String code, Language language, Model model) {
		var submission = submissions.byCode(code);
		model.addAttribute("code", code);
		model.addAttribute("submission", submission.orElse(null));
		model.addAttribute("proposal",
				submission.flatMap(s -> submissions.proposalState(s, language)).orElse(null));
		return "publication/proposal-track";
	}

	private String form(ProposalForm form, String error, Language language, Model model) {
		List<OrgUnit> addressees = Stream.concat(units.findByKind(OrgUnitKind.COUNCIL).stream(),
				Stream.concat(units.findByKind(OrgUnitKind.CITY_BRANCH).stream(),
						units.findByKind(OrgUnitKind.REGIONAL_BRANCH).stream()))
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("addressees", addressees);
		model.addAttribute("directions", roadmaps.directions());
		return "publication/proposal-form";
	}
}
