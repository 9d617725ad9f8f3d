package kz.kenes.publication;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.SubmissionThrottle.Kind;

/** Readers' comments: sent anonymously (rate-limited per address), approved or rejected by the branch secretary. */
@Service
public class Comments {

	private final NewsComments comments;
	private final NewsItems items;
	private final SubmissionThrottle throttle;
	private final Access access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock = Clock.systemUTC();

	Comments(NewsComments comments, NewsItems items, SubmissionThrottle throttle, Access access, AuditTrail audit,
			JdbcClient jdbc) {
		this.comments = comments;
		this.items = items;
		this.throttle = throttle;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** A reader's comment, stored as written (escaped when shown) and waiting for moderation. */
	@Transactional
	public NewsComment submit(String slug, String authorName, String body, String address) {
		NewsItem item = items.findPublished(slug).orElseThrow(() -> new NoSuchElementException("News " + slug));
		String name = authorName == null ? "" : authorName.strip();
		String text = body == null ? "" : body.strip();
		if (name.isEmpty()) {
			throw new RuleViolation("publication.comment.nameRequired");
		}
		if (text.isEmpty()) {
			throw new RuleViolation("publication.comment.bodyRequired");
		}
		if (name.length() > NewsComment.NAME_MAX || text.length() > NewsComment.BODY_MAX) {
			throw new RuleViolation("publication.comment.tooLong", NewsComment.NAME_MAX, NewsComment.BODY_MAX);
		}
		throttle.admit(Kind.COMMENT, address);
		NewsComment comment = comments.save(new NewsComment(item.getId(), item.getRegionId(), name, text,
				clock.instant()));
		audit.record("NewsComment", comment.getId(), "SUBMIT", null, snapshot(comment), comment.getRegionId());
		return comment;
	}

	@Transactional
	public void approve(long commentId, int version) {
		moderate(commentId, version, true);
	}

	@Transactional
	public void reject(long commentId, int version) {
		moderate(commentId, version, false);
	}

	private void moderate(long commentId, int version, boolean approve) {
		NewsComment comment = comments.findById(commentId)
			.orElseThrow(() -> new NoSuchElementException("Comment " + commentId));
		NewsItem item = items.findById(comment.getNewsItem()).orElseThrow();
		access.require(Role.SECRETARY, item.getBranchId());
		if (comment.getVersion() != version) {
			throw new OptimisticLockingFailureException("Comment " + commentId + " changed");
		}
		Object before = snapshot(comment);
		if (approve) {
			comment.approve(access.currentUsername(), clock.instant());
			jdbc.sql("UPDATE news_stats SET comments = comments + 1 WHERE news_item = ?").param(item.getId()).update();
		}
		else {
			comment.reject(access.currentUsername(), clock.instant());
		}
		comment = comments.save(comment);
		audit.record("NewsComment", commentId, approve ? "APPROVE" : "REJECT", before, snapshot(comment),
				comment.getRegionId());
	}

	private static Object snapshot(NewsComment c) {
		return java.util.Map.of("newsItem", c.getNewsItem(), "author", c.getAuthorName(), "body", c.getBody(),
				"status", c.getStatus());
	}
}
