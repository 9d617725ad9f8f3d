package kz.kenes.proposal;

/** Where a proposal came from: raised by a person at a council meeting, or sent by a citizen through the portal. */
public enum ProposalSource {
	MEETING, CITIZEN
}
