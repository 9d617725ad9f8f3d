package kz.kenes.meeting;

import java.time.LocalDate;

/**
 * What the public events list is filtered by; every part optional: the kind, the format, the host (the unit or any
 * unit below it: a branch's filter shows its councils' events too) and the days the event took place (inclusive).
 */
public record EventFilter(EventKind kind, MeetingFormat format, Long host, LocalDate from, LocalDate to) {

	public static final EventFilter ALL = new EventFilter(null, null, null, null, null);
}
