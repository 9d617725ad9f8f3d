package kz.kenes.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalStatus;
import kz.kenes.proposal.ProposalView;
import kz.kenes.proposal.ProposalWorkflow;

/**
 * Decisions of meetings: the council's SECRETARY writes and closes them; a REPORTER of a responsible executor adds
 * follow-up reports. The text, executors and due date are part of the protocol and freeze when it is signed.
 */
@Service
public class DecisionWorkflow {

	private final Decisions decisions;
	private final Meetings meetings;
	private final OrgUnits units;
	private final ProposalWorkflow proposals;
	private final ProposalQueries proposalQueries;
	private final Access access;
	private final AuditTrail audit;
	private final Clock clock;

	DecisionWorkflow(Decisions decisions, Meetings meetings, OrgUnits units, ProposalWorkflow proposals,
			ProposalQueries proposalQueries, Access access, AuditTrail audit, Optional<Clock> clock) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.units = units;
		this.proposals = proposals;
		this.proposalQueries = proposalQueries;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public long decide(long meetingId, DecisionTerms terms) {
		return create(meetingId, terms, null);
	}

	/**
	 * The council turns a proposal into a protocol decision: the decision keeps the proposal's id and the proposal
	 * the decision's (accepted on the spot if it was still open).
	 */
	@Transactional
	public long decideOnProposal(long meetingId, long proposalId, DecisionTerms terms, String answer) {
		ProposalView proposal = proposalQueries.one(proposalId)
			.orElseThrow(() -> new NoSuchElementException("proposal " + proposalId));
		if (proposal.decisionId() != null) {
			throw new RuleViolation("proposal.error.alreadyDecision");
		}
		if (proposal.status() == ProposalStatus.REJECTED) {
			throw new RuleViolation("proposal.error.notAccepted");
		}
		long id = create(meetingId, terms, proposalId);
		Decision decision = decisions.findById(id).orElseThrow();
		proposals.adoptAsDecision(proposalId, id, terms.executorIds().get(0), decision.getDueDate(),
				answer == null || answer.isBlank() ? terms.textKk() : answer);
		return id;
	}

	@Transactional
	public void change(long id, int version, DecisionTerms terms) {
		Decision decision = load(id, version);
		Meeting meeting = editableMeeting(decision.getMeetingId());
		requireUnits(terms);
		update(decision, "CHANGE", d -> d.change(meeting, terms));
	}

	/** A follow-up report by an executor (or the secretary); an executor reports for their own unit. */
	@Transactional
	public void reportFollowUp(long id, int version, long orgUnitId, String text) {
		Decision decision = load(id, version);
		boolean secretary = access.can(Role.SECRETARY, decision.getCouncilId());
		if (!decision.executedBy(orgUnitId)) {
			throw new RuleViolation("meeting.error.notExecutor");
		}
		if (!secretary && !access.can(Role.REPORTER, orgUnitId)) {
			throw new AccessDeniedException("Only the executor or the secretary reports on a decision");
		}
		update(decision, "FOLLOW_UP",
				d -> d.addFollowUp(new FollowUp(today(), orgUnitId, access.currentUsername(), text)));
	}

	@Transactional
	public void complete(long id, int version) {
		Decision decision = load(id, version);
		access.require(Role.SECRETARY, decision.getCouncilId());
		update(decision, "COMPLETE", d -> d.complete(today()));
	}

	@Transactional
	public void reopen(long id, int version) {
		Decision decision = load(id, version);
		access.require(Role.SECRETARY, decision.getCouncilId());
		update(decision, "REOPEN", Decision::reopen);
	}

	@Transactional
	public void cancel(long id, int version) {
		Decision decision = load(id, version);
		editableMeeting(decision.getMeetingId());
		update(decision, "CANCEL", Decision::cancel);
	}

	public boolean canEdit(long councilId) {
		return access.can(Role.SECRETARY, councilId);
	}

	public boolean canReport(DecisionView decision) {
		return access.can(Role.SECRETARY, decision.councilId())
				|| decision.executors().stream().anyMatch(e -> access.can(Role.REPORTER, e.id()));
	}

	private long create(long meetingId, DecisionTerms terms, Long proposalId) {
		Meeting meeting = editableMeeting(meetingId);
		requireUnits(terms);
		Decision decision = new Decision(meeting, decisions.nextNumber(meetingId), terms, proposalId);
		decision = decisions.save(decision);
		audit.record("Decision", decision.getId(), "DECIDE", null, decision.snapshot(), meeting.getRegionId());
		return decision.getId();
	}

	private void requireUnits(DecisionTerms terms) {
		if (terms.executorIds() != null && !terms.executorIds().stream().allMatch(units::existsById)) {
			throw new RuleViolation("meeting.error.executor");
		}
	}

	private Meeting editableMeeting(long meetingId) {
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new NoSuchElementException("meeting " + meetingId));
		access.require(Role.SECRETARY, meeting.getCouncilId());
		meeting.requireEditable();
		return meeting;
	}

	private Decision load(long id, int version) {
		Decision decision = decisions.findById(id).orElseThrow(() -> new NoSuchElementException("decision " + id));
		MeetingWorkflow.checkVersion(decision.getVersion(), version, "decision " + id);
		return decision;
	}

	private void update(Decision decision, String action, Consumer<Decision> change) {
		Decision.Snapshot before = decision.snapshot();
		change.accept(decision);
		Decision saved = decisions.save(decision);
		audit.record("Decision", saved.getId(), action, before, saved.snapshot(), null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
