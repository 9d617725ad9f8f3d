package kz.kenes.proposal.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalStatus;
import kz.kenes.proposal.ProposalView;
import kz.kenes.proposal.ProposalWorkflow;

/** Proposals under review: the secretary assigns them, executors answer, accepted ones are followed to the end. */
@Controller
@RequestMapping("/staff/proposals")
class ProposalStaffController {

	private final ProposalQueries queries;
	private final ProposalWorkflow workflow;
	private final JdbcClient jdbc;

	ProposalStaffController(ProposalQueries queries, ProposalWorkflow workflow, JdbcClient jdbc) {
		this.queries = queries;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	@GetMapping
	String list(@RequestParam(required = false) ProposalStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("proposals", queries.staffList(status, 500));
		return "proposal/staff-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ProposalView proposal = queries.staffView(id);
		model.addAttribute("p", proposal);
		model.addAttribute("canReview", workflow.canReview(proposal));
		model.addAttribute("canAnswer", workflow.canAnswer(proposal));
		model.addAttribute("executors", jdbc.sql("""
				SELECT id, name_kk, name_ru, name_en FROM org_unit
				WHERE kind IN ('DEPARTMENT','AKIMAT','NGO','CITY_BRANCH','REGIONAL_BRANCH','DISTRICT_BRANCH')
				ORDER BY kind, name_kk LIMIT 1000""")
			.query((rs, n) -> new Option(rs.getLong("id"), null,
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list());
		model.addAttribute("items", proposal.status() == ProposalStatus.ACCEPTED || proposal.status() == ProposalStatus.IMPLEMENTED
				? jdbc.sql("""
						SELECT i.id, i.number, i.name_kk, i.name_ru, i.name_en FROM roadmap_item i
						JOIN roadmap r ON r.id = i.roadmap_id
						WHERE r.region_id = (SELECT region_id FROM org_unit WHERE id = :unit)
						ORDER BY i.sort_key, i.id LIMIT 1000""").param("unit", proposal.addresseeId())
					.query((rs, n) -> new Option(rs.getLong("id"), rs.getString("number"),
							new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
					.list()
				: java.util.List.of());
		model.addAttribute("due", LocalDate.now().plusDays(30));
		return "proposal/staff-proposal";
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int version, @RequestParam long executorId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		workflow.takeUnderReview(id, version, executorId, dueDate);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam String verdict,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		if ("accept".equals(verdict)) {
			workflow.accept(id, version, answer);
		}
		else {
			workflow.reject(id, version, reason, answer);
		}
		return saved(id, redirect);
	}

	@PostMapping("/{id}/implemented")
	String implemented(@PathVariable long id, @RequestParam int version, @RequestParam String note,
			RedirectAttributes redirect) {
		workflow.markImplemented(id, version, note);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/roadmap-item")
	String linkItem(@PathVariable long id, @RequestParam int version, @RequestParam long roadmapItemId,
			RedirectAttributes redirect) {
		workflow.linkRoadmapItem(id, version, roadmapItemId);
		return saved(id, redirect);
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/proposals/" + id;
	}

	record Option(long id, String number, LocalizedText name) {
	}
}
