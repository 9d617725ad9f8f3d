package kz.kenes.publication;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.platform.RuleViolation;

/**
 * Rate limit for anonymous submissions (comments, proposals, challenges) per visitor (hashed address and user
 * agent of the day): a few per hour, so that one address cannot flood the moderation queue.
 */
@Component
class SubmissionThrottle {

	static final Duration WINDOW = Duration.ofHours(1);

	enum Kind {
		COMMENT(5), PROPOSAL(3), CHALLENGE(3);

		final int perWindow;

		Kind(int perWindow) {
			this.perWindow = perWindow;
		}
	}

	private final JdbcClient jdbc;
	private final Visitors visitors;

	SubmissionThrottle(JdbcClient jdbc, Visitors visitors) {
		this.jdbc = jdbc;
		this.visitors = visitors;
	}

	/** Counts this submission, or refuses it when the address has sent too many (call inside the transaction). */
	void admit(Kind kind, String address) {
		// The limit is per address alone (not user agent): changing the browser must not reset it.
		byte[] visitor = visitors.hash(address, visitors.today());
		int recent = jdbc.sql("""
				SELECT count(*) FROM public_submission
				WHERE visitor = ? AND kind = ? AND at > now() - make_interval(secs => ?)""")
			.params(visitor, kind.name(), WINDOW.toSeconds()).query(Integer.class).single();
		if (recent >= kind.perWindow) {
			throw new RuleViolation("publication.rateLimited");
		}
		jdbc.sql("INSERT INTO public_submission (kind, visitor) VALUES (?, ?)").params(kind.name(), visitor).update();
	}
}
