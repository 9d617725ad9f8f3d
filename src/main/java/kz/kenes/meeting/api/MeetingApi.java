package kz.kenes.meeting.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.kenes.platform.web.PageWindow;
import kz.kenes.i18n.Language;
import kz.kenes.identity.PublicPaths;
import kz.kenes.meeting.AgendaDraft;
import kz.kenes.meeting.Attendance;
import kz.kenes.meeting.AudienceKind;
import kz.kenes.meeting.DecisionTerms;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.DecisionView;
import kz.kenes.meeting.DecisionWorkflow;
import kz.kenes.meeting.MeetingDetails;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingSummary;
import kz.kenes.meeting.MeetingWorkflow;
import kz.kenes.meeting.ReportDraft;

/**
 * REST API of meetings and decisions. Reads of held meetings and their decisions are public (no contact data, no
 * online links); the council's secretary and members read everything of their councils; changes need the council's
 * SECRETARY (follow-ups: a REPORTER of an executor). Changes carry the version that was read: a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings", description = "Council meetings, agenda, attendance, reports heard, decisions")
class MeetingApi {

	record MeetingRequest(long councilId, int number, LocalDateTime startsAt, Integer durationMinutes,
			MeetingFormat format, String place, String onlineLink, Long chairPersonId, Long secretaryPersonId,
			Integer version, EventKind eventKind, String onlinePlatform) {

		/** Without a kind a new event is a council meeting and a changed one keeps its kind. */
		MeetingDetails details() {
			return new MeetingDetails(number, startsAt, durationMinutes == null ? 120 : durationMinutes, format, place,
					onlineLink, chairPersonId, secretaryPersonId, eventKind, onlinePlatform);
		}
	}

	record CoChairRequest(int version, long personId, Long positionId) {
	}

	record AudienceRequest(int version, AudienceKind audienceKind, Integer count) {
	}

	record VersionRequest(int version) {
	}

	record AgendaRequest(int version, Integer number, String titleKk, String titleRu, String titleEn, Long programId,
			List<Long> directionIds, Integer periodYear, Integer periodMonths, Integer periodFromYear,
			Integer periodFromMonth) {
	}

	record InviteRequest(int version, long personId, Long positionId) {
	}

	record AttendanceRequest(int version, Map<Long, Attendance> attendance, int otherGuests) {
	}

	record SignRequest(int version, LocalDate signedOn) {
	}

	record ProposalRequest(long personId, String text, Long directionId, Language language) {
	}

	record DecisionRequest(Integer agendaNumber, String textKk, String textRu, String textEn, LocalDate dueDate,
			List<Long> executorIds, Long proposalId, String answer) {

		DecisionTerms terms() {
			return new DecisionTerms(agendaNumber, textKk, textRu, textEn, dueDate, executorIds);
		}
	}

	record FollowUpRequest(int version, long orgUnitId, String text) {
	}

	record Created(long id) {
	}

	private final MeetingQueries queries;
	private final MeetingWorkflow meetings;
	private final DecisionWorkflow decisions;

	MeetingApi(MeetingQueries queries, MeetingWorkflow meetings, DecisionWorkflow decisions) {
		this.queries = queries;
		this.meetings = meetings;
		this.decisions = decisions;
	}

	@GetMapping("/meetings")
	@Operation(summary = "Held meetings, newest first (public), optionally of one council")
	List<MeetingSummary> list(@RequestParam(required = false) Long councilId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageWindow window = PageWindow.of(page, size, 200);
		return queries.publicList(councilId, window.limit(), window.offset());
	}

	@GetMapping("/meetings/mine")
	@Operation(summary = "Meetings of the councils the caller keeps or sits on (login required)")
	List<MeetingSummary> mine(@RequestParam(required = false) Long councilId) {
		return queries.staffList(councilId, 500);
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "The record of a meeting: public once held; the council's secretary and members see it "
			+ "from the start (with the online link)")
	MeetingRecord record(@PathVariable long id) {
		MeetingRecord record = queries.record(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		if (meetings.canRead(record.council().id())) {
			return record;
		}
		return queries.publicRecord(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
	}

	@PostMapping("/meetings")
	@Operation(summary = "Schedule a meeting (SECRETARY of the council)")
	ResponseEntity<Created> schedule(@RequestBody MeetingRequest request) {
		long id = meetings.schedule(request.councilId(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(new Created(id));
	}

	@PutMapping("/meetings/{id}")
	@Operation(summary = "Change number, time, format, place, chair, secretary")
	void change(@PathVariable long id, @RequestBody MeetingRequest request) {
		meetings.change(id, required(request.version()), request.details());
	}

	@PostMapping("/meetings/{id}/agenda")
	@Operation(summary = "Add an agenda item (directions and a review period from periodFromYear/periodFromMonth to "
			+ "periodYear/periodMonths; without a start, from January of periodYear)")
	void addAgenda(@PathVariable long id, @RequestBody AgendaRequest r) {
		meetings.addAgendaItem(id, r.version(), new AgendaDraft(r.number(), r.titleKk(), r.titleRu(), r.titleEn(),
				r.programId(), r.directionIds(), r.periodYear(), r.periodMonths(), r.periodFromYear(),
				r.periodFromMonth()));
	}

	@PostMapping("/meetings/{id}/co-chairs")
	@Operation(summary = "Add a co-chair from any level, in the post held on the event's day (found when not given; "
			+ "refused when there is none)")
	void coChair(@PathVariable long id, @RequestBody CoChairRequest r) {
		meetings.addCoChair(id, r.version(), r.personId(), r.positionId());
	}

	@PostMapping("/meetings/{id}/audience")
	@Operation(summary = "Record an unnamed audience group: its kind and how many came (1 to 100,000)")
	void audience(@PathVariable long id, @RequestBody AudienceRequest r) {
		meetings.putAudienceGroup(id, r.version(), r.audienceKind(), r.count() == null ? 0 : r.count());
	}

	@PostMapping("/meetings/{id}/participants")
	@Operation(summary = "Invite a person, in the position held on the meeting day (found when not given)")
	void invite(@PathVariable long id, @RequestBody InviteRequest r) {
		meetings.invite(id, r.version(), r.personId(), r.positionId());
	}

	@PostMapping("/meetings/{id}/attendance")
	@Operation(summary = "Record who was present or absent (person id → PRESENT/ABSENT) and the number of other guests")
	void attendance(@PathVariable long id, @RequestBody AttendanceRequest r) {
		meetings.recordAttendance(id, r.version(), r.attendance() == null ? Map.of() : r.attendance(), r.otherGuests());
	}

	@PostMapping("/meetings/{id}/reports")
	@Operation(summary = "Record a report heard; the figures of the roadmap items it covered are frozen as of the "
			+ "meeting day")
	ResponseEntity<Created> report(@PathVariable long id, @RequestBody ReportDraft draft) {
		long reportId = meetings.recordReport(id, draft);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(new Created(reportId));
	}

	@PostMapping("/meetings/{id}/proposals")
	@Operation(summary = "Record a proposal raised at the meeting (secretary or member of the council)")
	ResponseEntity<Created> proposal(@PathVariable long id, @RequestBody ProposalRequest r) {
		long proposalId = meetings.raiseProposal(id, r.personId(), r.text(), r.directionId(),
				r.language() == null ? Language.KK : r.language());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposalId)).body(new Created(proposalId));
	}

	@PostMapping("/meetings/{id}/decisions")
	@Operation(summary = "Add a decision (protocol point); with proposalId the proposal becomes this decision")
	ResponseEntity<Created> decide(@PathVariable long id, @RequestBody DecisionRequest r) {
		long decisionId = r.proposalId() == null ? decisions.decide(id, r.terms())
				: decisions.decideOnProposal(id, r.proposalId(), r.terms(), r.answer());
		return ResponseEntity.created(URI.create("/api/v1/decisions/" + decisionId)).body(new Created(decisionId));
	}

	@PostMapping("/meetings/{id}/held")
	@Operation(summary = "Mark the meeting held (planned → held)")
	void held(@PathVariable long id, @RequestBody VersionRequest r) {
		meetings.markHeld(id, r.version());
	}

	@PostMapping("/meetings/{id}/sign")
	@Operation(summary = "Record that the protocol was signed (held → protocol signed); the record becomes final")
	void sign(@PathVariable long id, @RequestBody SignRequest r) {
		meetings.signProtocol(id, r.version(), r.signedOn());
	}

	@PostMapping("/meetings/{id}/cancel")
	@Operation(summary = "Cancel a planned meeting")
	void cancel(@PathVariable long id, @RequestBody VersionRequest r) {
		meetings.cancel(id, r.version());
	}

	@GetMapping("/decisions")
	@Operation(summary = "Decisions of held meetings (public)")
	List<DecisionView> publicDecisions(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageWindow window = PageWindow.of(page, size, 200);
		return queries.publicDecisions(window.limit(), window.offset());
	}

	@GetMapping("/decisions/mine")
	@Operation(summary = "Decisions the caller works with (their councils, or assigned to their units); "
			+ "filter=open|overdue|all")
	List<DecisionView> myDecisions(@RequestParam(defaultValue = "open") String filter) {
		return queries.decisions(!"all".equals(filter), "overdue".equals(filter), 500);
	}

	@GetMapping("/decisions/{id}")
	@Operation(summary = "A decision with its executors and follow-up reports")
	DecisionView decision(@PathVariable long id) {
		DecisionView view = queries.decision(id).orElseThrow(() -> new NoSuchElementException("decision " + id));
		return view.meetingPublic() ? view : queries.staffDecision(id);
	}

	@PostMapping("/decisions/{id}/follow-ups")
	@Operation(summary = "A follow-up report by an executor (REPORTER of that unit) or the secretary")
	void followUp(@PathVariable long id, @RequestBody FollowUpRequest r) {
		decisions.reportFollowUp(id, r.version(), r.orgUnitId(), r.text());
	}

	@PostMapping("/decisions/{id}/complete")
	@Operation(summary = "Mark a decision done (SECRETARY; needs at least one follow-up report)")
	void complete(@PathVariable long id, @RequestBody VersionRequest r) {
		decisions.complete(id, r.version());
	}

	private static int required(Integer version) {
		if (version == null) {
			throw new IllegalArgumentException("version is required for an update");
		}
		return version;
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicMeetingPaths {

		@Bean
		PublicPaths meetingPublicPaths() {
			return PublicPaths.of("/api/v1/meetings", "/api/v1/meetings/{id:\\d+}", "/api/v1/decisions",
					"/api/v1/decisions/{id:\\d+}");
		}
	}
}
