package kz.kenes.meeting;

import java.time.LocalDateTime;

/** What the secretary fills in when scheduling or changing a meeting. */
public record MeetingDetails(int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format,
		String place, String onlineLink, Long chairPersonId, Long secretaryPersonId) {
}
