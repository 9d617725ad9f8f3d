package kz.kenes.publication;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts a view of a published news item once per visitor per day; known bots are not counted. */
@Component
public class ViewCounter {

	private final Visitors visitors;
	private final JdbcClient jdbc;

	ViewCounter(Visitors visitors, JdbcClient jdbc) {
		this.visitors = visitors;
		this.jdbc = jdbc;
	}

	/** Whether this view was counted. */
	@Transactional
	public boolean record(long newsId, String address, String userAgent) {
		return record(newsId, address, userAgent, visitors.today());
	}

	@Transactional
	boolean record(long newsId, String address, String userAgent, LocalDate day) {
		if (Visitors.isBot(userAgent)) {
			return false;
		}
		byte[] visitor = visitors.hash(address, day);
		int fresh = jdbc.sql("""
				INSERT INTO news_view (news_item, day, visitor) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(newsId, day, visitor).update();
		if (fresh == 0) {
			return false;
		}
		jdbc.sql("UPDATE news_stats SET views = views + 1 WHERE news_item = ?").param(newsId).update();
		return true;
	}

	LocalDate visitorsToday() {
		return visitors.today();
	}

	public long views(long newsId) {
		return jdbc.sql("SELECT views FROM news_stats WHERE news_item = ?").param(newsId).query(Long.class).optional()
			.orElse(0L);
	}
}
