package kz.kenes.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;

/** What a secretary sees in the staff news pages: the branches and councils they may write for, their items. */
@Component
public class NewsDesk {

	private static final Set<OrgUnitKind> BRANCHES = Set.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH);

	private final Access access;
	private final OrgUnits units;
	private final JdbcClient jdbc;

	NewsDesk(Access access, OrgUnits units, JdbcClient jdbc) {
		this.access = access;
		this.units = units;
		this.jdbc = jdbc;
	}

	public record DeskItem(long id, String slug, String title, NewsStatus status, Instant updatedAt,
			Instant publishedAt, long views, int comments, String branchName) {
	}

	public record PendingComment(long id, int version, String newsTitle, String newsSlug, String authorName,
			String body, Instant createdAt) {
	}

	/** Units (and their subtrees) where the current user is SECRETARY; admins see everything. */
	public List<OrgUnit> writableUnits() {
		Set<OrgUnit> result = new LinkedHashSet<>();
		if (access.isAdmin()) {
			return units.findAll();
		}
		for (Long unitId : access.unitsWith(Role.SECRETARY)) {
			result.addAll(units.findSubtree(unitId));
		}
		return List.copyOf(result);
	}

	public List<OrgUnit> branches() {
		return writableUnits().stream().filter(u -> BRANCHES.contains(u.getKind())).toList();
	}

	public List<OrgUnit> councils() {
		return writableUnits().stream().filter(u -> u.getKind() == OrgUnitKind.COUNCIL).toList();
	}

	/** Units whose events the user may write news of: councils and party units where they are SECRETARY. */
	public List<OrgUnit> eventHosts() {
		return writableUnits().stream()
			.filter(u -> u.getKind() == OrgUnitKind.COUNCIL || BRANCHES.contains(u.getKind()))
			.toList();
	}

	public List<DeskItem> items(Language language) {
		List<Long> ids = branches().stream().map(OrgUnit::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT n.id, n.slug, n.title_kk, n.title_ru, n.title_en, n.status, n.updated_at, n.published_at,
				       coalesce(s.views, 0) AS views, coalesce(s.comments, 0) AS comments,
				       b.name_kk, b.name_ru, b.name_en
				FROM news_item n JOIN org_unit b ON b.id = n.branch_id LEFT JOIN news_stats s ON s.news_item = n.id
				WHERE n.branch_id IN (:ids) ORDER BY n.updated_at DESC LIMIT 200""")
			.param("ids", ids)
			.query((rs, n) -> new DeskItem(rs.getLong("id"), rs.getString("slug"),
					language.pick(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
					NewsStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant(),
					instant(rs.getTimestamp("published_at")), rs.getLong("views"), rs.getInt("comments"),
					language.pick(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list();
	}

	public List<PendingComment> pendingComments(Language language) {
		List<Long> ids = branches().stream().map(OrgUnit::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.id, c.version, n.title_kk, n.title_ru, n.title_en, n.slug, c.author_name, c.body, c.created_at
				FROM news_comment c JOIN news_item n ON n.id = c.news_item
				WHERE c.status = 'PENDING' AND n.branch_id IN (:ids) ORDER BY c.created_at LIMIT 200""")
			.param("ids", ids)
			.query((rs, n) -> new PendingComment(rs.getLong("id"), rs.getInt("version"),
					language.pick(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
					rs.getString("slug"), rs.getString("author_name"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
