package kz.kenes.proposal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;

/**
 * Every change to a proposal: who may make it (the addressee's SECRETARY runs the review; the executor's REPORTER
 * answers), the transition itself (guarded in {@link Proposal}) and its audit record, in one transaction.
 */
@Service
public class ProposalWorkflow {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Proposals proposals;
	private final OrgUnits units;
	private final Access access;
	private final AuditTrail audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ProposalWorkflow(Proposals proposals, OrgUnits units, Access access, AuditTrail audit,
			java.util.Optional<Clock> clock) {
		this.proposals = proposals;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** For the portal: anyone may send a proposal; no login needed. */
	@Transactional
	public ProposalReceipt submitFromCitizen(CitizenProposal command) {
		OrgUnit addressee = units.findById(command.addresseeId())
			.orElseThrow(() -> new RuleViolation("proposal.error.addressee"));
		Proposal proposal = Proposal.fromCitizen(addressee.getId(), addressee.getRegionId(), command.name(),
				command.email(), command.phone(), command.telegram(), command.text(), language(command.language()),
				command.directionId(), today(), newTrackingCode());
		proposal = proposals.save(proposal);
		audit.record("Proposal", proposal.getId(), "SUBMIT", null, proposal.snapshot(), proposal.getRegionId());
		return new ProposalReceipt(proposal.getId(), proposal.getTrackingCode());
	}

	/**
	 * The secretary of the addressee records a question or an appeal received in person, by phone, by letter or at
	 * an event; it is then routed and answered like any proposal.
	 */
	@Transactional
	public ProposalReceipt recordAppeal(RecordedAppeal command) {
		OrgUnit addressee = units.findById(command.addresseeId())
			.orElseThrow(() -> new RuleViolation("proposal.error.addressee"));
		access.require(Role.SECRETARY, addressee.getId());
		Proposal proposal = Proposal.appeal(addressee.getId(), addressee.getRegionId(), command.channel(),
				command.raisedBy(), command.text(), language(command.language()), command.directionId(),
				command.receivedOn(), today(), newTrackingCode());
		proposal = proposals.save(proposal);
		audit.record("Proposal", proposal.getId(), "RECORD_APPEAL", null, proposal.snapshot(),
				proposal.getRegionId());
		return new ProposalReceipt(proposal.getId(), proposal.getTrackingCode());
	}

	/** A member or the secretary of the council records a proposal raised at its meeting. */
	@Transactional
	public ProposalReceipt raiseAtMeeting(MeetingProposal command) {
		if (!access.canAny(command.councilId(), Role.SECRETARY, Role.MEMBER)) {
			throw new AccessDeniedException("Only the council's secretary or members raise proposals");
		}
		OrgUnit council = units.findById(command.councilId()).orElseThrow();
		Proposal proposal = Proposal.atMeeting(council.getId(), council.getRegionId(), command.meetingId(),
				command.personId(), command.text(), language(command.language()), command.directionId(),
				command.raisedOn() == null ? today() : command.raisedOn(), newTrackingCode());
		proposal = proposals.save(proposal);
		audit.record("Proposal", proposal.getId(), "RAISE", null, proposal.snapshot(), proposal.getRegionId());
		return new ProposalReceipt(proposal.getId(), proposal.getTrackingCode());
	}

	@Transactional
	public void takeUnderReview(long id, int version, long executorId, LocalDate dueDate) {
		Proposal proposal = load(id, version);
		requireSecretary(proposal);
		units.findById(executorId).orElseThrow(() -> new RuleViolation("proposal.error.executor"));
		change(proposal, "REVIEW", p -> p.takeUnderReview(executorId, dueDate));
	}

	@Transactional
	public void accept(long id, int version, String answer) {
		Proposal proposal = load(id, version);
		requireAnswerer(proposal);
		change(proposal, "ACCEPT", p -> p.accept(answer, today(), access.currentUsername()));
	}

	@Transactional
	public void reject(long id, int version, String reason, String answer) {
		Proposal proposal = load(id, version);
		requireAnswerer(proposal);
		change(proposal, "REJECT", p -> p.reject(reason, answer, today(), access.currentUsername()));
	}

	@Transactional
	public void markImplemented(long id, int version, String note) {
		Proposal proposal = load(id, version);
		requireAnswerer(proposal);
		change(proposal, "IMPLEMENTED", p -> p.markImplemented(note, today()));
	}

	/** Called when an accepted proposal becomes a protocol decision; the decision keeps the link back. */
	@Transactional
	public void linkDecision(long id, long decisionId) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
		requireSecretary(proposal);
		change(proposal, "LINK_DECISION", p -> p.linkDecision(decisionId));
	}

	/** The council adopted the proposal as decision {@code decisionId} (see {@link Proposal#adoptAsDecision}). */
	@Transactional
	public void adoptAsDecision(long id, long decisionId, long executorId, LocalDate dueDate, String answer) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
		requireSecretary(proposal);
		change(proposal, "ADOPT_AS_DECISION",
				p -> p.adoptAsDecision(decisionId, executorId, dueDate, answer, today(), access.currentUsername()));
	}

	/** An accepted proposal taken into the roadmap as an item (the item is found from the proposal and back). */
	@Transactional
	public void linkRoadmapItem(long id, int version, long roadmapItemId) {
		Proposal proposal = load(id, version);
		requireSecretary(proposal);
		change(proposal, "LINK_ROADMAP_ITEM", p -> p.linkRoadmapItem(roadmapItemId));
	}

	/** Marks a proposal as an example (demo data written to look real); administrators only. */
	@Transactional
	public void markExample(long id) {
		if (!access.isAdmin()) {
			throw new AccessDeniedException("Only administrators mark examples");
		}
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
		change(proposal, "MARK_EXAMPLE", Proposal::markExample);
	}

	/** Whether the current user may read this proposal's staff page (contact data: see ProposalQueries#staffView). */
	public boolean canRead(ProposalView proposal) {
		return access.canAny(proposal.addresseeId(), Role.SECRETARY, Role.MEMBER)
				|| (proposal.executorId() != null && access.can(Role.REPORTER, proposal.executorId()));
	}

	public boolean canReview(ProposalView proposal) {
		return access.can(Role.SECRETARY, proposal.addresseeId());
	}

	public boolean canAnswer(ProposalView proposal) {
		return canReview(proposal)
				|| (proposal.executorId() != null && access.can(Role.REPORTER, proposal.executorId()));
	}

	private void change(Proposal proposal, String action, java.util.function.Consumer<Proposal> transition) {
		Proposal.Snapshot before = proposal.snapshot();
		transition.accept(proposal);
		Proposal saved = proposals.save(proposal);
		audit.record("Proposal", saved.getId(), action, before, saved.snapshot(), saved.getRegionId());
	}

	private Proposal load(long id, int version) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
		if (proposal.getVersion() != version) {
			throw new OptimisticLockingFailureException("Proposal " + id + " changed since version " + version);
		}
		return proposal;
	}

	private void requireSecretary(Proposal proposal) {
		access.require(Role.SECRETARY, proposal.getAddresseeId());
	}

	private void requireAnswerer(Proposal proposal) {
		boolean executor = proposal.getExecutorId() != null && access.can(Role.REPORTER, proposal.getExecutorId());
		if (!executor && !access.can(Role.SECRETARY, proposal.getAddresseeId())) {
			throw new AccessDeniedException("Only the executor or the council's secretary answers a proposal");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String language(Language language) {
		return (language == null ? Language.DEFAULT : language).code();
	}

	private String newTrackingCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}
}
