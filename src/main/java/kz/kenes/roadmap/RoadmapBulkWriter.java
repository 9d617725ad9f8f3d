package kz.kenes.roadmap;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many validated items with their executors, indicators, targets and revisions in batches: ids come from
 * the sequences in one query per table, then each table gets one batched insert. Ten thousand items take a few
 * round trips instead of tens of thousands.
 */
@Component
class RoadmapBulkWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	RoadmapBulkWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Roadmap roadmap, List<RoadmapItem> items, List<List<Indicator>> indicators, String reason,
			String username) {
		if (items.isEmpty()) {
			return;
		}
		List<Long> itemIds = ids("roadmap_item_id_seq", items.size());
		int indicatorCount = indicators.stream().mapToInt(List::size).sum();
		List<Long> indicatorIds = ids("indicator_id_seq", indicatorCount);

		jdbc.batchUpdate("""
				INSERT INTO roadmap_item (id, roadmap_id, region_id, number, sort_key, name_kk, name_ru, name_en,
				    completion_form, task_id, direction_id, deadline_kind, deadline_date, deadline_end_year,
				    estimated_cost, funding_source, notes, is_example, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)""", indexes(items.size()), BATCH,
				(PreparedStatement ps, Integer i) -> {
					RoadmapItem item = items.get(i);
					ps.setLong(1, itemIds.get(i));
					ps.setLong(2, roadmap.getId());
					ps.setLong(3, roadmap.getRegionId());
					ps.setString(4, item.getNumber());
					ps.setInt(5, item.getSortKey());
					ps.setString(6, item.name().kk());
					ps.setString(7, item.name().ru());
					ps.setString(8, item.name().en());
					ps.setString(9, item.getCompletionForm().name());
					setLong(ps, 10, item.getTaskId());
					setLong(ps, 11, item.getDirectionId());
					ps.setString(12, item.getDeadline().kind().name());
					ps.setObject(13, item.getDeadline().date(), Types.DATE);
					ps.setObject(14, item.getDeadline().endYear(), Types.INTEGER);
					ps.setBigDecimal(15, item.getEstimatedCost());
					ps.setString(16, item.getFundingSource() == null ? null : item.getFundingSource().name());
					ps.setString(17, item.getNotes());
				});

		List<long[]> executors = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (ItemExecutor e : items.get(i).getExecutors()) {
				executors.add(new long[] { itemIds.get(i), e.orgUnitId(), e.lead() ? 1 : 0 });
			}
		}
		jdbc.batchUpdate("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, ?)",
				executors, BATCH, (ps, e) -> {
					ps.setLong(1, e[0]);
					ps.setLong(2, e[1]);
					ps.setBoolean(3, e[2] == 1);
				});

		record Row(long id, long itemId, Indicator indicator) {
		}
		List<Row> rows = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < items.size(); i++) {
			for (Indicator indicator : indicators.get(i)) {
				rows.add(new Row(indicatorIds.get(next++), itemIds.get(i), indicator));
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO indicator (id, roadmap_item, region_id, name_kk, name_ru, name_en, unit, aggregation,
				    sort_order, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, BATCH, (ps, r) -> {
			ps.setLong(1, r.id());
			ps.setLong(2, r.itemId());
			ps.setLong(3, roadmap.getRegionId());
			ps.setString(4, r.indicator().name().kk());
			ps.setString(5, r.indicator().name().ru());
			ps.setString(6, r.indicator().name().en());
			ps.setString(7, r.indicator().getUnit().name());
			ps.setString(8, r.indicator().getAggregation().name());
			ps.setInt(9, r.indicator().getSortOrder());
		});

		record Target(long indicatorId, IndicatorTarget target) {
		}
		List<Target> targets = rows.stream()
			.flatMap(r -> r.indicator().getTargets().stream().map(t -> new Target(r.id(), t))).toList();
		jdbc.batchUpdate("""
				INSERT INTO indicator_target (indicator, year, planned, original_planned) VALUES (?, ?, ?, ?)""",
				targets, BATCH, (ps, t) -> {
					ps.setLong(1, t.indicatorId());
					ps.setInt(2, t.target().year());
					ps.setBigDecimal(3, t.target().planned());
					ps.setBigDecimal(4, t.target().originalPlanned());
				});
		if (roadmap.isApproved()) {
			// New targets in an approved roadmap are revisions from nothing, with the import's reason.
			jdbc.batchUpdate("""
					INSERT INTO indicator_target_revision (indicator_id, year, old_planned, new_planned, reason,
					    revised_by)
					VALUES (?, ?, 0, ?, ?, ?)""", targets, BATCH, (ps, t) -> {
				ps.setLong(1, t.indicatorId());
				ps.setInt(2, t.target().year());
				ps.setBigDecimal(3, t.target().planned());
				ps.setString(4, reason);
				ps.setString(5, username);
			});
		}
	}

	private List<Long> ids(String sequence, int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count);
	}

	private static List<Integer> indexes(int size) {
		List<Integer> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(i);
		}
		return list;
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}
}
