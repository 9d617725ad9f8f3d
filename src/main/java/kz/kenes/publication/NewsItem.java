package kz.kenes.publication;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/**
 * A news item of a branch (and optionally one of its councils and a meeting). Written as a draft, then published;
 * a published item may be corrected or withdrawn. Its slug stays fixed once it has been published, so that shared
 * links keep working.
 */
@Table("news_item")
public class NewsItem {

	@Id
	private Long id;
	private String slug;
	private NewsStatus status = NewsStatus.DRAFT;
	private String titleKk;
	private String titleRu;
	private String titleEn;
	private String leadKk;
	private String leadRu;
	private String leadEn;
	private String bodyKk;
	private String bodyRu;
	private String bodyEn;
	private Long branchId;
	private Long councilId;
	private Long meetingId;
	private Long regionId;
	private Long coverImageId;
	private Instant publishedAt;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "news_item")
	private Set<NewsTag> tags = new HashSet<>();

	protected NewsItem() {
	}

	NewsItem(String slug, long branchId, Long councilId, Long regionId, NewsContent content, Instant now) {
		this.slug = slug;
		this.branchId = branchId;
		this.councilId = councilId;
		this.regionId = regionId;
		this.createdAt = now;
		edit(content, now);
	}

	void edit(NewsContent content, Instant now) {
		content.validate();
		this.titleKk = content.title().kk();
		this.titleRu = content.title().ru();
		this.titleEn = content.title().en();
		this.leadKk = content.lead().kk();
		this.leadRu = content.lead().ru();
		this.leadEn = content.lead().en();
		this.bodyKk = content.body().kk();
		this.bodyRu = content.body().ru();
		this.bodyEn = content.body().en();
		this.tags = content.tags().stream().map(NewsTag::new).collect(Collectors.toCollection(HashSet::new));
		this.updatedAt = now;
	}

	/** A draft that has never been out may still take a new slug (e.g. after its title changed). */
	boolean slugMayChange() {
		return publishedAt == null;
	}

	void changeSlug(String slug) {
		if (!slugMayChange()) {
			throw new IllegalStateException("The address of a published news item does not change");
		}
		this.slug = slug;
	}

	void publish(Instant now) {
		if (status == NewsStatus.PUBLISHED) {
			throw new IllegalStateException("Already published");
		}
		if (publishedAt == null) {
			publishedAt = now;
		}
		status = NewsStatus.PUBLISHED;
		updatedAt = now;
	}

	/** Keeps the original date: the demo article and imported items carry the day they first appeared. */
	void backdate(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	void withdraw(Instant now) {
		if (status != NewsStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published item can be withdrawn");
		}
		status = NewsStatus.WITHDRAWN;
		updatedAt = now;
	}

	void linkMeeting(Long meetingId, Long councilId, Instant now) {
		this.meetingId = meetingId;
		if (councilId != null) {
			this.councilId = councilId;
		}
		updatedAt = now;
	}

	void cover(Long imageId, Instant now) {
		this.coverImageId = imageId;
		updatedAt = now;
	}

	public NewsContent content() {
		return new NewsContent(title(), lead(), body(), tags());
	}

	public LocalizedText title() {
		return new LocalizedText(titleKk, titleRu, titleEn);
	}

	public LocalizedText lead() {
		return new LocalizedText(leadKk, leadRu, leadEn);
	}

	public LocalizedText body() {
		return new LocalizedText(bodyKk, bodyRu, bodyEn);
	}

	public String title(Language language) {
		return language.pick(titleKk, titleRu, titleEn);
	}

	public Set<String> tags() {
		return tags.stream().map(NewsTag::tag).collect(Collectors.toCollection(TreeSet::new));
	}

	public boolean isPublished() {
		return status == NewsStatus.PUBLISHED;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public NewsStatus getStatus() {
		return status;
	}

	public Long getBranchId() {
		return branchId;
	}

	public Long getCouncilId() {
		return councilId;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Long getCoverImageId() {
		return coverImageId;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Integer getVersion() {
		return version;
	}

	public String getTitleKk() {
		return titleKk;
	}

	public String getTitleRu() {
		return titleRu;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getLeadKk() {
		return leadKk;
	}

	public String getLeadRu() {
		return leadRu;
	}

	public String getLeadEn() {
		return leadEn;
	}

	public String getBodyKk() {
		return bodyKk;
	}

	public String getBodyRu() {
		return bodyRu;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	/** A tag of a news item (a child row; nothing refers to it, so re-inserting on save is harmless). */
	@Table("news_tag")
	record NewsTag(String tag) {
	}
}
