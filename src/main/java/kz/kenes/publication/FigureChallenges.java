package kz.kenes.publication;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.SubmissionThrottle.Kind;
import kz.kenes.roadmap.ExecutorView;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * Public challenges of published figures: a visitor disputes a figure of a roadmap item with a reason and an
 * optional evidence link (rate-limited per address); it lands in the review queue of the item's lead executor with
 * a due date ({@link #ANSWER_DAYS} days), and the department's answer is published beside it.
 */
@Service
public class FigureChallenges {

	static final int ANSWER_DAYS = 10;

	public record Challenge(long itemId, int year, String figure, String reason, String evidenceUrl) {
	}

	private final FigureChallengeRepository challenges;
	private final RoadmapCatalog roadmaps;
	private final SubmissionThrottle throttle;
	private final Access access;
	private final AuditTrail audit;
	private final Clock clock;

	FigureChallenges(FigureChallengeRepository challenges, RoadmapCatalog roadmaps, SubmissionThrottle throttle, Access access,
			AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.challenges = challenges;
		this.roadmaps = roadmaps;
		this.throttle = throttle;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	public FigureChallenge submit(Challenge c, String address) {
		ItemView item = roadmaps.item(c.itemId()).orElseThrow(() -> new NoSuchElementException("item " + c.itemId()));
		String reason = strip(c.reason());
		String figure = strip(c.figure());
		String evidence = strip(c.evidenceUrl());
		if (figure == null || reason == null) {
			throw new RuleViolation("publication.challenge.required");
		}
		if (figure.length() > 200 || reason.length() > 2000) {
			throw new RuleViolation("publication.challenge.tooLong");
		}
		if (evidence != null && !isWebLink(evidence)) {
			throw new RuleViolation("publication.challenge.link");
		}
		long department = item.lead().map(ExecutorView::orgUnitId)
			.orElseThrow(() -> new RuleViolation("publication.challenge.noExecutor"));
		throttle.admit(Kind.CHALLENGE, address);
		FigureChallenge challenge = challenges.save(new FigureChallenge(item.id(), c.year(), figure, reason, evidence,
				department, item.regionId(), LocalDate.now(clock).plusDays(ANSWER_DAYS), clock.instant()));
		audit.record("FigureChallenge", challenge.getId(), "SUBMIT", null,
				Map.of("item", item.id(), "figure", figure, "reason", reason), challenge.getRegionId());
		return challenge;
	}

	/**
	 * The department (REPORTER), a secretary above it or the secretary of the roadmap's branch (or above it)
	 * answers; the answer is public.
	 */
	@Transactional
	public FigureChallenge answer(long id, int version, String text) {
		FigureChallenge challenge = challenges.findById(id).orElseThrow(() -> new NoSuchElementException("challenge " + id));
		if (!access.canAny(challenge.getDepartmentId(), Role.REPORTER, Role.SECRETARY)
				&& !access.can(Role.SECRETARY, branchOf(challenge.getRoadmapItemId()))) {
			throw new org.springframework.security.access.AccessDeniedException("Not the item's executor");
		}
		if (challenge.getVersion() != version) {
			throw new OptimisticLockingFailureException("challenge " + id);
		}
		String answer = strip(text);
		if (answer == null) {
			throw new RuleViolation("publication.challenge.answerRequired");
		}
		challenge.answer(answer, access.currentUsername(), clock.instant());
		challenge = challenges.save(challenge);
		audit.record("FigureChallenge", id, "ANSWER", null, Map.of("answer", answer), challenge.getRegionId());
		return challenge;
	}

	public List<FigureChallenge> ofItem(long itemId) {
		return challenges.findByItem(itemId);
	}

	public List<FigureChallenge> latest(int limit) {
		return challenges.findLatest(limit);
	}

	/**
	 * Open challenges of the figures of {@code departments} (where the current user reports, or which a secretary
	 * oversees) and of the items of the roadmaps of {@code branches} (a secretary's branch and those below it).
	 */
	public List<FigureChallenge> queue(List<Long> departments, List<Long> branches) {
		if (departments.isEmpty() && branches.isEmpty()) {
			return List.of();
		}
		// an empty list would make "IN ()", which is no SQL; no unit has id 0
		return challenges.findOpenFor(departments.isEmpty() ? List.of(0L) : departments,
				branches.isEmpty() ? List.of(0L) : branches);
	}

	private Long branchOf(long itemId) {
		return roadmaps.item(itemId).flatMap(item -> roadmaps.roadmap(item.roadmapId()))
			.map(roadmap -> roadmap.branchId()).orElse(null);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private static boolean isWebLink(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && text.length() <= 500;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
