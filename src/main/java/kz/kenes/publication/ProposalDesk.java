package kz.kenes.publication;

import java.time.LocalDate;
import java.util.Optional;

import kz.kenes.i18n.Language;

/**
 * The proposal workflow as the portal sees it: a moderated citizen proposal is handed over, and its answer read
 * back for the proposer. Implemented over the proposal module's public API.
 */
public interface ProposalDesk {

	/** Hands the submission to the proposal workflow; returns the proposal's id. */
	long forward(CitizenSubmission submission);

	/** Where the proposal stands, as the public may see it (no contact data). */
	Optional<ProposalState> state(long proposalId, Language language);

	record ProposalState(String status, String statusLabel, boolean answered, String answer, String rejectionReason,
			LocalDate answeredOn, String executor, LocalDate dueDate) {
	}
}
