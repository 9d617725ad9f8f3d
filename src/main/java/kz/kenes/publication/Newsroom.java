package kz.kenes.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Transliteration;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;

/**
 * Writing and publishing news: only a SECRETARY of the item's branch (or above) may do it. Every change goes to the
 * audit trail in the same transaction.
 */
@Service
public class Newsroom {

	static final int SLUG_MAX = 80;

	private final NewsItems items;
	private final OrgUnits units;
	private final Access access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final CoverImages images;
	private final Clock clock;

	Newsroom(NewsItems items, OrgUnits units, Access access, AuditTrail audit, JdbcClient jdbc, CoverImages images) {
		this.items = items;
		this.images = images;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public NewsItem create(long branchId, Long councilId, NewsContent content) {
		access.require(Role.SECRETARY, branchId);
		OrgUnit branch = units.findById(branchId).orElseThrow(() -> new RuleViolation("publication.news.branchUnknown"));
		if (councilId != null) {
			OrgUnit council = units.findById(councilId)
				.orElseThrow(() -> new RuleViolation("publication.news.councilUnknown"));
			if (!council.lineage().contains(branchId)) {
				throw new RuleViolation("publication.news.councilNotInBranch");
			}
		}
		content.validate();
		NewsItem item = new NewsItem(uniqueSlug(content.title().kk(), null), branchId, councilId,
				branch.getRegionId(), content, now());
		item = items.save(item);
		jdbc.sql("INSERT INTO news_stats (news_item) VALUES (?)").param(item.getId()).update();
		audit.record("NewsItem", item.getId(), "CREATE", null, snapshot(item), item.getRegionId());
		return item;
	}

	@Transactional
	public NewsItem edit(long id, int version, NewsContent content) {
		NewsItem item = load(id, version);
		Object before = snapshot(item);
		boolean titleChanged = !java.util.Objects.equals(item.getTitleKk(), content.title().kk());
		item.edit(content, now());
		if (titleChanged && item.slugMayChange()) {
			item.changeSlug(uniqueSlug(content.title().kk(), item.getId()));
		}
		item = items.save(item);
		audit.record("NewsItem", id, "EDIT", before, snapshot(item), item.getRegionId());
		return item;
	}

	@Transactional
	public NewsItem publish(long id, int version) {
		NewsItem item = load(id, version);
		Object before = snapshot(item);
		item.publish(now());
		item = items.save(item);
		audit.record("NewsItem", id, "PUBLISH", before, snapshot(item), item.getRegionId());
		return item;
	}

	@Transactional
	public NewsItem withdraw(long id, int version) {
		NewsItem item = load(id, version);
		Object before = snapshot(item);
		item.withdraw(now());
		item = items.save(item);
		audit.record("NewsItem", id, "WITHDRAW", before, snapshot(item), item.getRegionId());
		return item;
	}

	/** Checks the upload (content and size), stores it and makes it the item's cover, all or nothing. */
	@Transactional
	public NewsItem uploadCover(long id, int version, byte[] bytes) {
		NewsItem item = load(id, version);
		Object before = snapshot(item);
		long imageId = images.store(bytes);
		item.cover(imageId, now());
		item = items.save(item);
		audit.record("NewsItem", id, "COVER", before, snapshot(item), item.getRegionId());
		return item;
	}

	/** Links an item to the meeting it reports on (and that meeting's council). */
	@Transactional
	public NewsItem linkMeeting(long id, long meetingId, Long councilId) {
		NewsItem item = items.findById(id).orElseThrow(() -> new NoSuchElementException("News item " + id));
		access.require(Role.SECRETARY, item.getBranchId());
		Object before = snapshot(item);
		item.linkMeeting(meetingId, councilId, now());
		item = items.save(item);
		audit.record("NewsItem", id, "LINK_MEETING", before, snapshot(item), item.getRegionId());
		return item;
	}

	/** Keeps the day an item first appeared (for items that were published before Kenes). */
	@Transactional
	public NewsItem backdate(long id, Instant publishedAt) {
		NewsItem item = items.findById(id).orElseThrow(() -> new NoSuchElementException("News item " + id));
		access.require(Role.SECRETARY, item.getBranchId());
		Object before = snapshot(item);
		item.backdate(publishedAt);
		item = items.save(item);
		audit.record("NewsItem", id, "BACKDATE", before, snapshot(item), item.getRegionId());
		return item;
	}

	/** The item for editing, if the current user may edit it. */
	public NewsItem forEditing(long id) {
		NewsItem item = items.findById(id).orElseThrow(() -> new NoSuchElementException("News item " + id));
		access.require(Role.SECRETARY, item.getBranchId());
		return item;
	}

	private NewsItem load(long id, int version) {
		NewsItem item = forEditing(id);
		if (item.getVersion() != version) {
			throw new OptimisticLockingFailureException("News item " + id + " changed since version " + version);
		}
		return item;
	}

	/** A slug from the Kazakh title, made unique with -2, -3, … */
	String uniqueSlug(String title, Long ownId) {
		String base = Transliteration.slug(title, SLUG_MAX);
		if (base.isEmpty()) {
			base = "news";
		}
		String slug = base;
		for (int n = 2; taken(slug, ownId); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean taken(String slug, Long ownId) {
		return jdbc.sql("SELECT count(*) FROM news_item WHERE slug = ? AND id IS DISTINCT FROM ?")
			.params(slug, ownId).query(Integer.class).single() > 0;
	}

	private Instant now() {
		return clock.instant();
	}

	private static Object snapshot(NewsItem item) {
		return new Snapshot(item.getSlug(), item.getStatus(), item.getTitleKk(), item.getTitleRu(), item.getTitleEn(),
				item.getLeadKk(), item.getLeadRu(), item.getLeadEn(), item.getBodyKk(), item.getBodyRu(),
				item.getBodyEn(), item.tags(), item.getMeetingId(), item.getCouncilId(), item.getCoverImageId(),
				item.getPublishedAt());
	}

	record Snapshot(String slug, NewsStatus status, String titleKk, String titleRu, String titleEn, String leadKk,
			String leadRu, String leadEn, String bodyKk, String bodyRu, String bodyEn, java.util.Set<String> tags,
			Long meetingId, Long councilId, Long coverImageId, Instant publishedAt) {
	}
}
