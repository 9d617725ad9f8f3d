package kz.kenes.publication;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;

/** Read models of the public news pages: one query per page, counters and tags included. */
@Component
public class NewsQueries {

	private static final String SUMMARY_COLUMNS = """
			n.id, n.slug, n.title_kk, n.title_ru, n.title_en, n.lead_kk, n.lead_ru, n.lead_en, n.published_at,
			n.updated_at, n.cover_image_id, coalesce(s.views, 0) AS views, coalesce(s.comments, 0) AS comments,
			ARRAY(SELECT t.tag FROM news_tag t WHERE t.news_item = n.id ORDER BY t.tag) AS tags""";

	private final JdbcClient jdbc;

	NewsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewsSummary(long id, String slug, String title, String lead, Instant publishedAt, Instant updatedAt,
			Long coverImageId, long views, int comments, List<String> tags) {
	}

	public record NewsArticle(NewsSummary summary, List<String> paragraphs, Long branchId, String branchName,
			Long councilId, String councilName, Long meetingId) {
	}

	public record CommentView(long id, String authorName, String body, Instant createdAt) {
	}

	public record Page<T>(List<T> items, int page, int pageSize, long total) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}

		public boolean hasPrevious() {
			return page > 0;
		}
	}

	/** Published items, newest first, optionally with a tag. */
	public Page<NewsSummary> published(Language language, String tag, int page, int pageSize) {
		String filter = tag == null ? "" : " AND EXISTS (SELECT 1 FROM news_tag t WHERE t.news_item = n.id AND t.tag = :tag)";
		var query = jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", count(*) OVER () AS total FROM news_item n "
				+ "LEFT JOIN news_stats s ON s.news_item = n.id WHERE n.status = 'PUBLISHED'" + filter
				+ " ORDER BY n.published_at DESC, n.id DESC LIMIT :limit OFFSET :offset")
			.param("limit", pageSize).param("offset", (long) page * pageSize);
		if (tag != null) {
			query = query.param("tag", tag);
		}
		long[] total = { 0 };
		List<NewsSummary> items = query.query((rs, n) -> {
			total[0] = rs.getLong("total");
			return summary(rs, language);
		}).list();
		if (items.isEmpty() && page > 0) {
			total[0] = jdbc.sql("SELECT count(*) FROM news_item WHERE status = 'PUBLISHED'").query(Long.class).single();
		}
		return new Page<>(items, page, pageSize, total[0]);
	}

	public List<NewsSummary> latest(Language language, int count) {
		return published(language, null, 0, count).items();
	}

	public Optional<NewsArticle> article(String slug, Language language) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
				, n.body_kk, n.body_ru, n.body_en, n.branch_id, b.name_kk AS b_kk, b.name_ru AS b_ru, b.name_en AS b_en,
				n.council_id, c.name_kk AS c_kk, c.name_ru AS c_ru, c.name_en AS c_en, n.meeting_id
				FROM news_item n
				LEFT JOIN news_stats s ON s.news_item = n.id
				JOIN org_unit b ON b.id = n.branch_id
				LEFT JOIN org_unit c ON c.id = n.council_id
				WHERE n.slug = :slug AND n.status = 'PUBLISHED'""")
			.param("slug", slug)
			.query((rs, n) -> new NewsArticle(summary(rs, language),
					paragraphs(language.pick(rs.getString("body_kk"), rs.getString("body_ru"), rs.getString("body_en"))),
					rs.getLong("branch_id"), language.pick(rs.getString("b_kk"), rs.getString("b_ru"), rs.getString("b_en")),
					(Long) rs.getObject("council_id"),
					rs.getString("c_kk") == null ? null
							: language.pick(rs.getString("c_kk"), rs.getString("c_ru"), rs.getString("c_en")),
					(Long) rs.getObject("meeting_id")))
			.optional();
	}

	public List<CommentView> approvedComments(long newsId) {
		return jdbc.sql("""
				SELECT id, author_name, body, created_at FROM news_comment
				WHERE news_item = ? AND status = 'APPROVED' ORDER BY created_at, id""")
			.param(newsId)
			.query((rs, n) -> new CommentView(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** When the public news last changed (for Last-Modified of the list, feed and sitemap). */
	public Optional<Instant> lastChange() {
		return Optional.ofNullable(jdbc.sql("SELECT max(updated_at) FROM news_item WHERE status = 'PUBLISHED'")
			.query(Timestamp.class).single()).map(Timestamp::toInstant);
	}

	/** Splits a plain-text body into paragraphs at line breaks. */
	static List<String> paragraphs(String body) {
		if (body == null) {
			return List.of();
		}
		return Arrays.stream(body.split("\\n+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static NewsSummary summary(ResultSet rs, Language language) throws SQLException {
		Array tags = rs.getArray("tags");
		return new NewsSummary(rs.getLong("id"), rs.getString("slug"),
				language.pick(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
				language.pick(rs.getString("lead_kk"), rs.getString("lead_ru"), rs.getString("lead_en")),
				instant(rs, "published_at"), instant(rs, "updated_at"), (Long) rs.getObject("cover_image_id"),
				rs.getLong("views"), rs.getInt("comments"),
				tags == null ? List.of() : List.of((String[]) tags.getArray()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
