package kz.kenes.publication.web;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingSummary;

/** The home page's meetings: the next planned ones of every council and the latest held. */
@ControllerAdvice(assignableTypes = HomeController.class)
class HomeMeetings {

	static final int COUNT = 3;

	private final MeetingQueries meetings;

	HomeMeetings(MeetingQueries meetings) {
		this.meetings = meetings;
	}

	@ModelAttribute("nextMeetings")
	List<MeetingSummary> next() {
		return meetings.upcoming(LocalDateTime.now(Formats.ZONE), COUNT);
	}

	@ModelAttribute("heldMeetings")
	List<MeetingSummary> held() {
		return meetings.publicList(null, COUNT, 0);
	}
}
