package kz.kenes.publication;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.SubmissionThrottle.Kind;

/**
 * Citizens' proposals from the portal: sent anonymously (rate-limited per address), moderated by the secretary of
 * the council or branch they are addressed to, then forwarded into the proposal workflow or rejected with a reason.
 * The proposer follows it with a private tracking code.
 */
@Service
public class CitizenSubmissions {

	/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final CitizenSubmissionRepository submissions;
	private final OrgUnits units;
	private final SubmissionThrottle throttle;
	private final Access access;
	private final AuditTrail audit;
	private final ObjectProvider<ProposalDesk> desk;
	private final SecureRandom random = new SecureRandom();
	private final Clock clock = Clock.systemUTC();

	CitizenSubmissions(CitizenSubmissionRepository submissions, OrgUnits units, SubmissionThrottle throttle,
			Access access, AuditTrail audit, ObjectProvider<ProposalDesk> desk) {
		this.submissions = submissions;
		this.units = units;
		this.throttle = throttle;
		this.access = access;
		this.audit = audit;
		this.desk = desk;
	}

	public record Submission(Long addresseeId, Long directionId, String name, String contact, String text,
			Language language) {
	}

	@Transactional
	public CitizenSubmission submit(Submission s, String address) {
		String text = strip(s.text());
		String contact = strip(s.contact());
		String name = strip(s.name());
		if (text == null) {
			throw new RuleViolation("publication.proposal.textRequired");
		}
		if (contact == null) {
			throw new RuleViolation("publication.proposal.contactRequired");
		}
		// e-mail, a Kazakhstan phone number or a Telegram handle, written one way so that forwarding takes it
		contact = kz.kenes.proposal.CitizenContact.parse(contact).map(kz.kenes.proposal.CitizenContact::value)
			.orElseThrow(() -> new RuleViolation("publication.proposal.contactInvalid"));
		if (text.length() > CitizenSubmission.TEXT_MAX || contact.length() > CitizenSubmission.CONTACT_MAX
				|| (name != null && name.length() > CitizenSubmission.NAME_MAX)) {
			throw new RuleViolation("publication.proposal.tooLong", CitizenSubmission.TEXT_MAX);
		}
		OrgUnit addressee = s.addresseeId() == null ? null : units.findById(s.addresseeId()).orElse(null);
		if (addressee == null) {
			throw new RuleViolation("publication.proposal.addresseeRequired");
		}
		throttle.admit(Kind.PROPOSAL, address);
		CitizenSubmission submission = submissions.save(new CitizenSubmission(newCode(), addressee.getId(),
				addressee.getRegionId(), s.directionId(), name, contact, text, s.language().code(), clock.instant()));
		// The audit keeps what was proposed, not who proposed it.
		audit.record("CitizenSubmission", submission.getId(), "SUBMIT", null,
				Map.of("addressee", addressee.getId(), "text", text), submission.getRegionId());
		return submission;
	}

	public Optional<CitizenSubmission> byCode(String code) {
		return code == null ? Optional.empty() : submissions.findByTrackingCode(code.strip().toUpperCase());
	}

	public Optional<ProposalDesk.ProposalState> proposalState(CitizenSubmission submission, Language language) {
		ProposalDesk proposals = desk.getIfAvailable();
		if (submission.getProposalId() == null || proposals == null) {
			return Optional.empty();
		}
		return proposals.state(submission.getProposalId(), language);
	}

	/** Passes a moderated submission into the proposal workflow (the addressee's secretary only). */
	@Transactional
	public CitizenSubmission forward(long id, int version) {
		CitizenSubmission submission = load(id, version);
		ProposalDesk proposals = desk.getIfAvailable();
		if (proposals == null) {
			throw new RuleViolation("publication.proposal.workflowUnavailable");
		}
		long proposalId = proposals.forward(submission);
		submission.forwarded(proposalId, access.currentUsername(), clock.instant());
		submission = submissions.save(submission);
		audit.record("CitizenSubmission", id, "FORWARD", null, Map.of("proposal", proposalId),
				submission.getRegionId());
		return submission;
	}

	@Transactional
	public CitizenSubmission reject(long id, int version, String reason) {
		String why = strip(reason);
		if (why == null) {
			throw new RuleViolation("publication.proposal.reasonRequired");
		}
		CitizenSubmission submission = load(id, version);
		submission.reject(why, access.currentUsername(), clock.instant());
		submission = submissions.save(submission);
		audit.record("CitizenSubmission", id, "REJECT", null, Map.of("reason", why), submission.getRegionId());
		return submission;
	}

	/** Pending submissions addressed to units (or below units) where the current user is SECRETARY. */
	public List<CitizenSubmission> pendingFor(List<Long> unitIds) {
		return unitIds.isEmpty() ? List.of() : submissions.findPending(unitIds);
	}

	private CitizenSubmission load(long id, int version) {
		CitizenSubmission submission = submissions.findById(id)
			.orElseThrow(() -> new NoSuchElementException("Submission " + id));
		access.require(Role.SECRETARY, submission.getAddresseeId());
		if (submission.getVersion() != version) {
			throw new OptimisticLockingFailureException("Submission " + id + " changed");
		}
		return submission;
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
