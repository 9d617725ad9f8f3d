package kz.kenes.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import kz.kenes.i18n.LocalizedText;

/** A decision with its executors and follow-up reports; {@code overdue} is open past its due date. */
public record DecisionView(long id, long meetingId, int meetingNumber, LocalDateTime meetingStartsAt,
		long councilId, LocalizedText council, int number, Integer agendaNumber, LocalizedText text,
		LocalDate dueDate, DecisionStatus status, LocalDate completedOn, Long proposalId, List<Executor> executors,
		List<FollowUpView> followUps, boolean overdue, boolean meetingPublic, int version) {

	public record Executor(long id, LocalizedText name, boolean lead) {
	}

	public record FollowUpView(LocalDate reportedOn, Long orgUnitId, LocalizedText orgUnit, String author,
			String text) {
	}
}
