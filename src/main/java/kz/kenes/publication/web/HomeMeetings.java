package kz.kenes.publication.web;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingStatus;
import kz.kenes.meeting.MeetingSummary;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;

/** The home page's meetings: the next planned ones of every council and the latest held. */
@ControllerAdvice(assignableTypes = HomeController.class)
class HomeMeetings {

	static final int COUNT = 3;

	private final MeetingQueries meetings;
	private final OrgUnits units;

	HomeMeetings(MeetingQueries meetings, OrgUnits units) {
		this.meetings = meetings;
		this.units = units;
	}

	@ModelAttribute("nextMeetings")
	List<MeetingSummary> next() {
		LocalDateTime now = LocalDateTime.now(Formats.ZONE);
		return units.findByKind(OrgUnitKind.COUNCIL).stream()
			.flatMap(c -> meetings.calendar(c.getId()).stream())
			.filter(m -> m.status() == MeetingStatus.PLANNED && m.startsAt().isAfter(now))
			.sorted(Comparator.comparing(MeetingSummary::startsAt))
			.limit(COUNT)
			.toList();
	}

	@ModelAttribute("heldMeetings")
	List<MeetingSummary> held() {
		return meetings.publicList(null, COUNT, 0);
	}
}
