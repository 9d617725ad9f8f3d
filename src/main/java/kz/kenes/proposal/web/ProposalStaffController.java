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

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.proposal.AppealChannel;
import kz.kenes.proposal.ProposalReceipt;
import kz.kenes.proposal.RecordedAppeal;
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
	private final Access access;

	private final java.time.Clock clock;

	ProposalStaffController(ProposalQueries queries, ProposalWorkflow workflow, JdbcClient jdbc, Access access,
			java.time.Clock clock) {
		this.clock = clock;
		this.access = access;
		this.queries = queries;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	@GetMapping
	String list(@RequestParam(required = false) ProposalStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("proposals", queries.staffList(status, 500));
		model.addAttribute("today", LocalDate.now(clock));
		return "proposal/staff-list";
	}

	/** The form for a question or appeal received in person, by phone, by letter or at an event. */
	@GetMapping("/appeals/new")
	String newAppeal(Model model) {
		List<Long> units = access.isAdmin() ? List.of() : access.unitsWith(Role.SECRETARY);
		if (!access.isAdmin() && units.isEmpty()) {
			throw new AccessDeniedException("Only secretaries record appeals");
		}
		model.addAttribute("addressees", jdbc.sql("""
				SELECT u.id, u.name_kk, u.name_ru, u.name_en FROM org_unit u
				WHERE u.kind NOT IN ('DEPARTMENT', 'NGO')
				  AND (:all OR u.id IN (:units) OR EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) p
				                                           WHERE u.path LIKE p || '%'))
				ORDER BY u.path LIMIT 500""")
			.param("all", access.isAdmin()).param("units", units.isEmpty() ? List.of(-1L) : units)
			.param("paths", units.stream().map(id -> "%/" + id + "/").toArray(String[]::new))
			.query((rs, n) -> new Option(rs.getLong("id"), null,
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list());
		model.addAttribute("channels", AppealChannel.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "proposal/staff-appeal-form";
	}

	@PostMapping("/appeals")
	String recordAppeal(@RequestParam long addresseeId, @RequestParam AppealChannel channel,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String raisedBy, @RequestParam String text,
			@RequestParam(defaultValue = "kk") String language, RedirectAttributes redirect) {
		ProposalReceipt receipt = workflow.recordAppeal(new RecordedAppeal(addresseeId, text, Language.of(language), null, raisedBy,
				channel, receivedOn));
		return saved(receipt.id(), redirect);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ProposalView proposal = queries.staffView(id);
		model.addAttribute("p", proposal);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canReview", workflow.canReview(proposal));
		model.addAttribute("canAnswer", workflow.canAnswer(proposal));
		model.addAttribute("executors", jdbc.sql("""
				SELECT id, name_kk, name_ru, name_en FROM org_unit
				WHERE kind IN ('DEPARTMENT','AKIMAT','RURAL_AKIMAT','MASLIKHAT','INSTITUTION','NGO','CITY_BRANCH','REGIONAL_BRANCH','DISTRICT_BRANCH')
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
		// due dates count from the day the proposal was received (an appeal may be recorded long after)
		model.addAttribute("due", proposal.receivedOn().plusDays(30));
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
