package kz.kenes.meeting;

import java.time.LocalDateTime;

/**
 * What the secretary fills in when scheduling or changing an event: its number, time, format, place (as text), the
 * online link (staff only) and platform's name (Zoom, Teams, … shown publicly), chair and secretary, and its kind.
 */
public record MeetingDetails(int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format,
		String place, String onlineLink, Long chairPersonId, Long secretaryPersonId, EventKind kind,
		String onlinePlatform) {

	/** Without a kind: a new event is a council meeting, a changed one keeps its kind. */
	public MeetingDetails(int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format, String place,
			String onlineLink, Long chairPersonId, Long secretaryPersonId) {
		this(number, startsAt, durationMinutes, format, place, onlineLink, chairPersonId, secretaryPersonId,
				null, null);
	}
}
