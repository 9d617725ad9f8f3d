package kz.kenes.proposal;

/** келіп түсті → қаралуда → қабылданды / қабылданбады → іске асырылды. */
public enum ProposalStatus {
	RECEIVED, UNDER_REVIEW, ACCEPTED, REJECTED, IMPLEMENTED;

	/** Answered proposals are shown to the public together with their official answer. */
	public boolean answered() {
		return this == ACCEPTED || this == REJECTED || this == IMPLEMENTED;
	}
}
