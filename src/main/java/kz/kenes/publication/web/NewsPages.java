package kz.kenes.publication.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The home page, the news list and every published article, for the sitemap. */
@Component
class NewsPages implements PublicPages {

	private final JdbcClient jdbc;

	NewsPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/", null));
		entries.add(new Entry("/news", null));
		entries.add(new Entry("/proposals/new", null));
		entries.add(new Entry("/challenges", null));
		entries.addAll(jdbc.sql("""
				SELECT slug, updated_at FROM news_item WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 45000""")
			.query((rs, n) -> new Entry("/news/" + rs.getString(1), rs.getTimestamp(2).toInstant())).list());
		return entries;
	}
}
