package kz.kenes.meeting.web;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import kz.kenes.i18n.Language;
import kz.kenes.meeting.EventFilter;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.meeting.MeetingCalendar;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingStatus;
import kz.kenes.meeting.SignedProtocols;
import kz.kenes.organization.OrgUnits;

/** Held meetings for everyone: their record, decisions and proposals; signed protocols; calendars. */
@Controller
class MeetingPublicController {

	private static final int PAGE = 20;

	private final MeetingQueries queries;
	private final SignedProtocols signedProtocols;
	private final MeetingCalendar calendar;
	private final OrgUnits units;

	MeetingPublicController(MeetingQueries queries, SignedProtocols signedProtocols, MeetingCalendar calendar,
			OrgUnits units) {
		this.units = units;
		this.queries = queries;
		this.signedProtocols = signedProtocols;
		this.calendar = calendar;
	}

	/**
	 * The public events list: held events of every kind, newest first, filtered by kind, format, host (with the units
	 * below it; {@code council} is the older name of the parameter) and the days held.
	 */
	@GetMapping("/meetings")
	String list(@RequestParam(required = false) Long council, @RequestParam(required = false) Long host,
			@RequestParam(required = false) EventKind kind, @RequestParam(required = false) MeetingFormat format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Long unit = host != null ? host : council;
		EventFilter filter = new EventFilter(kind, format, unit, from, to);
		model.addAttribute("events", queries.publicPage(filter, page, PAGE));
		model.addAttribute("filter", filter);
		model.addAttribute("hosts", queries.publicHosts());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("formats", MeetingFormat.values());
		return "meeting/public-list";
	}

	/** A unit's events by kind: how many it (and the units below it) held and the latest of each kind. */
	@GetMapping("/org/{id}/events")
	String byKind(@PathVariable long id, Model model) {
		model.addAttribute("unit", units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id)));
		model.addAttribute("kinds", queries.eventsByKind(id));
		return "meeting/public-by-kind";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		MeetingRecord record = queries.publicRecord(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		model.addAttribute("m", record);
		model.addAttribute("today", queries.todaysFigures(record));
		return "meeting/public-meeting";
	}

	/** Protocols are published once signed. */
	@GetMapping("/meetings/{id}/protocol/{lang}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String lang) {
		signed(id);
		SignedProtocols.StoredDocument document = signedProtocols.document(id, Language.of(lang), "pdf").orElseThrow();
		return MeetingStaffController.download(document.content(), document.fileName(), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/meetings/{id}/protocol/{lang}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable String lang) {
		signed(id);
		SignedProtocols.StoredDocument document = signedProtocols.document(id, Language.of(lang), "docx").orElseThrow();
		return MeetingStaffController.download(document.content(), document.fileName(),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/meetings/{id}/meeting.ics")
	ResponseEntity<byte[]> ics(@PathVariable long id, Language language) {
		MeetingRecord record = queries.publicRecord(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/meetings/{id}").buildAndExpand(id)
			.toUriString();
		return MeetingStaffController.download(
				calendar.event(record, language, url, false).getBytes(StandardCharsets.UTF_8), "meeting-" + id + ".ics",
				MediaType.parseMediaType("text/calendar;charset=UTF-8"));
	}

	/** The calendar feed of a council: its planned and held meetings (subscribe by URL). */
	@GetMapping("/councils/{councilId}/meetings.ics")
	ResponseEntity<byte[]> feed(@PathVariable long councilId, Language language) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.body(calendar.feed(queries.calendar(councilId), language, base).getBytes(StandardCharsets.UTF_8));
	}

	private MeetingRecord signed(long id) {
		return queries.publicRecord(id).filter(r -> r.status() == MeetingStatus.PROTOCOL_SIGNED)
			.orElseThrow(() -> new NoSuchElementException("signed protocol of meeting " + id));
	}
}
