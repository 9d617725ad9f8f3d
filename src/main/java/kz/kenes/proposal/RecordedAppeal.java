package kz.kenes.proposal;

import java.time.LocalDate;

import kz.kenes.i18n.Language;

/**
 * A question or an appeal that staff record for someone who raised it in person, by phone, by letter or at an event:
 * the unit it is addressed to, the text, how and when it was received (back-dated for history, never in the future)
 * and, optionally, who raised it (a person or a group: «Самал шағын ауданының тұрғындары»).
 */
public record RecordedAppeal(long addresseeId, String text, Language language, Long directionId, String raisedBy,
		AppealChannel channel, LocalDate receivedOn) {
}
