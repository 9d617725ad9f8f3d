package kz.kenes.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the audit trail: newest first, filtered, one page per query (indexed by actor, entity and time). */
@Component
public class AuditLog {

	/** Filters (each optional) and the page wanted; {@code to} is inclusive. */
	public record Query(String actor, String entityType, LocalDate from, LocalDate to, int page, int size) {
	}

	/** A page of entries and whether another follows. */
	public record Page(List<AuditEntry> entries, boolean hasNext) {
	}

	/** Kazakhstan has one time zone (UTC+5) since 2024; date filters are meant in it. */
	static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page search(Query query) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.actor() != null && !query.actor().isBlank()) {
			where.add("actor = :actor");
			params.put("actor", query.actor().strip());
		}
		if (query.entityType() != null && !query.entityType().isBlank()) {
			where.add("entity_type = :type");
			params.put("type", query.entityType().strip());
		}
		if (query.from() != null) {
			where.add("at >= :from");
			params.put("from", query.from().atStartOfDay(ZONE).toOffsetDateTime());
		}
		if (query.to() != null) {
			where.add("at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
		}
		int size = Math.max(1, Math.min(query.size(), 200));
		params.put("limit", size + 1);
		params.put("offset", (long) Math.max(0, query.page()) * size);
		String sql = "SELECT id, at, actor, entity_type, entity_id, action, before_state::text, after_state::text"
				+ " FROM audit_event" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset";
		List<AuditEntry> rows = jdbc.sql(sql).params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8)))
			.list();
		return new Page(rows.size() > size ? rows.subList(0, size) : rows, rows.size() > size);
	}

	/**
	 * The entity types recorded so far, for the filter: a loose index scan (one index probe per type) instead of a
	 * DISTINCT that would read every row of a table with millions of them.
	 */
	public List<String> entityTypes() {
		return jdbc.sql("""
				WITH RECURSIVE types(t) AS (
				    SELECT min(entity_type) FROM audit_event
				    UNION ALL
				    SELECT (SELECT min(entity_type) FROM audit_event WHERE entity_type > types.t) FROM types
				    WHERE types.t IS NOT NULL)
				SELECT t FROM types WHERE t IS NOT NULL""").query(String.class).list();
	}
}
