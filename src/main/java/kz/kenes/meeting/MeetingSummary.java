package kz.kenes.meeting;

import java.time.LocalDateTime;

import kz.kenes.i18n.LocalizedText;

/**
 * An event in a list: {@code councilId}/{@code council} are its host (any unit), with its kind, format and the
 * online platform's name.
 */
public record MeetingSummary(long id, long councilId, LocalizedText council, int number, LocalDateTime startsAt,
		MeetingFormat format, String place, MeetingStatus status, int present, int reports, int decisions,
		boolean example, EventKind kind, String onlinePlatform, int audience) {
}
