package kz.kenes.proposal;

import java.time.LocalDate;

import kz.kenes.i18n.Language;

/** A proposal raised by a person at a council meeting. */
public record MeetingProposal(long councilId, long meetingId, long personId, String text, Language language,
		Long directionId, LocalDate raisedOn) {
}
