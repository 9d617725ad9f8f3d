package kz.kenes.meeting;

import java.time.LocalDateTime;

import kz.kenes.i18n.LocalizedText;

/** A meeting in a list. */
public record MeetingSummary(long id, long councilId, LocalizedText council, int number, LocalDateTime startsAt,
		MeetingFormat format, String place, MeetingStatus status, int present, int reports, int decisions,
		boolean example) {
}
