package kz.kenes.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import kz.kenes.i18n.Language;
import kz.kenes.meeting.AgendaDraft;
import kz.kenes.meeting.Attendance;
import kz.kenes.meeting.AudienceKind;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.DecisionTerms;
import kz.kenes.meeting.DecisionWorkflow;
import kz.kenes.meeting.MeetingCalendar;
import kz.kenes.meeting.MeetingDetails;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingWorkflow;
import kz.kenes.meeting.ProtocolDocuments;
import kz.kenes.meeting.SignedProtocols;
import kz.kenes.meeting.ReportDraft;
import kz.kenes.platform.RuleViolation;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalView;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.RoadmapCatalog;

/** The secretary's pages of a council's meetings: schedule, agenda, attendance, reports heard, proposals, decisions. */
@Controller
@RequestMapping("/staff/meetings")
class MeetingStaffController {

	private final MeetingQueries queries;
	private final MeetingWorkflow workflow;
	private final DecisionWorkflow decisions;
	private final ProposalWorkflow proposals;
	private final ProposalQueries proposalQueries;
	private final ProtocolDocuments protocols;
	private final MeetingCalendar calendar;
	private final RoadmapCatalog catalog;
	private final SignedProtocols signedProtocols;
	private final Clock clock;


	MeetingStaffController(MeetingQueries queries, MeetingWorkflow workflow, DecisionWorkflow decisions,
			ProposalWorkflow proposals, ProposalQueries proposalQueries, ProtocolDocuments protocols,
			MeetingCalendar calendar, RoadmapCatalog catalog, SignedProtocols signedProtocols, Clock clock) {
		this.clock = clock;
		this.signedProtocols = signedProtocols;
		this.queries = queries;
		this.workflow = workflow;
		this.decisions = decisions;
		this.proposals = proposals;
		this.proposalQueries = proposalQueries;
		this.protocols = protocols;
		this.calendar = calendar;
		this.catalog = catalog;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long council, Model model) {
		model.addAttribute("meetings", queries.staffList(council, 200));
		model.addAttribute("councils", queries.hostsToKeep());
		return "meeting/staff-list";
	}

	@GetMapping("/new")
	String newMeeting(@RequestParam(required = false) Long council, Language language, Model model) {
		var councils = queries.hostsToKeep();
		if (councils.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("no council to keep");
		}
		long councilId = council != null ? council : councils.get(0).id();
		LocalDate day = LocalDate.now(clock).plusDays(7);
		model.addAttribute("councils", councils);
		model.addAttribute("councilId", councilId);
		model.addAttribute("number", workflow.nextNumber(councilId, day.getYear()));
		model.addAttribute("day", day);
		model.addAttribute("people", queries.peopleOn(LocalDate.now(clock), language));
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("kinds", EventKind.values());
		return "meeting/staff-new";
	}

	@PostMapping
	String schedule(@RequestParam long councilId, MeetingForm form) {
		long id = workflow.schedule(councilId, form.details());
		return "redirect:/staff/meetings/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Language language, Model model) {
		MeetingRecord record = queries.staffRecord(id);
		model.addAttribute("m", record);
		model.addAttribute("today", queries.todaysFigures(record));
		model.addAttribute("canEdit", workflow.canEdit(record.council().id()));
		model.addAttribute("people", queries.peopleOn(record.date(), language));
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("audienceKinds", AudienceKind.values());
		model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
		model.addAttribute("executors", queries.executors());
		model.addAttribute("directions", directions());
		model.addAttribute("programs", programs());
		model.addAttribute("items", roadmapItems(record));
		return "meeting/staff-meeting";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam int version, MeetingForm form, RedirectAttributes redirect) {
		workflow.change(id, version, form.details());
		return saved(id, redirect);
	}

	@PostMapping("/{id}/agenda")
	String addAgenda(@PathVariable long id, @RequestParam int version, AgendaForm form, RedirectAttributes redirect) {
		workflow.addAgendaItem(id, version, form.draft());
		return saved(id, redirect);
	}

	@PostMapping("/{id}/agenda/{number}/remove")
	String removeAgenda(@PathVariable long id, @PathVariable int number, @RequestParam int version,
			RedirectAttributes redirect) {
		workflow.removeAgendaItem(id, version, number);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/invite")
	String invite(@PathVariable long id, @RequestParam int version, @RequestParam long personId,
			RedirectAttributes redirect) {
		workflow.invite(id, version, personId, null);
		return saved(id, redirect);
	}

	/** A co-chair from any level, in the post held on the event's day (found automatically). */
	@PostMapping("/{id}/co-chairs")
	String addCoChair(@PathVariable long id, @RequestParam int version, @RequestParam long personId,
			RedirectAttributes redirect) {
		workflow.addCoChair(id, version, personId, null);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/co-chairs/{personId}/remove")
	String removeCoChair(@PathVariable long id, @PathVariable long personId, @RequestParam int version,
			RedirectAttributes redirect) {
		workflow.removeCoChair(id, version, personId);
		return saved(id, redirect);
	}

	/** An unnamed audience group and its count (replaces an earlier count of the kind). */
	@PostMapping("/{id}/audience")
	String putAudience(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) AudienceKind audienceKind, @RequestParam(required = false) Integer count,
			RedirectAttributes redirect) {
		workflow.putAudienceGroup(id, version, audienceKind, count == null ? 0 : count);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/audience/{kind}/remove")
	String removeAudience(@PathVariable long id, @PathVariable AudienceKind kind, @RequestParam int version,
			RedirectAttributes redirect) {
		workflow.removeAudienceGroup(id, version, kind);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/invite-council")
	String inviteCouncil(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.inviteCouncil(id, version);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/participants/{personId}/remove")
	String removeParticipant(@PathVariable long id, @PathVariable long personId, @RequestParam int version,
			RedirectAttributes redirect) {
		workflow.removeParticipant(id, version, personId);
		return saved(id, redirect);
	}

	/** The attendance sheet posts {@code a<personId>=PRESENT|ABSENT} per participant and the guest count. */
	@PostMapping("/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") int otherGuests,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<Long, Attendance> marks = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.matches("a[0-9]+") && !value.isBlank()) {
				marks.put(personOf(key), attendanceOf(value));
			}
		});
		workflow.recordAttendance(id, version, marks, otherGuests);
		return saved(id, redirect);
	}

	/** A key or value this sheet never writes (an edited form) refuses the whole sheet: nothing is recorded. */
	private static long personOf(String key) {
		if (key.length() > 19) {
			throw new RuleViolation("error.form.malformed");
		}
		return Long.parseLong(key.substring(1));
	}

	private static Attendance attendanceOf(String value) {
		for (Attendance attendance : Attendance.values()) {
			if (attendance.name().equals(value)) {
				return attendance;
			}
		}
		throw new RuleViolation("error.form.malformed");
	}

	@PostMapping("/{id}/walk-in")
	String walkIn(@PathVariable long id, @RequestParam int version, @RequestParam long personId,
			RedirectAttributes redirect) {
		workflow.recordWalkIn(id, version, personId, null);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/reports")
	String recordReport(@PathVariable long id, ReportForm form, RedirectAttributes redirect) {
		workflow.recordReport(id, form.draft());
		return saved(id, redirect);
	}

	@PostMapping("/{id}/reports/{reportId}")
	String changeReport(@PathVariable long id, @PathVariable long reportId, @RequestParam int version,
			ReportForm form, RedirectAttributes redirect) {
		workflow.changeReport(reportId, version, form.draft());
		return saved(id, redirect);
	}

	@PostMapping("/{id}/reports/{reportId}/remove")
	String removeReport(@PathVariable long id, @PathVariable long reportId, @RequestParam int version,
			RedirectAttributes redirect) {
		workflow.removeReport(reportId, version);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/proposals")
	String raiseProposal(@PathVariable long id, @RequestParam long personId, @RequestParam String text,
			@RequestParam(required = false) Long directionId, Language language, RedirectAttributes redirect) {
		workflow.raiseProposal(id, personId, text, directionId, language);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/decisions")
	String decide(@PathVariable long id, DecisionForm form, @RequestParam(required = false) Long proposalId,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		if (proposalId == null) {
			decisions.decide(id, form.terms());
		}
		else {
			decisions.decideOnProposal(id, proposalId, form.terms(), answer);
		}
		return saved(id, redirect);
	}

	/** The decision form, prefilled from a proposal when one is being turned into a decision. */
	@GetMapping("/{id}/decide")
	String decideForm(@PathVariable long id, @RequestParam(required = false) Long proposal, Model model) {
		MeetingRecord record = queries.staffRecord(id);
		model.addAttribute("m", record);
		model.addAttribute("executors", queries.executors());
		ProposalView p = proposal == null ? null : proposalQueries.staffView(proposal);
		model.addAttribute("proposal", p);
		model.addAttribute("due", record.date().plusMonths(3));
		return "meeting/staff-decide";
	}

	@PostMapping("/{id}/held")
	String held(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.markHeld(id, version);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			RedirectAttributes redirect) {
		workflow.signProtocol(id, version, signedOn);
		return saved(id, redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		workflow.cancel(id, version);
		return saved(id, redirect);
	}

	@GetMapping("/{id}/protocol/{lang}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String lang) {
		MeetingRecord record = queries.staffRecord(id);
		Language language = Language.of(lang);
		// a signed protocol is served as stored at signing; before that, as it stands
		return signedProtocols.document(id, language, "pdf")
			.map(d -> download(d.content(), d.fileName(), MediaType.APPLICATION_PDF))
			.orElseGet(() -> download(protocols.pdf(record, language), protocols.fileName(record, language, "pdf"),
					MediaType.APPLICATION_PDF));
	}

	@GetMapping("/{id}/protocol/{lang}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable String lang) {
		MeetingRecord record = queries.staffRecord(id);
		Language language = Language.of(lang);
		MediaType docx = MediaType.parseMediaType(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		return signedProtocols.document(id, language, "docx").map(d -> download(d.content(), d.fileName(), docx))
			.orElseGet(() -> download(protocols.docx(record, language), protocols.fileName(record, language, "docx"),
					docx));
	}

	@GetMapping("/{id}/meeting.ics")
	ResponseEntity<byte[]> ics(@PathVariable long id, Language language) {
		MeetingRecord record = queries.staffRecord(id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/staff/meetings/{id}")
			.buildAndExpand(id).toUriString();
		return download(calendar.event(record, language, url, true).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"meeting-" + id + ".ics", MediaType.parseMediaType("text/calendar;charset=UTF-8"));
	}

	static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(type).body(body);
	}

	private String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/meetings/" + id;
	}

	private List<Option> directions() {
		return catalog.directions().stream().map(d -> new Option(d.getId(), d.getCode(), d.name())).toList();
	}

	private List<Option> programs() {
		return catalog.programs().stream().map(p -> new Option(p.getId(), p.getCode(), p.name())).toList();
	}

	/** Items of the roadmaps of the council's branch, for choosing what a report covered. */
	private List<Option> roadmapItems(MeetingRecord record) {
		long branch = record.branch() == null ? record.council().id() : record.branch().id();
		return catalog.roadmapsUnder(branch).stream()
			.flatMap(r -> catalog.allItems(r.id(), ItemFilter.ALL).stream())
			.map(i -> new Option(i.id(), i.number(), i.name()))
			.toList();
	}

	record Option(long id, String number, kz.kenes.i18n.LocalizedText name) {
	}

	record MeetingForm(Integer number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time, Integer duration, MeetingFormat format,
			String place, String onlineLink, Long chairPersonId, Long secretaryPersonId, EventKind eventKind,
			String onlinePlatform) {

		MeetingDetails details() {
			if (date == null || time == null) {
				throw new kz.kenes.platform.RuleViolation("meeting.error.startsAt");
			}
			return new MeetingDetails(number == null ? 0 : number, LocalDateTime.of(date, time),
					duration == null ? 120 : duration, format, place, onlineLink, chairPersonId, secretaryPersonId,
					eventKind, onlinePlatform);
		}
	}

	/** The period runs from (periodFromYear, periodFromMonth) to (periodYear, periodMonths); no start: from January. */
	record AgendaForm(String titleKk, String titleRu, String titleEn, Long programId, List<Long> directionIds,
			Integer periodYear, Integer periodMonths, Integer periodFromYear, Integer periodFromMonth) {

		AgendaDraft draft() {
			return new AgendaDraft(null, titleKk, titleRu, titleEn, programId, directionIds, periodYear, periodMonths,
					periodFromYear, periodFromYear == null ? null : periodFromMonth == null ? 1 : periodFromMonth);
		}
	}

	record ReportForm(Integer agendaNumber, Long speakerId, String summaryKk, String summaryRu, String summaryEn,
			List<Long> itemIds) {

		ReportDraft draft() {
			if (agendaNumber == null || speakerId == null) {
				throw new kz.kenes.platform.RuleViolation("meeting.error.reportFields");
			}
			return new ReportDraft(agendaNumber, speakerId, null, summaryKk, summaryRu, summaryEn, itemIds);
		}
	}

	record DecisionForm(Integer agendaNumber, String textKk, String textRu, String textEn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, List<Long> executorIds) {

		DecisionTerms terms() {
			return new DecisionTerms(agendaNumber, textKk, textRu, textEn, dueDate, executorIds);
		}
	}
}
