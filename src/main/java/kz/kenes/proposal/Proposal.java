package kz.kenes.proposal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * A proposal and its review. Transitions are guarded here: received → under review (executor and due date set) →
 * accepted (with the official answer) or rejected (with a reason) → implemented. Only an accepted proposal may become
 * a decision or a roadmap item.
 */
@Table("proposal")
public class Proposal {

	@Id
	private Long id;
	private Long addresseeId;
	private Long regionId;
	private ProposalSource source;
	private Long meetingId;
	private Long raisedByPerson;
	private String citizenName;
	private String contactEmail;
	private String contactPhone;
	private String contactTelegram;
	private AppealChannel channel;
	private LocalDate contactsErasedOn;
	private String trackingCode;
	private String text;
	private String textLanguage;
	private Long directionId;
	private ProposalStatus status = ProposalStatus.RECEIVED;
	private LocalDate receivedOn;
	private Long executorId;
	private LocalDate dueDate;
	private String answer;
	private String rejectionReason;
	private LocalDate answeredOn;
	private String answeredBy;
	private String implementationNote;
	private LocalDate implementedOn;
	private Long decisionId;
	private Long roadmapItemId;
	private boolean isExample;
	@Version
	private Integer version;

	protected Proposal() {
	}

	private Proposal(ProposalSource source, long addresseeId, Long regionId, String text, String textLanguage,
			Long directionId, LocalDate receivedOn, String trackingCode) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation("proposal.error.textRequired");
		}
		if (text.length() > 4000) {
			throw new RuleViolation("proposal.error.textTooLong");
		}
		this.source = source;
		this.addresseeId = addresseeId;
		this.regionId = regionId;
		this.text = text.strip();
		this.textLanguage = textLanguage;
		this.directionId = directionId;
		this.receivedOn = receivedOn;
		this.trackingCode = trackingCode;
	}

	static Proposal atMeeting(long councilId, Long regionId, long meetingId, long personId, String text,
			String textLanguage, Long directionId, LocalDate raisedOn, String trackingCode) {
		Proposal proposal = new Proposal(ProposalSource.MEETING, councilId, regionId, text, textLanguage, directionId,
				raisedOn, trackingCode);
		proposal.meetingId = meetingId;
		proposal.raisedByPerson = personId;
		return proposal;
	}

	static Proposal fromCitizen(long addresseeId, Long regionId, String name, String email, String phone,
			String telegram, String text, String textLanguage, Long directionId, LocalDate receivedOn,
			String trackingCode) {
		Proposal proposal = new Proposal(ProposalSource.CITIZEN, addresseeId, regionId, text, textLanguage,
				directionId, receivedOn, trackingCode);
		proposal.citizenName = blankToNull(name);
		proposal.contactEmail = contact(email, CitizenContact.Kind.EMAIL, "proposal.error.email");
		proposal.contactPhone = contact(phone, CitizenContact.Kind.PHONE, "proposal.error.phone");
		proposal.contactTelegram = contact(telegram, CitizenContact.Kind.TELEGRAM, "proposal.error.telegram");
		return proposal;
	}

	/**
	 * A question or appeal recorded by staff as it was received: back-dated for history, never in the future (due
	 * dates then count from the day it was received).
	 */
	static Proposal appeal(long addresseeId, Long regionId, AppealChannel channel, String raisedBy, String text,
			String textLanguage, Long directionId, LocalDate receivedOn, LocalDate today, String trackingCode) {
		if (channel == null) {
			throw new RuleViolation("proposal.error.channelRequired");
		}
		if (receivedOn == null) {
			throw new RuleViolation("proposal.error.receivedRequired");
		}
		if (receivedOn.isAfter(today)) {
			throw new RuleViolation("proposal.error.receivedInFuture");
		}
		String who = blankToNull(raisedBy);
		if (who != null && who.length() > 300) {
			throw new RuleViolation("proposal.error.textTooLong");
		}
		Proposal proposal = new Proposal(ProposalSource.APPEAL, addresseeId, regionId, text, textLanguage,
				directionId, receivedOn, trackingCode);
		proposal.citizenName = who;
		proposal.channel = channel;
		return proposal;
	}

	/** A contact of the given kind in its written form; anything else is refused with the key's message. */
	private static String contact(String value, CitizenContact.Kind kind, String error) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return CitizenContact.parse(value).filter(c -> c.kind() == kind).map(CitizenContact::value)
			.orElseThrow(() -> new RuleViolation(error));
	}

	void markExample() {
		this.isExample = true;
	}

	/** The secretary takes the proposal under review and names who must answer, and by when. */
	void takeUnderReview(long executorId, LocalDate dueDate) {
		if (status != ProposalStatus.RECEIVED && status != ProposalStatus.UNDER_REVIEW) {
			throw new RuleViolation("proposal.error.notOpen");
		}
		if (dueDate == null) {
			throw new RuleViolation("proposal.error.dueDateRequired");
		}
		if (dueDate.isBefore(receivedOn)) {
			throw new RuleViolation("proposal.error.dueBeforeReceived");
		}
		this.executorId = executorId;
		this.dueDate = dueDate;
		this.status = ProposalStatus.UNDER_REVIEW;
	}

	void accept(String answer, LocalDate on, String by) {
		requireUnderReview();
		this.answer = required(answer, "proposal.error.answerRequired");
		this.rejectionReason = null;
		answered(on, by);
		this.status = ProposalStatus.ACCEPTED;
	}

	void reject(String reason, String answer, LocalDate on, String by) {
		requireUnderReview();
		this.rejectionReason = required(reason, "proposal.error.reasonRequired");
		this.answer = answer == null || answer.isBlank() ? this.rejectionReason : answer.strip();
		answered(on, by);
		this.status = ProposalStatus.REJECTED;
	}

	void markImplemented(String note, LocalDate on) {
		if (status != ProposalStatus.ACCEPTED) {
			throw new RuleViolation("proposal.error.notAccepted");
		}
		this.implementationNote = required(note, "proposal.error.noteRequired");
		this.implementedOn = on;
		this.status = ProposalStatus.IMPLEMENTED;
	}

	void linkDecision(long decisionId) {
		requireAcceptedForLink();
		if (this.decisionId != null && this.decisionId != decisionId) {
			throw new RuleViolation("proposal.error.alreadyDecision");
		}
		this.decisionId = decisionId;
	}

	/**
	 * The council adopts the proposal at its meeting as a protocol decision: an open proposal is accepted on the spot
	 * (the decision's lead executor and due date become the proposal's), an accepted one is simply linked.
	 */
	void adoptAsDecision(long decisionId, long executorId, LocalDate dueDate, String answer, LocalDate on, String by) {
		if (status == ProposalStatus.RECEIVED || status == ProposalStatus.UNDER_REVIEW) {
			this.executorId = executorId;
			this.dueDate = dueDate;
			this.status = ProposalStatus.UNDER_REVIEW;
			accept(answer, on, by);
		}
		linkDecision(decisionId);
	}

	void linkRoadmapItem(long roadmapItemId) {
		requireAcceptedForLink();
		this.roadmapItemId = roadmapItemId;
	}

	private void requireAcceptedForLink() {
		if (status != ProposalStatus.ACCEPTED && status != ProposalStatus.IMPLEMENTED) {
			throw new RuleViolation("proposal.error.notAccepted");
		}
	}

	private void requireUnderReview() {
		if (status != ProposalStatus.UNDER_REVIEW) {
			throw new RuleViolation("proposal.error.notUnderReview");
		}
	}

	private void answered(LocalDate on, String by) {
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("proposal.error.answerBeforeReceived");
		}
		this.answeredOn = on;
		this.answeredBy = by;
	}

	private static String required(String value, String key) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(key);
		}
		if (value.length() > 4000) {
			throw new RuleViolation("proposal.error.textTooLong");
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getAddresseeId() {
		return addresseeId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public ProposalSource getSource() {
		return source;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getRaisedByPerson() {
		return raisedByPerson;
	}

	/** The day the citizen's name and contacts were erased by the retention job, or null while they are kept. */
	public LocalDate getContactsErasedOn() {
		return contactsErasedOn;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public String getText() {
		return text;
	}

	public Long getDirectionId() {
		return directionId;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public Long getExecutorId() {
		return executorId;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getAnswer() {
		return answer;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public Long getDecisionId() {
		return decisionId;
	}

	public Long getRoadmapItemId() {
		return roadmapItemId;
	}

	public Integer getVersion() {
		return version;
	}

	/** Audit snapshots leave the proposer's contact data out. */
	Snapshot snapshot() {
		return new Snapshot(id, source, addresseeId, meetingId, status, executorId, dueDate, answer, rejectionReason,
				answeredOn, decisionId, roadmapItemId);
	}

	record Snapshot(Long id, ProposalSource source, Long addresseeId, Long meetingId, ProposalStatus status,
			Long executorId, LocalDate dueDate, String answer, String rejectionReason, LocalDate answeredOn,
			Long decisionId, Long roadmapItemId) {
	}
}
