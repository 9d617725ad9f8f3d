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

import kz.kenes.i18n.Language;
import kz.kenes.meeting.MeetingCalendar;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingStatus;
import kz.kenes.meeting.SignedProtocols;

/** Held meetings for everyone: their record, decisions and proposals; signed protocols; calendars. */
@Controller
class MeetingPublicController {

	private static final int PAGE = 20;

	private final MeetingQueries queries;
	private final SignedProtocols signedProtocols;
	private final MeetingCalendar calendar;

	MeetingPublicController(MeetingQueries queries, SignedProtocols signedProtocols, MeetingCalendar calendar) {
		this.queries = queries;
		this.signedProtocols = signedProtocols;
		this.calendar = calendar;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) Long council, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int p = Math.max(0, page);
		model.addAttribute("meetings", queries.publicList(council, PAGE + 1, p * PAGE));
		model.addAttribute("page", p);
		model.addAttribute("pageSize", PAGE);
		model.addAttribute("council", council);
		return "meeting/public-list";
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
