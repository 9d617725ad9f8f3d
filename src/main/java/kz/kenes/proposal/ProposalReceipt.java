package kz.kenes.proposal;

/** What the proposer keeps: the proposal's number and the code with which they follow its answer. */
public record ProposalReceipt(long id, String trackingCode) {
}
