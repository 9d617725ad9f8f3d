package kz.kenes.publication;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A reader's comment on a news item, shown only after moderation. */
@Table("news_comment")
public class NewsComment {

	static final int NAME_MAX = 100;
	static final int BODY_MAX = 3000;

	@Id
	private Long id;
	private Long newsItem;
	private Long regionId;
	private String authorName;
	private String body;
	private CommentStatus status = CommentStatus.PENDING;
	private Instant createdAt;
	private String moderatedBy;
	private Instant moderatedAt;
	@Version
	private Integer version;

	protected NewsComment() {
	}

	NewsComment(long newsItem, Long regionId, String authorName, String body, Instant now) {
		this.newsItem = newsItem;
		this.regionId = regionId;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = now;
	}

	void approve(String moderator, Instant now) {
		moderate(CommentStatus.APPROVED, moderator, now);
	}

	void reject(String moderator, Instant now) {
		moderate(CommentStatus.REJECTED, moderator, now);
	}

	private void moderate(CommentStatus outcome, String moderator, Instant now) {
		if (status != CommentStatus.PENDING) {
			throw new IllegalStateException("Comment " + id + " has already been moderated");
		}
		status = outcome;
		moderatedBy = moderator;
		moderatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getNewsItem() {
		return newsItem;
	}

	public Long getRegionId() {
		return regionId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getBody() {
		return body;
	}

	public CommentStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getModeratedBy() {
		return moderatedBy;
	}

	public Instant getModeratedAt() {
		return moderatedAt;
	}

	public Integer getVersion() {
		return version;
	}
}
