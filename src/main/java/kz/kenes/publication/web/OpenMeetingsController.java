package kz.kenes.publication.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.meeting.DecisionView;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingSummary;

/**
 * Open data of held meetings: the list, each record (officials present with their positions, agenda, reports with
 * the figures heard, decisions) and the decisions as CSV. Only officials' names and positions; no contact data, no
 * follow-up authors, no citizens' names.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = "Open data")
class OpenMeetingsController {

	static final int MAX = 500;

	private final MeetingQueries meetings;

	OpenMeetingsController(MeetingQueries meetings) {
		this.meetings = meetings;
	}

	/** An event in the list; {@code councilId}/{@code council} are its host (any unit), as {@code hostId}/{@code host}. */
	record OpenMeeting(long id, long councilId, LocalizedText council, int number, LocalDateTime startsAt,
			String status, int present, int reports, int decisions, String kind, String format,
			String onlinePlatform, long hostId, LocalizedText host, int audience) {
	}

	/** An unnamed audience group: its kind (RESIDENTS, JOURNALISTS, …) and how many came. */
	record OpenAudienceGroup(String kind, int count) {
	}

	record OpenOfficial(LocalizedText name, LocalizedText position) {
	}

	record OpenFigure(String itemNumber, LocalizedText item, LocalizedText indicator, String unit, int year,
			BigDecimal planned, BigDecimal actual, String status) {
	}

	record OpenReport(OpenOfficial speaker, LocalizedText summary, LocalDate figuresAsOf, List<OpenFigure> figures) {
	}

	record OpenDecision(long id, int number, LocalizedText text, LocalDate dueDate, String status,
			LocalDate completedOn, List<LocalizedText> executors) {
	}

	/** The review period runs from (periodFromYear, periodFromMonth) to (periodYear, periodMonths). */
	record OpenAgendaItem(int number, LocalizedText title, Integer periodYear, Integer periodMonths,
			List<LocalizedText> directions, Integer periodFromYear, Integer periodFromMonth, LocalizedText period) {
	}

	record OpenMeetingRecord(long id, LocalizedText council, LocalizedText branch, int number, LocalDateTime startsAt,
			String place, String status, LocalDate protocolSignedOn, List<OpenAgendaItem> agenda,
			List<OpenOfficial> present, int otherGuests, List<OpenReport> reports, List<OpenDecision> decisions,
			String kind, String format, String onlinePlatform, LocalizedText host, List<OpenOfficial> chairs,
			List<OpenAudienceGroup> audience) {
	}

	@GetMapping("/meetings")
	@Operation(summary = "Held meetings, newest first")
	List<OpenMeeting> list(@RequestParam(required = false) Long council,
			@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
		return meetings.publicList(council, Math.max(1, Math.min(limit, MAX)), Math.max(0, offset)).stream()
			.map(OpenMeetingsController::meeting).toList();
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "The record of a held meeting")
	OpenMeetingRecord record(@PathVariable long id) {
		MeetingRecord m = meetings.publicRecord(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		return new OpenMeetingRecord(m.id(), m.council().name(), m.branch() == null ? null : m.branch().name(),
				m.number(), m.startsAt(), m.place(), m.status().name(), m.protocolSignedOn(),
				m.agenda().stream().map(a -> new OpenAgendaItem(a.number(), a.title(), a.periodYear(), a.periodMonths(),
						a.directions(), a.span() == null ? null : a.span().fromYear(),
						a.span() == null ? null : a.span().fromMonth(), a.span() == null ? null
								: new LocalizedText(a.span().label(Language.KK), a.span().label(Language.RU),
										a.span().label(Language.EN)))).toList(),
				m.present().stream().map(a -> official(a.person())).toList(), m.otherGuests(),
				m.reports().stream().map(r -> new OpenReport(official(r.speaker()), r.summary(), r.figuresAsOf(),
						r.figures().stream().map(f -> new OpenFigure(f.itemNumber(), f.itemName(), f.indicatorName(),
								f.unit(), f.year(), f.planned(), f.actual(), f.status())).toList()))
					.toList(),
				m.decisions().stream().map(OpenMeetingsController::decision).toList(), m.kind().name(),
				m.format().name(), m.onlinePlatform(), m.host().name(),
				m.chairs().stream().map(OpenMeetingsController::official).toList(),
				m.audience().stream().map(g -> new OpenAudienceGroup(g.kind().name(), g.count())).toList());
	}

	@GetMapping(value = "/decisions.csv", produces = "text/csv")
	@Operation(summary = "Decisions of held meetings as CSV, with executors, due dates and status")
	ResponseEntity<byte[]> decisionsCsv() {
		OpenDataController.Csv csv = new OpenDataController.Csv("meeting_id", "meeting_date", "council_kk",
				"council_ru", "meeting_number", "decision_number", "text_kk", "text_ru", "executors_kk", "due_date",
				"status", "completed_on");
		for (DecisionView d : meetings.publicDecisions(5000, 0)) {
			csv.row(d.meetingId(), d.meetingStartsAt().toLocalDate(), d.council().kk(), d.council().ru(),
					d.meetingNumber(), d.number(), d.text().kk(), d.text().ru(),
					d.executors().stream().map(e -> e.name().kk()).collect(Collectors.joining("; ")), d.dueDate(),
					d.status().name(), d.completedOn());
		}
		return OpenDataController.csvResponse(csv, "decisions.csv");
	}

	private static OpenMeeting meeting(MeetingSummary m) {
		return new OpenMeeting(m.id(), m.councilId(), m.council(), m.number(), m.startsAt(), m.status().name(),
				m.present(), m.reports(), m.decisions(), m.kind().name(), m.format().name(), m.onlinePlatform(),
				m.councilId(), m.council(), m.audience());
	}

	private static OpenOfficial official(MeetingRecord.PersonRef person) {
		return new OpenOfficial(person.name(), person.position());
	}

	private static OpenDecision decision(DecisionView d) {
		return new OpenDecision(d.id(), d.number(), d.text(), d.dueDate(), d.status().name(), d.completedOn(),
				d.executors().stream().map(DecisionView.Executor::name).toList());
	}
}
