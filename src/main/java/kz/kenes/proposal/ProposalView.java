package kz.kenes.proposal;

import java.time.LocalDate;

import kz.kenes.i18n.LocalizedText;

/**
 * A proposal as pages and the API show it. {@code citizenName}, {@code contactEmail} and {@code contactPhone} are
 * filled for the addressee's moderators (its secretaries) only ({@link ProposalQueries#staffView}); everyone else
 * reads them as null. {@code contactsErasedOn} is the day the retention job erased them (the proposal is anonymised).
 */
public record ProposalView(long id, ProposalSource source, ProposalStatus status, String text, String textLanguage,
		Long directionId, LocalizedText direction, long addresseeId, LocalizedText addressee, Long meetingId,
		Long raisedById, LocalizedText raisedBy, String citizenName, String contactEmail, String contactPhone,
		LocalDate contactsErasedOn, LocalDate receivedOn, Long executorId, LocalizedText executor, LocalDate dueDate, String answer,
		String rejectionReason, LocalDate answeredOn, String implementationNote, LocalDate implementedOn,
		Long decisionId, Long roadmapItemId, String roadmapItemNumber, boolean example, int version,
		String contactTelegram, AppealChannel channel) {

	/** Under review past its due date without an answer, on the given day (the application's clock). */
	public boolean overdue(LocalDate today) {
		return status == ProposalStatus.UNDER_REVIEW && dueDate != null && dueDate.isBefore(today);
	}

	ProposalView withoutContact() {
		return new ProposalView(id, source, status, text, textLanguage, directionId, direction, addresseeId,
				addressee, meetingId, raisedById, raisedBy, null, null, null, null, receivedOn, executorId, executor,
				dueDate, answer, rejectionReason, answeredOn, implementationNote, implementedOn, decisionId,
				roadmapItemId, roadmapItemNumber, example, version, null, channel);
	}
}
