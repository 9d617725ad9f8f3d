package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * A decision of a meeting (хаттамалық тапсырма / протокольное поручение): a numbered protocol point with its
 * responsible executors and due date, followed by the executors' reports until the secretary closes it.
 */
@Table("decision")
public class Decision {

	@Id
	private Long id;
	private Long meetingId;
	private Long councilId;
	private Long regionId;
	private int number;
	private Integer agendaNumber;
	private String textKk;
	private String textRu;
	private String textEn;
	private LocalDate dueDate;
	private DecisionStatus status = DecisionStatus.OPEN;
	private LocalDate completedOn;
	private Long proposalId;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "decision")
	private Set<DecisionExecutor> executors = new HashSet<>();
	@MappedCollection(idColumn = "decision", keyColumn = "position")
	private List<FollowUp> followUps = new ArrayList<>();

	protected Decision() {
	}

	Decision(Meeting meeting, int number, DecisionTerms terms, Long proposalId) {
		this.meetingId = meeting.getId();
		this.councilId = meeting.getCouncilId();
		this.regionId = meeting.getRegionId();
		this.number = number;
		this.proposalId = proposalId;
		apply(meeting, terms);
	}

	void change(Meeting meeting, DecisionTerms terms) {
		requireOpen();
		apply(meeting, terms);
	}

	private void apply(Meeting meeting, DecisionTerms terms) {
		if (terms.textKk() == null || terms.textKk().isBlank() || terms.textRu() == null || terms.textRu().isBlank()) {
			throw new RuleViolation("meeting.error.decisionText");
		}
		if (terms.dueDate() == null) {
			throw new RuleViolation("meeting.error.dueDateRequired");
		}
		if (terms.dueDate().isBefore(meeting.date())) {
			throw new RuleViolation("meeting.error.dueBeforeMeeting");
		}
		if (terms.executorIds() == null || terms.executorIds().isEmpty()) {
			throw new RuleViolation("meeting.error.executorRequired");
		}
		if (terms.agendaNumber() != null) {
			meeting.requireAgendaItem(terms.agendaNumber());
		}
		this.agendaNumber = terms.agendaNumber();
		this.textKk = terms.textKk().strip();
		this.textRu = terms.textRu().strip();
		this.textEn = terms.textEn() == null || terms.textEn().isBlank() ? null : terms.textEn().strip();
		this.dueDate = terms.dueDate();
		Set<DecisionExecutor> newExecutors = new HashSet<>();
		List<Long> ids = terms.executorIds().stream().distinct().toList();
		for (int i = 0; i < ids.size(); i++) {
			newExecutors.add(new DecisionExecutor(ids.get(i), i == 0));
		}
		this.executors = newExecutors;
	}

	void addFollowUp(FollowUp followUp) {
		requireOpen();
		if (followUp.text() == null || followUp.text().isBlank()) {
			throw new RuleViolation("meeting.error.followUpText");
		}
		if (followUp.text().length() > 4000) {
			throw new RuleViolation("meeting.error.summaryTooLong");
		}
		followUps.add(new FollowUp(followUp.reportedOn(), followUp.orgUnitId(), followUp.author(),
				followUp.text().strip()));
	}

	void complete(LocalDate on) {
		requireOpen();
		if (followUps.isEmpty()) {
			throw new RuleViolation("meeting.error.completeWithoutReport");
		}
		this.status = DecisionStatus.DONE;
		this.completedOn = on;
	}

	void reopen() {
		if (status == DecisionStatus.OPEN) {
			throw new RuleViolation("meeting.error.decisionOpen");
		}
		this.status = DecisionStatus.OPEN;
		this.completedOn = null;
	}

	void cancel() {
		requireOpen();
		this.status = DecisionStatus.CANCELLED;
	}

	private void requireOpen() {
		if (status != DecisionStatus.OPEN) {
			throw new RuleViolation("meeting.error.decisionClosed");
		}
	}

	public boolean overdue(LocalDate today) {
		return status == DecisionStatus.OPEN && dueDate.isBefore(today);
	}

	public boolean executedBy(long orgUnitId) {
		return executors.stream().anyMatch(e -> e.orgUnitId() == orgUnitId);
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getCouncilId() {
		return councilId;
	}

	public int getNumber() {
		return number;
	}

	public DecisionStatus getStatus() {
		return status;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public Integer getVersion() {
		return version;
	}

	public Set<DecisionExecutor> executors() {
		return Set.copyOf(executors);
	}

	public List<FollowUp> followUps() {
		return List.copyOf(followUps);
	}

	Snapshot snapshot() {
		return new Snapshot(id, meetingId, number, agendaNumber, textKk, textRu, dueDate, status, completedOn,
				proposalId, executors(), followUps());
	}

	record Snapshot(Long id, Long meetingId, int number, Integer agendaNumber, String textKk, String textRu,
			LocalDate dueDate, DecisionStatus status, LocalDate completedOn, Long proposalId,
			Set<DecisionExecutor> executors, List<FollowUp> followUps) {
	}
}
