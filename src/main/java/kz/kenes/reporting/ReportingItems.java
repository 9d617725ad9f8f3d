package kz.kenes.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.LocalizedText;

/** Reads the roadmap items and indicators that reports are about (roadmap tables, read with plain SQL). */
@Component
public class ReportingItems {

	private static final String ITEM = """
			SELECT ri.id, ri.roadmap_id, ri.region_id, r.branch_id, ri.number, ri.name_kk, ri.name_ru,
			       COALESCE(ri.name_en, ri.name_ru) AS name_en, ri.direction_id, ri.task_id, ri.completion_form,
			       ri.deadline_kind, ri.deadline_date, ri.deadline_end_year,
			       (SELECT string_agg(e.org_unit_id::text, ',' ORDER BY e.lead DESC, e.org_unit_id)
			          FROM roadmap_item_executor e WHERE e.roadmap_item = ri.id) AS executors
			  FROM roadmap_item ri JOIN roadmap r ON r.id = ri.roadmap_id
			""";

	private final JdbcClient jdbc;

	ReportingItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReportingItem> find(long itemId) {
		return jdbc.sql(ITEM + " WHERE ri.id = ?").param(itemId).query((rs, n) -> {
			List<Long> executors = rs.getString("executors") == null ? List.of()
					: Arrays.stream(rs.getString("executors").split(",")).map(Long::valueOf).toList();
			return new ReportingItem(rs.getLong("id"), rs.getLong("roadmap_id"), rs.getLong("region_id"),
					rs.getLong("branch_id"), rs.getString("number"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					(Long) rs.getObject("direction_id"), (Long) rs.getObject("task_id"),
					rs.getString("completion_form"), executors.isEmpty() ? 0 : executors.get(0), executors,
					rs.getString("deadline_kind"), rs.getObject("deadline_date", java.time.LocalDate.class),
					(Integer) rs.getObject("deadline_end_year"));
		}).optional();
	}

	public ReportingItem get(long itemId) {
		return find(itemId).orElseThrow(() -> new NoSuchElementException("Roadmap item " + itemId));
	}

	/** The item's indicators with their targets for the year (planned null when the year has none). */
	public List<IndicatorTarget> targets(long itemId, int year) {
		return jdbc.sql("""
				SELECT i.id, i.name_kk, i.name_ru, COALESCE(i.name_en, i.name_ru) AS name_en, i.unit, i.aggregation,
				       t.planned, t.original_planned
				  FROM indicator i LEFT JOIN indicator_target t ON t.indicator = i.id AND t.year = :year
				 WHERE i.roadmap_item = :item
				 ORDER BY i.sort_order, i.id""")
			.param("item", itemId).param("year", year)
			.query((rs, n) -> new IndicatorTarget(rs.getLong("id"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					rs.getString("unit"), rs.getString("aggregation"), rs.getBigDecimal("planned"),
					rs.getBigDecimal("original_planned")))
			.list();
	}

	/** Years in which the item has targets, latest first. */
	public List<Integer> targetYears(long itemId) {
		return jdbc.sql("""
				SELECT DISTINCT t.year FROM indicator_target t JOIN indicator i ON i.id = t.indicator
				 WHERE i.roadmap_item = ? ORDER BY t.year DESC""").param(itemId).query(Integer.class).list();
	}

	/** Whether all the given org units exist (partners, winners), so that a typo is a message, not a 500. */
	public boolean unitsExist(List<Long> unitIds) {
		List<Long> ids = unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return true;
		}
		return jdbc.sql("SELECT count(*) FROM org_unit WHERE id IN (:ids)").param("ids", ids).query(Long.class)
			.single() == ids.size();
	}
}
