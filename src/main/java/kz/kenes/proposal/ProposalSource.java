package kz.kenes.proposal;

/**
 * Where a proposal came from: raised by a person at a council meeting, sent by a citizen through the portal, or a
 * question or appeal recorded by staff as it was received (in person, by phone, by letter, at an event).
 */
public enum ProposalSource {
	MEETING, CITIZEN, APPEAL
}
