package kz.kenes.meeting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.meeting.DecisionView;
import kz.kenes.meeting.DecisionWorkflow;
import kz.kenes.meeting.DecisionStatus;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingStatus;

/** Decisions followed to their end: the council's secretary closes them, executors report on them. */
@Controller
@RequestMapping("/staff/meetings/decisions")
class DecisionStaffController {

	private final MeetingQueries queries;
	private final DecisionWorkflow workflow;

	DecisionStaffController(MeetingQueries queries, DecisionWorkflow workflow) {
		this.queries = queries;
		this.workflow = workflow;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "open") String filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("decisions",
				queries.decisions(!"all".equals(filter), "overdue".equals(filter), 500));
		return "meeting/staff-decisions";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DecisionView decision = queries.staffDecision(id);
		model.addAttribute("d", decision);
		model.addAttribute("canEdit", workflow.canEdit(decision.councilId()));
		model.addAttribute("canReport", workflow.canReport(decision));
		MeetingRecord meeting = queries.record(decision.meetingId()).orElseThrow();
		boolean meetingOpen = meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.HELD;
		model.addAttribute("canChange", meetingOpen && decision.status() == DecisionStatus.OPEN
				&& workflow.canEdit(decision.councilId()));
		model.addAttribute("agenda", meeting.agenda());
		model.addAttribute("executors", queries.executors());
		return "meeting/staff-decision";
	}

	/** The protocol point itself (text, executors, due date) changes only until the protocol is signed. */
	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam int version, MeetingStaffController.DecisionForm form,
			RedirectAttributes redirect) {
		workflow.change(id, version, form.terms());
		return saved(id, redirect);
	}

	@PostMapping("/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam int version, @RequestParam long orgUnitId,
			@RequestParam String text, RedirectAttributes redirect) {
		workflow.reportFollowUp(id, version, orgUnitId, text);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.complete(id, version);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.reopen(id, version);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.cancel(id, version);
		return saved(id, redirect);
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/meetings/decisions/" + id;
	}
}
